package org.iomt.simulators.broker;

import org.iomt.simulators.Fault;
import org.iomt.simulators.Mosquitto;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bench of a proxy test: a real Mosquitto per test, proxies in front of it and raw clients, all closed after
 * the test (the newest first).
 */
final class ProxyBench implements BeforeEachCallback, AfterEachCallback {

    static final Duration ANSWER = Duration.ofSeconds(2);

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final String acl;
    private Path dir;
    private Mosquitto mosquitto;

    /** A bench whose broker lets every client publish and subscribe to every topic. */
    ProxyBench() {
        this("");
    }

    /** A bench whose broker holds its clients to this access-control list (Mosquitto's acl_file lines). */
    ProxyBench(String acl) {
        this.acl = acl;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("broker-proxy-test");
        mosquitto = Mosquitto.start(dir, acl);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
        if (mosquitto != null) {
            mosquitto.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The real broker, for clients that bypass the proxy. */
    InetSocketAddress broker() {
        return mosquitto.address();
    }

    /** A proxy in front of the broker with the named faults (none for an empty label). */
    InetSocketAddress proxy(String... faultLabels) throws IOException {
        Set<BrokerFault> faults = Arrays.stream(faultLabels).filter(l -> !l.isEmpty())
                .map(l -> Fault.byLabel(BrokerFault.class, l).orElseThrow())
                .collect(Collectors.toSet());
        FaultyBrokerProxy proxy = FaultyBrokerProxy.start(new InetSocketAddress("127.0.0.1", 0), broker(), faults);
        opened.push(proxy);
        return proxy.address();
    }

    /** A proxy in front of the broker with one variation (none for an empty label) and no fault. */
    InetSocketAddress proxyWithVariation(String label) throws IOException {
        Set<BrokerVariation> variations = label.isEmpty() ? Set.of() : Set.of(BrokerVariation.byLabel(label).orElseThrow());
        FaultyBrokerProxy proxy = FaultyBrokerProxy.start(new InetSocketAddress("127.0.0.1", 0), broker(), Set.of(), variations);
        opened.push(proxy);
        return proxy.address();
    }

    /** A TCP connection on which nothing has been sent yet. */
    RawMqttClient open(InetSocketAddress at, MqttVersion version) throws IOException {
        RawMqttClient client = RawMqttClient.open(at, version);
        opened.push(client);
        return client;
    }

    /** A client that has sent {@code connect} and been accepted. */
    RawMqttClient connected(InetSocketAddress at, Connect connect) throws Exception {
        RawMqttClient client = open(at, connect.version().orElseThrow());
        client.send(connect);
        assertEquals(0, client.expect(Connack.class, ANSWER).reasonCode(), "CONNACK reason");
        return client;
    }

    /** A clean-session client with Keep Alive 60 that has been accepted. */
    RawMqttClient connected(InetSocketAddress at, MqttVersion version, String clientId) throws Exception {
        return connected(at, Connect.of(version, clientId, 60, true));
    }

    /** Subscribes with packet id 1 and waits for the SUBACK. */
    static void subscribe(RawMqttClient client, int qos, String... filters) throws Exception {
        client.send(Subscribe.of(1, Arrays.stream(filters).map(f -> new Subscription(f, qos)).toArray(Subscription[]::new)));
        client.expect(Suback.class, ANSWER);
    }
}
