package org.iomt.simulators.broker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a real, conformant MQTT broker that makes the broker look faulty: the suite's clients
 * connect to {@link #address()}, each gets its own connection to the upstream broker, and every {@link BrokerFault}
 * switched on edits, drops or adds packets on the way (see docs/broker-proxy.md). A {@link BrokerVariation} switched
 * on gives the broker a behaviour the standards allow, the same way. With neither it copies bytes unchanged, malformed
 * input included. Plain TCP only; TLS is not proxied.
 */
public final class FaultyBrokerProxy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FaultyBrokerProxy.class);
    private static final long TICK_MILLIS = 100;
    private static final long CLOSE_WAIT_MILLIS = 2000;
    /**
     * Connections the kernel may hold for the acceptor. A certification opens a hundred at once; with Java's default
     * of 50, a loaded machine overflowed the queue, the kernel dropped the handshake's last ACK, and the client, which
     * believed itself connected, waited seconds of SYN-ACK retransmission for a CONNACK.
     */
    private static final int ACCEPT_BACKLOG = 1024;

    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final EnumSet<BrokerFault> faults;
    private final EnumSet<BrokerVariation> variations;
    private final Set<ProxiedConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final ExpiryLedger expiries = new ExpiryLedger();
    private final ClientIdsInUse clientIds = new ClientIdsInUse();
    private final WillsByClient wills = new WillsByClient();
    private final SharedMembersByClient shared = new SharedMembersByClient();
    private final AliasesByClient aliases = new AliasesByClient();
    private final Qos2DeliveriesByClient deliveries = new Qos2DeliveriesByClient();
    private final ScheduledExecutorService ticker;
    private final Thread acceptor;
    private volatile boolean closed;

    private FaultyBrokerProxy(ServerSocket server, InetSocketAddress upstream, Set<BrokerFault> faults,
                              Set<BrokerVariation> variations) {
        this.server = server;
        this.upstream = upstream;
        this.faults = EnumSet.noneOf(BrokerFault.class);
        this.faults.addAll(faults);
        this.variations = EnumSet.noneOf(BrokerVariation.class);
        this.variations.addAll(variations);
        this.acceptor = new Thread(this::acceptLoop, "broker-proxy-accept-" + server.getLocalPort());
        this.acceptor.setDaemon(true);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "broker-proxy-ticks-" + server.getLocalPort());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Listens on {@code listen} (port 0 picks a free port on that address) and relays each accepted client to
     * {@code upstream} with the given faults. Throws when the address cannot be bound.
     */
    public static FaultyBrokerProxy start(InetSocketAddress listen, InetSocketAddress upstream, Set<BrokerFault> faults)
            throws IOException {
        return start(listen, upstream, faults, Set.of());
    }

    /** As {@link #start(InetSocketAddress, InetSocketAddress, Set)}, with the broker's allowed variations besides. */
    public static FaultyBrokerProxy start(InetSocketAddress listen, InetSocketAddress upstream, Set<BrokerFault> faults,
                                          Set<BrokerVariation> variations) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(listen, ACCEPT_BACKLOG);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        FaultyBrokerProxy proxy = new FaultyBrokerProxy(server, upstream, faults, variations);
        proxy.acceptor.start();
        proxy.ticker.scheduleWithFixedDelay(proxy::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        LOG.debug("broker proxy on {} for {} with faults {} and variations {}", proxy.address(), upstream, proxy.faults,
                proxy.variations);
        return proxy;
    }

    /** Where clients connect. */
    public InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    /** The faults switched on. */
    public Set<BrokerFault> faults() {
        return EnumSet.copyOf(faults);
    }

    /** The variations switched on. */
    public Set<BrokerVariation> variations() {
        return EnumSet.copyOf(variations);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("broker proxy stopped accepting: {}", e.getMessage());
                }
                return;
            }
            Map<String, PacketTransform> transforms = new LinkedHashMap<>();
            variations.forEach(v -> transforms.put(v.label(), VariationTransforms.of(v)));
            faults.forEach(f -> transforms.put(f.label(), FaultTransforms.of(f, expiries, clientIds, wills, shared, aliases, deliveries)));
            ProxiedConnection connection = new ProxiedConnection("broker-proxy-" + server.getLocalPort() + "-"
                    + connectionCount.incrementAndGet(), client, upstream, transforms, connections::remove);
            connections.add(connection);
            if (closed) {
                connection.close();
                return;
            }
            connection.start();
        }
    }

    private void tick() {
        long now = System.nanoTime();
        connections.forEach(c -> c.tick(now));
    }

    /** Closes the listening socket and every connection, and waits a bounded time for the threads to end. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        ticker.shutdownNow();
        List<ProxiedConnection> open = List.copyOf(connections);
        open.forEach(ProxiedConnection::close);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
        try {
            acceptor.join(CLOSE_WAIT_MILLIS);
            for (ProxiedConnection c : open) {
                c.awaitThreads(deadline);
            }
            ticker.awaitTermination(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
