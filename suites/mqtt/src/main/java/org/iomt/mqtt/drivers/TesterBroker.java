package org.iomt.mqtt.drivers;

import org.iomt.core.model.Direction;
import org.iomt.core.model.EvidenceLog;
import org.iomt.mqtt.model.TlsHandshake;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The suite's own MQTT server for devices that are clients. It accepts connections on one port, behaves like a
 * correct broker by default, and records every byte both ways in an {@link EvidenceLog}. One thread accepts; each
 * connection has its own reading thread; all are daemons and end with {@link #close()}.
 */
public final class TesterBroker implements AutoCloseable {

    /** Connections the kernel may hold for the acceptor, above Java's 50: a full queue stalls a client's handshake. */
    private static final int ACCEPT_BACKLOG = 1024;

    private final BrokerSettings settings;
    private final EvidenceLog log;
    private final BrokerControls controls = new BrokerControls();
    private final ServerSocket server;
    private final Set<BrokerConnection> connections = ConcurrentHashMap.newKeySet();
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private volatile boolean closed;

    private TesterBroker(BrokerSettings settings, EvidenceLog log, ServerSocket server) {
        this.settings = settings;
        this.log = log;
        this.server = server;
    }

    /** Binds the port and starts accepting; throws when the address cannot be bound. */
    public static TesterBroker start(BrokerSettings settings, EvidenceLog log) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        try {
            server.bind(new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port()), ACCEPT_BACKLOG);
        } catch (IOException e) {
            server.close();
            throw new IOException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        TesterBroker broker = new TesterBroker(settings, log, server);
        Thread acceptor = new Thread(broker::acceptLoop, "tester-broker-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return broker;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /**
     * {@code mqtt://host:port} ({@code ws://host:port/mqtt} over WebSocket), as a person would type it into a device's
     * settings.
     */
    public String url() {
        return scheme() + address().getHostString() + ":" + address().getPort() + path();
    }

    private String scheme() {
        if (settings.webSocket()) {
            return settings.tls().isPresent() ? "wss://" : "ws://";
        }
        return settings.tls().isPresent() ? "mqtts://" : "mqtt://";
    }

    private String path() {
        return settings.webSocket() ? BrokerSettings.WEBSOCKET_PATH : "";
    }

    /**
     * Every address a device can use to reach the broker: the bound one, or, when bound to every interface, each
     * interface's address (loopback first).
     */
    public List<String> urls() {
        InetSocketAddress bound = address();
        if (!bound.getAddress().isAnyLocalAddress()) {
            return List.of(url());
        }
        List<String> urls = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp()) {
                    for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                        if (a instanceof Inet4Address) {
                            urls.add((a.isLoopbackAddress() ? 0 : 1) + scheme() + a.getHostAddress() + ":" + bound.getPort() + path());
                        }
                    }
                }
            }
        } catch (SocketException e) {
            return List.of(url());
        }
        return urls.stream().sorted().map(u -> u.substring(1)).toList();
    }

    public BrokerControls controls() {
        return controls;
    }

    public EvidenceLog log() {
        return log;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                int n = connectionCount.incrementAndGet();
                String id = "c" + n;
                Optional<TlsHandshake.Presented> presented = settings.tls().map(t -> ServerTls.presentedOn(n));
                BrokerConnection connection = new BrokerConnection(id, socket, presented, settings, controls, log, sessions,
                        connections::remove);
                connections.add(connection);
                log.append(Direction.TRANSPORT, id, new byte[0],
                        "TCP connection opened from " + socket.getRemoteSocketAddress(), null);
                Thread reader = new Thread(connection, "tester-broker-" + id);
                reader.setDaemon(true);
                reader.start();
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                if (!closed) {
                    log.append(Direction.TRANSPORT, "-", new byte[0], "accept failed: " + e.getMessage(), null);
                }
            }
        }
    }

    /**
     * Waits, bounded, until every device connection has ended (each end is logged, which wakes the wait), so
     * that what a device sends while leaving is recorded before the broker stops.
     */
    public void awaitConnectionsClosed(Duration bound) {
        try {
            log.awaitUntil(entries -> connections.isEmpty(), bound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
        connections.forEach(c -> c.close("tester broker stopped"));
    }
}
