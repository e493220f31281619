package org.iomt.mqtt.drivers;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.EvidenceLog;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttFrameSplitter;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPackets;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.net.ssl.SSLSocket;

/**
 * The raw driver of the server role: one client connection to the broker under test built on the suite's own
 * packet codec, so that it can send what a client library refuses to (wrong flags, a second CONNECT, bad UTF-8,
 * a broken remaining length). Every frame both ways and the end of the connection go into the evidence log.
 * By default it completes the acknowledgement flows a correct client would: PUBACK or PUBREC for a delivered
 * PUBLISH, PUBCOMP for a PUBREL, PUBREL for a PUBREC; a scenario can hold the acknowledgements of deliveries back.
 */
public final class MqttTestClient implements AutoCloseable {

    private final String name;
    private final Socket socket;
    private final EvidenceLog log;
    private final Object writeLock = new Object();
    private final List<Evidence> received = new ArrayList<>();
    private volatile MqttVersion version;
    private volatile boolean withholdDeliveryAcks;
    private volatile boolean withholdReleases;
    private volatile boolean withholdCompletions;
    private volatile boolean ended;
    private volatile boolean closedByBroker;
    private final Thread reader;

    private MqttTestClient(String name, Socket socket, MqttVersion version, EvidenceLog log) {
        this.name = name;
        this.socket = socket;
        this.version = version;
        this.log = log;
        this.reader = new Thread(this::read, "iomt-client-" + name);
        this.reader.setDaemon(true);
    }

    /** Opens the TCP (or TLS) connection; nothing is sent yet. */
    public static MqttTestClient open(BrokerEndpoint endpoint, String name, MqttVersion version, EvidenceLog log,
                                      Duration timeout) throws IOException {
        Socket socket = endpoint.connect(timeout);
        socket.setTcpNoDelay(true);
        MqttTestClient client = new MqttTestClient(name, socket, version, log);
        log.append(Direction.TRANSPORT, name, new byte[0], "connection opened to " + endpoint, null);
        client.reader.start();
        return client;
    }

    public String name() {
        return name;
    }

    public MqttVersion version() {
        return version;
    }

    /** Encodes and sends a packet; a CONNECT also sets the version this client decodes the broker's packets with. */
    public Evidence send(MqttPacket packet) throws IOException {
        if (packet instanceof Connect c) {
            c.version().ifPresent(v -> version = v);
        }
        byte[] bytes = MqttEncoder.encode(packet, version);
        if (packet instanceof Connect c && c.password() != null) {
            return write(Secrets.redactPassword(bytes, c), bytes, MqttPackets.describe(packet), Secrets.redactPassword(c));
        }
        return write(bytes, bytes, MqttPackets.describe(packet), packet);
    }

    /** Sends bytes as they are, for input no encoder produces; {@code description} says what they are meant to be. */
    public Evidence sendRaw(byte[] bytes, String description) throws IOException {
        return write(bytes, bytes, description, null);
    }

    private Evidence write(byte[] recorded, byte[] bytes, String description, Object value) throws IOException {
        synchronized (writeLock) {
            if (ended) {
                throw new IOException("connection " + name + " is closed");
            }
            Evidence e = log.append(Direction.SUITE_TO_DEVICE, name, recorded, description, value);
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            return e;
        }
    }

    /** From now on deliveries at QoS 1 and 2 stay unacknowledged, as from a client that stalls. */
    public void withholdDeliveryAcknowledgements() {
        withholdDeliveryAcks = true;
    }

    /**
     * From now on a PUBREL from the broker stays unanswered while its QoS 2 deliveries still get their PUBREC, as from
     * a client that stalls in the middle of the flow.
     */
    public void withholdCompletions() {
        withholdCompletions = true;
    }

    /**
     * While held, a PUBREC from the broker is not answered with a PUBREL, so that the client can send its PUBLISH
     * again before releasing it with a PUBREL of its own.
     */
    public void holdReleases(boolean hold) {
        withholdReleases = hold;
    }

    /** Sends a CONNECT and waits, bounded, for the CONNACK; empty when none came in time. */
    public Optional<Connack> connect(Connect connect, Duration timeout) throws IOException, InterruptedException {
        send(connect);
        return await(Connack.class, p -> true, timeout);
    }

    /** Waits, bounded, for the first packet of the type that satisfies the condition, counting what already came. */
    public <T extends MqttPacket> Optional<T> await(Class<T> type, Predicate<T> condition, Duration timeout)
            throws InterruptedException {
        Predicate<Evidence> match = e -> e.as(type).filter(condition).isPresent();
        if (!awaitReceived(list -> list.stream().anyMatch(match), timeout)) {
            return Optional.empty();
        }
        return receivedEvidence().stream().filter(match).findFirst().flatMap(e -> e.as(type));
    }

