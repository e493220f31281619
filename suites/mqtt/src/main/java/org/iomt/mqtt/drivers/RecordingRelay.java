package org.iomt.mqtt.drivers;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.EvidenceLog;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MqttFrameSplitter;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPackets;
import org.iomt.standards.mqtt.MqttVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A loopback relay in front of a plain broker listener for one connection of a client library: it forwards the
 * bytes unchanged both ways and records every frame in the evidence log, so that what a library sent and received
 * is judged from the wire like everything else.
 */
final class RecordingRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final BrokerEndpoint upstream;
    private final String name;
    private final EvidenceLog log;
    private final Duration timeout;
    private volatile MqttVersion version = MqttVersion.V3_1_1;
    private volatile Socket client;
    private volatile Socket broker;
    private volatile boolean ended;

    private RecordingRelay(ServerSocket listener, BrokerEndpoint upstream, String name, EvidenceLog log, Duration timeout) {
        this.listener = listener;
        this.upstream = upstream;
        this.name = name;
        this.log = log;
        this.timeout = timeout;
    }

    static RecordingRelay start(BrokerEndpoint upstream, String name, EvidenceLog log, Duration timeout) throws IOException {
        if (upstream.tls().isPresent()) {
            throw new IllegalArgumentException("a recording relay sees plain MQTT only; " + upstream + " is TLS");
        }
        RecordingRelay relay = new RecordingRelay(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()), upstream, name, log,
                timeout);
        Thread t = new Thread(relay::accept, "iomt-relay-" + name);
        t.setDaemon(true);
        t.start();
        return relay;
    }

    /** The address the client library connects to, as its server URI. */
    String uri() {
        return "tcp://127.0.0.1:" + listener.getLocalPort();
    }

    private void accept() {
        try (ServerSocket ignored = listener) {
            listener.setSoTimeout((int) timeout.toMillis());
            client = listener.accept();
            client.setTcpNoDelay(true);
            broker = upstream.connect(timeout);
            broker.setTcpNoDelay(true);
            log.append(Direction.TRANSPORT, name, new byte[0], "connection opened to " + upstream + " (through a recording relay)", null);
            Thread back = new Thread(() -> pump(broker, client, Direction.DEVICE_TO_SUITE), "iomt-relay-" + name + "-in");
            back.setDaemon(true);
            back.start();
            pump(client, broker, Direction.SUITE_TO_DEVICE);
        } catch (IOException e) {
            end("relay could not connect: " + e.getMessage());
        }
    }

    private void pump(Socket from, Socket to, Direction direction) {
        MqttFrameSplitter splitter = new MqttFrameSplitter(Integer.MAX_VALUE);
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (byte[] frame : splitter.feed(buffer, 0, n)) {
                    record(frame, direction);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
            end(direction == Direction.DEVICE_TO_SUITE ? "connection closed by the broker" : "connection closed by the suite");
        } catch (IOException | MalformedPacketException e) {
            end(direction == Direction.DEVICE_TO_SUITE ? "connection closed by the broker: " + e.getMessage()
                    : "connection closed by the suite");
        }
    }

    private void record(byte[] frame, Direction direction) {
        if (direction == Direction.SUITE_TO_DEVICE && (frame[0] & 0xF0) == 0x10) {
            version = MqttVersion.ofLevel(levelOf(frame)).orElse(version);
        }
        try {
            MqttPacket packet = MqttDecoder.decode(frame, version);
            if (packet instanceof Connect c && c.password() != null) {
                log.append(direction, name, Secrets.redactPassword(frame, c), MqttPackets.describe(packet), Secrets.redactPassword(c));
            } else {
                log.append(direction, name, frame, MqttPackets.describe(packet), packet);
            }
        } catch (MalformedPacketException e) {
            log.append(direction, name, frame, "malformed [" + e.ruleId() + "]: " + e.getMessage(), null);
        }
    }

    /** The protocol level byte of a CONNECT frame: after the fixed header and the protocol name. */
    private static int levelOf(byte[] frame) {
        int i = 1;
        while (i < frame.length && (frame[i] & 0x80) != 0) {
            i++;
        }
        int nameStart = i + 1;
        if (nameStart + 1 >= frame.length) {
            return -1;
        }
        int level = nameStart + 2 + (((frame[nameStart] & 0xFF) << 8) | (frame[nameStart + 1] & 0xFF));
        return level < frame.length ? frame[level] & 0xFF : -1;
    }

    private void end(String why) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        closeQuietly(client);
        closeQuietly(broker);
        log.append(Direction.TRANSPORT, name, new byte[0], why, ConnectionEnded.byPeer(why));
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    @Override
    public void close() {
        end("connection closed by the suite");
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
