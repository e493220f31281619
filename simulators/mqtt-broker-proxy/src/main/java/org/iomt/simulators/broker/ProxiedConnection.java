package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPackets;
import org.iomt.standards.mqtt.MqttVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One client's connection through the proxy: a socket to the client, one to the broker, and a thread per direction.
 * With no faults the bytes are copied as they come. With faults each direction is cut into frames, every frame passes
 * the variations and then the faults, each in catalogue order, and the result is written out after the connection's
 * lock is released. When either side closes or fails, both sockets are closed.
 */
final class ProxiedConnection implements Session {

    private static final Logger LOG = LoggerFactory.getLogger(ProxiedConnection.class);
    /**
     * How long the connection to the broker may take. A broker whose accept queue is full drops the SYN and the kernel
     * sends it again after 1 s and 3 s more; a bound of 2 s closed the client's side of busy certifications before the
     * client's CONNECT reached the broker. The suite waits up to 10 s for a CONNACK it needs.
     */
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    /** What one direction does with the bytes it reads. */
    private enum Mode { RAW, FRAMED, DISCARD }

    /** Bytes to write one way, or a reset of the broker side. */
    private record Outgoing(Direction to, byte[] bytes, boolean reset) {
    }

    private final String name;
    private final Socket client;
    private final Socket broker = new Socket();
    private final InetSocketAddress upstream;
    private final Map<String, PacketTransform> faults;
    private final Consumer<ProxiedConnection> onClose;
    private final Object lock = new Object();
    private final List<Outgoing> outbox = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private MqttVersion version = MqttVersion.V3_1_1;
    private boolean connectSeen;
    private int keepAlive;
    private boolean keepClientOpen;
    private boolean closed;

    ProxiedConnection(String name, Socket client, InetSocketAddress upstream, Map<String, PacketTransform> faults,
                      Consumer<ProxiedConnection> onClose) {
        this.name = name;
        this.client = client;
        this.upstream = upstream;
        this.faults = faults;
        this.onClose = onClose;
    }

    /** Connects to the broker and starts relaying, on threads of its own. */
    void start() {
        Thread toBroker = new Thread(this::runToBroker, name + "-to-broker");
        Thread toClient = new Thread(() -> pump(Direction.TO_CLIENT, broker), name + "-to-client");
        toBroker.setDaemon(true);
        toClient.setDaemon(true);
        synchronized (threads) {
            threads.add(toBroker);
            threads.add(toClient);
        }
        toBroker.start();
    }

    private void runToBroker() {
        try {
            broker.connect(upstream, CONNECT_TIMEOUT_MILLIS);
            broker.setTcpNoDelay(true);
            client.setTcpNoDelay(true);
        } catch (IOException e) {
            LOG.debug("{}: cannot reach the broker at {}: {}", name, upstream, e.getMessage());
            close();
            return;
        }
        synchronized (threads) {
            threads.get(1).start();
        }
        pump(Direction.TO_BROKER, client);
    }