    /**
     * Waits, bounded, until what this client received satisfies the condition, or the connection ended. The wait is
     * on this connection alone: a frame for another connection of the run does not wake it.
     */
    public boolean awaitReceived(Predicate<List<Evidence>> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Evidence> view = Collections.unmodifiableList(received);
        synchronized (received) {
            while (!ended && !condition.test(view)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
            return condition.test(view);
        }
    }

    /** Waits, bounded, for the broker to close the connection; true when it did. */
    public boolean awaitClosedByBroker(Duration timeout) throws InterruptedException {
        awaitReceived(list -> false, timeout);
        return closedByBroker;
    }

    /** Everything this client received from the broker so far, in order, as evidence. */
    public List<Evidence> receivedEvidence() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The packets of a type this client received so far. */
    public <T extends MqttPacket> List<T> received(Class<T> type) {
        return receivedEvidence().stream().flatMap(e -> e.as(type).stream()).toList();
    }

    public boolean isClosed() {
        return ended;
    }

    /** Ends the TCP connection without DISCONNECT, as a device that loses power or network would. */
    public void abort() {
        end("connection dropped by the suite without DISCONNECT", false);
    }

    @Override
    public void close() {
        end("connection closed by the suite", false);
    }

    /**
     * Closes after the client sent its DISCONNECT: ends the suite's sending side (plain TCP) and waits, bounded, for
     * the broker to close its side, so that the broker has read the DISCONNECT before the suite does anything that
     * follows, such as coming back with the same client identifier; then closes.
     */
    public void closeAfterDisconnect(Duration bound) throws InterruptedException {
        if (!(socket instanceof SSLSocket)) {
            try {
                socket.shutdownOutput();
            } catch (IOException e) {
                // already closed: the wait below ends at once
            }
        }
        awaitClosedByBroker(bound);
        close();
    }

    private void read() {
        MqttFrameSplitter splitter = new MqttFrameSplitter(Integer.MAX_VALUE);
        byte[] buffer = new byte[8192];
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    end("connection closed by the broker", true);
                    return;
                }
                for (byte[] frame : splitter.feed(buffer, 0, n)) {
                    handle(frame);
                }
            }
        } catch (MalformedPacketException e) {
            log.append(Direction.DEVICE_TO_SUITE, name, new byte[0], "malformed framing from the broker: " + e.getMessage(), null);
            end("connection closed by the suite after malformed framing from the broker", false);
        } catch (IOException e) {
            end("connection closed by the broker: " + e.getMessage(), true);
        }
    }

    private void handle(byte[] frame) throws IOException {
        MqttPacket packet;
        Evidence e;
        try {
            packet = MqttDecoder.decode(frame, version);
            e = log.append(Direction.DEVICE_TO_SUITE, name, frame, MqttPackets.describe(packet), packet);
        } catch (MalformedPacketException ex) {
            e = log.append(Direction.DEVICE_TO_SUITE, name, frame, "malformed [" + ex.ruleId() + "]: " + ex.getMessage(), null);
            arrived(e);
            return;
        }
        arrived(e);
        answer(packet);
    }

    private void arrived(Evidence e) {
        synchronized (received) {
            received.add(e);
            received.notifyAll();
        }
    }

    private void answer(MqttPacket packet) throws IOException {
        if (packet instanceof Publish p && p.qos() > 0 && !withholdDeliveryAcks) {
            send(p.qos() == 1 ? PublishAck.puback(p.packetId()) : PublishAck.pubrec(p.packetId()));
        } else if (packet instanceof PublishAck a && a.type() == PacketType.PUBREL && !withholdDeliveryAcks && !withholdCompletions) {
            send(PublishAck.pubcomp(a.packetId()));
        } else if (packet instanceof PublishAck a && a.type() == PacketType.PUBREC && a.reasonCode() < 0x80 && !withholdReleases) {
            send(PublishAck.pubrel(a.packetId()));
        }
    }

    private void end(String why, boolean byBroker) {
        synchronized (writeLock) {
            if (ended) {
                return;
            }
            closedByBroker = byBroker;
            ended = true;
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
        log.append(Direction.TRANSPORT, name, new byte[0], why,
                byBroker ? ConnectionEnded.byPeer(why) : ConnectionEnded.causedBySuite(why));
        synchronized (received) {
            received.notifyAll();
        }
    }
}
