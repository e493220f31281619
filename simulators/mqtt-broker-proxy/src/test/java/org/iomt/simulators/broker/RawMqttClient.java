package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttFrameSplitter;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttVersion;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test client that sends exactly the packets (or bytes) it is given and queues what comes back, decoded. */
final class RawMqttClient implements AutoCloseable {

    private final Socket socket;
    private final MqttVersion version;
    private final BlockingQueue<MqttPacket> received = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private RawMqttClient(Socket socket, MqttVersion version) {
        this.socket = socket;
        this.version = version;
        Thread reader = new Thread(this::read, "raw-mqtt-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens a TCP connection; nothing is sent yet. */
    static RawMqttClient open(InetSocketAddress to, MqttVersion version) throws IOException {
        Socket s = new Socket();
        s.connect(to, 2000);
        s.setTcpNoDelay(true);
        return new RawMqttClient(s, version);
    }

    void send(MqttPacket packet) throws IOException {
        sendBytes(MqttEncoder.encode(packet, version));
    }

    void sendBytes(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** The next packet to arrive within the time, if any. */
    Optional<MqttPacket> next(Duration within) throws InterruptedException {
        return Optional.ofNullable(received.poll(within.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The next packet of this kind within the time; fails on anything else or nothing. */
    <T extends MqttPacket> T expect(Class<T> kind, Duration within) throws InterruptedException {
        MqttPacket p = next(within).orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " within " + within));
        if (!kind.isInstance(p)) {
            throw new AssertionError("expected " + kind.getSimpleName() + " but got " + p);
        }
        return kind.cast(p);
    }

    /** True when the other side closes the connection within the time. */
    boolean closedWithin(Duration within) throws InterruptedException {
        return closed.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void read() {
        MqttFrameSplitter splitter = new MqttFrameSplitter(1 << 20);
        byte[] buffer = new byte[4096];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (byte[] frame : splitter.feed(buffer, 0, n)) {
                    received.add(MqttDecoder.decode(frame, version));
                }
            }
        } catch (IOException | MalformedPacketException e) {
            // counts as closed
        } finally {
            closed.countDown();
        }
    }

    /** Closes the socket without DISCONNECT, as a client that vanishes would. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