    private void pump(Direction direction, Socket from) {
        Mode mode = faults.isEmpty() ? Mode.RAW : Mode.FRAMED;
        StreamFramer framer = new StreamFramer();
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (mode == Mode.RAW) {
                    write(new Outgoing(direction, Arrays.copyOf(buffer, n), false));
                } else if (mode == Mode.FRAMED) {
                    StreamFramer.Cut cut = framer.feed(buffer, n);
                    for (byte[] frame : cut.frames()) {
                        relay(direction, frame, null);
                    }
                    if (cut.unframeable() != null) {
                        mode = relay(direction, cut.unframeable(), cut.why()) ? Mode.RAW : Mode.DISCARD;
                    }
                }
            }
            LOG.debug("{}: {} side closed", name, direction == Direction.TO_BROKER ? "client" : "broker");
        } catch (IOException e) {
            LOG.debug("{}: {} failed: {}", name, direction, e.getMessage());
        } finally {
            ended(direction);
        }
    }

    /** One direction stopped reading: both sides close, unless a fault keeps the client's side open past the broker's. */
    private void ended(Direction direction) {
        synchronized (lock) {
            if (direction == Direction.TO_CLIENT && keepClientOpen && !closed) {
                LOG.debug("{}: broker side closed; the client's side stays open", name);
                closeQuietly(broker);
                return;
            }
        }
        close();
    }

    /**
     * Passes one frame through the faults and writes what comes out; {@code unframeable} is set for the bytes left
     * when the stream could not be cut any further. Returns whether the frame itself was forwarded.
     */
    private boolean relay(Direction direction, byte[] frame, MalformedPacketException unframeable) throws IOException {
        List<Outgoing> out;
        boolean forwarded;
        synchronized (lock) {
            MqttPacket packet = null;
            MalformedPacketException malformed = unframeable;
            if (unframeable == null) {
                try {
                    packet = MqttDecoder.decode(frame, version);
                } catch (MalformedPacketException e) {
                    malformed = e;
                }
            }
            if (direction == Direction.TO_BROKER && packet instanceof Connect connect && !connectSeen) {
                version = connect.version().orElse(MqttVersion.V3_1_1);
                keepAlive = connect.keepAlive();
            }
            Passage passage = new Passage(direction, frame, packet, malformed, this);
            for (Map.Entry<String, PacketTransform> fault : faults.entrySet()) {
                if (passage.dropped()) {
                    break;
                }
                int before = passage.edits();
                if (direction == Direction.TO_BROKER) {
                    fault.getValue().toBroker(passage);
                } else {
                    fault.getValue().toClient(passage);
                }
                if (passage.edits() != before) {
                    LOG.debug("{}: {} acted on {} {}", name, fault.getKey(), direction,
                            packet != null ? MqttPackets.describe(packet) : malformed.getMessage());
                }
            }
            connectSeen |= direction == Direction.TO_BROKER && packet instanceof Connect;
            forwarded = !passage.dropped();
            if (forwarded) {
                outbox.add(new Outgoing(direction, passage.untouchedFrame()
                        .orElseGet(() -> MqttEncoder.encode(passage.packet().orElseThrow(), version)), false));
            }
            passage.following().forEach(extra -> send(direction, extra));
            out = drainOutbox();
        }
        for (Outgoing o : out) {
            write(o);
        }
        return forwarded;
    }

    /** Lets the faults act on silence; called by the proxy's timer. */
    void tick(long nowNanos) {
        List<Outgoing> out;
        synchronized (lock) {
            faults.values().forEach(t -> t.tick(this, nowNanos));
            out = drainOutbox();
        }
        try {
            for (Outgoing o : out) {
                write(o);
            }
        } catch (IOException e) {
            LOG.debug("{}: write failed: {}", name, e.getMessage());
            close();
        }
    }

    private List<Outgoing> drainOutbox() {
        List<Outgoing> out = List.copyOf(outbox);
        outbox.clear();
        return out;
    }

    private void write(Outgoing o) throws IOException {
        Socket to = o.to() == Direction.TO_BROKER ? broker : client;
        if (o.reset()) {
            to.setSoLinger(true, 0);
            to.close();
            return;
        }
        OutputStream out = to.getOutputStream();
        synchronized (out) {
            out.write(o.bytes());
            out.flush();
        }
    }

    @Override
    public MqttVersion version() {
        return version;
    }

    @Override
    public boolean connectSeen() {
        return connectSeen;
    }

    @Override
    public int keepAlive() {
        return keepAlive;
    }

    @Override
    public void send(Direction to, MqttPacket packet) {
        synchronized (lock) {
            outbox.add(new Outgoing(to, MqttEncoder.encode(packet, version), false));
        }
    }

    @Override
    public void resetUpstream() {
        synchronized (lock) {
            outbox.add(new Outgoing(Direction.TO_BROKER, null, true));
        }
    }

    @Override
    public void keepClientOpenWhenBrokerCloses() {
        synchronized (lock) {
            keepClientOpen = true;
        }
    }

    /** Closes both sockets; the relaying threads end on their own. */
    void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            faults.values().forEach(PacketTransform::closed);
        }
        closeQuietly(client);
        closeQuietly(broker);
        onClose.accept(this);
    }

    /** Waits, until the deadline at the latest, for the relaying threads to end. */
    void awaitThreads(long deadlineNanos) throws InterruptedException {
        List<Thread> copy;
        synchronized (threads) {
            copy = List.copyOf(threads);
        }
        for (Thread t : copy) {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0 && t.isAlive()) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
