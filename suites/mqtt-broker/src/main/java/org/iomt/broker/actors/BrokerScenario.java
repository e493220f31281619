package org.iomt.broker.actors;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.run.ActiveRun;
import org.iomt.mqtt.drivers.BrokerEndpoint;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.mqtt.drivers.PahoClient;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Topics;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One scenario's clients of the broker under test, by role ("publisher", "subscriber", ...), with the scenario's
 * own topic space and client identifiers. Created per scenario (Cucumber's dependency injection shares it between
 * the step classes of one scenario) and closed after it: every connection is ended, every retained message the
 * scenario left is cleared and every persistent session it opened is discarded, so that nothing stays behind on a
 * shared broker. A precondition the broker does not meet ends the scenario INCONCLUSIVE.
 */
public final class BrokerScenario implements AutoCloseable {

    /** How a client asks for its session. */
    public enum Session { CLEAN, PERSISTENT }

    /** Session Expiry Interval (s) of a persistent MQTT 5.0 session: long enough for any scenario. */
    private static final int PERSISTENT_EXPIRY = 300;

    private BrokerUnderTest broker;
    private int number;
    private final Map<String, MqttTestClient> clients = new LinkedHashMap<>();
    private final Map<String, PahoClient> libraryClients = new LinkedHashMap<>();
    private final Map<String, MqttVersion> versions = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Integer> connections = new LinkedHashMap<>();
    private final Map<String, Evidence> drops = new LinkedHashMap<>();
    /** The Maximum QoS each role's last CONNACK announced (2 when it named none). */
    private final Map<String, Integer> maximumQos = new LinkedHashMap<>();
    private final BrokerLeftovers leftovers = new BrokerLeftovers();
    private int packetIds;
    private int messages;

    private BrokerUnderTest broker() {
        if (broker == null) {
            broker = ActiveRun.current().observation(BrokerUnderTest.class);
            number = broker.nextScenario();
        }
        return broker;
    }

    public Duration response() {
        return broker().timers().response();
    }

    /** How long a CONNACK is awaited: twice the answer wait (see {@link #sendConnect}). */
    private Duration connackWait() {
        return response().multipliedBy(2);
    }

    public BrokerUnderTest.Timers timers() {
        return broker().timers();
    }

    /** A topic of this scenario: the run's prefix, the scenario's number and the given levels. */
    public String topic(String levels) {
        return broker().prefix() + "/s" + number + (levels.isEmpty() ? "" : "/" + levels);
    }

    /** The client identifier of a role in this scenario: short and alphanumeric, as every server must accept. */
    public String clientId(String role) {
        broker();
        String run = Integer.toString(Math.abs(broker.prefix().hashCode()) % 1_000_000, 36);
        String id = "iomt" + run + "s" + number + role.replaceAll("[^A-Za-z0-9]", "");
        return id.length() <= 23 ? id : id.substring(0, 23);
    }

    /** A payload no other message of the run carries. */
    public String newPayload(String what) {
        return what + " #" + (++messages) + " of scenario " + number;
    }

    public MqttVersion versionOf(String role) {
        return versions.getOrDefault(role, MqttVersion.V3_1_1);
    }

    // ---- connecting ------------------------------------------------------------------------------------------

    /** A well-formed CONNECT for a role, with the credentials the listener needs. */
    public Connect connectPacket(String role, MqttVersion version, Session session, int keepAlive) {
        Connect c = Connect.of(version, clientId(role), keepAlive, session == Session.CLEAN);
        if (version == MqttVersion.V5_0 && session == Session.PERSISTENT) {
            c = c.withProperties(MqttProperties.EMPTY.with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, PERSISTENT_EXPIRY));
        }
        return broker().open().presentingCredentials(c);
    }

    /** Opens a connection for a role without sending anything, on the ordinary listener or another. */
    public MqttTestClient open(String role, MqttVersion version, BrokerEndpoint endpoint) {
        closeClient(role);
        try {
            MqttTestClient client = MqttTestClient.open(endpoint, newLabel(role), version, broker().log(), response());
            clients.put(role, client);
            versions.put(role, version);
            return client;
        } catch (IOException e) {
            throw new Inconclusive("could not reach the broker at " + endpoint + ": " + e.getMessage());
        }
    }

    /** The listener that refuses clients without valid credentials; a profile without one leaves the scenario inconclusive. */
    public BrokerEndpoint authenticatedListener() {
        return broker().authenticated().orElseThrow(() -> new Inconclusive("the profile names no listener that requires "
                + "credentials (target.credentials), so authentication cannot be tested"));
    }

    /** The listener that requires client certificates; a profile without one leaves the scenario inconclusive. */
    public BrokerUnderTest.MutualTls mutualTlsListener() {
        return broker().mutualTls().orElseThrow(() -> new Inconclusive("the profile names no listener that requires client "
                + "certificates (target.broker.tls.clientCertificate)"));
    }

    /** The listener with a topic the broker does not authorise the suite's client to publish to, if the run has one. */
    public Optional<BrokerUnderTest.Restricted> restrictedListener() {
        return broker().restricted();
    }

    /** The TLS listener; a profile without one leaves the scenario inconclusive. */
    public BrokerEndpoint tlsListener() {
        return broker().tls().orElseThrow(() -> new Inconclusive("the profile names no TLS listener (target.broker.tls)"));
    }

    /**
     * Opens a connection that may fail for a reason the scenario judges, such as a TLS handshake the broker's
     * certificate does not pass: the failure goes into the evidence and the result is empty.
     */
    public Optional<MqttTestClient> openOrRecordFailure(String role, MqttVersion version, BrokerEndpoint endpoint) {
        try {
            return Optional.of(open(role, version, endpoint));
        } catch (Inconclusive e) {
            String label = clientLabel(role);
            broker().log().append(Direction.TRANSPORT, label, new byte[0],
                    "connection to " + endpoint + " failed: " + e.getMessage(), ConnectionEnded.byPeer(e.getMessage()));
            return Optional.empty();
        }
    }

    public MqttTestClient open(String role, MqttVersion version) {
        return open(role, version, broker().open());
    }

    /**
     * Sends the CONNECT and returns the CONNACK, if one came within twice the answer wait. A broker answers a CONNECT
     * (or closes) in milliseconds, so the wait ends as soon as it does; the longer bound lets a broker slowed by a busy
     * machine still have its answer judged (a reference's CONNACK was seen more than 5 s late at the self-test's peak),
     * and only a broker that never answers costs it.
     */
    public Optional<Connack> sendConnect(String role, Connect connect) {
        MqttTestClient client = client(role);
        if (!connect.cleanStart()) {
            leftovers.persistentSession(connect.clientId(), MqttVersion.ofLevel(connect.protocolLevel()).orElse(MqttVersion.V3_1_1));
        }
        try {
            Optional<Connack> connack = client.connect(connect, connackWait());
            connack.ifPresent(c -> maximumQos.put(role, c.properties().first(MqttPropertyId.MAXIMUM_QOS)
                    .map(MqttProperty::intValue).orElse(2)));
            return connack;
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Inconclusive("interrupted while connecting");
        }
    }

    /** Connects a role; a broker that does not accept the connection leaves the scenario inconclusive. */
    public Connack connect(String role, MqttVersion version, Session session) {
        return connect(role, connectPacket(role, version, session, 60));
    }

    /** Connects a role the scenario needs connected; a broker that does not accept it leaves the scenario inconclusive. */
    public Connack connect(String role, Connect connect) {
        if (!clients.containsKey(role) || clients.get(role).isClosed()) {
            open(role, connect.version().orElse(MqttVersion.V3_1_1));
        }
        Optional<Connack> connack = sendConnect(role, connect);
        if (connack.isEmpty() || connack.get().reasonCode() != 0) {
            String why = connack.map(c -> "CONNACK reason " + c.reasonCode())
                    .orElse(client(role).isClosed() ? "the connection ended before a CONNACK came"
                            : "no CONNACK within " + connackWait().toMillis() + " ms");
            throw new Inconclusive("the broker did not accept the " + role + "'s connection (" + why + "), which the scenario needs");
        }
        return connack.get();
    }

    /** Connects a role through Eclipse Paho, the library driver, for an ordinary flow. */
    public PahoClient library(String role, MqttVersion version, Session session) {
        PahoClient existing = libraryClients.remove(role);
        if (existing != null) {
            existing.close();
        }
        try {
            PahoClient paho = PahoClient.connect(broker().open(), newLabel(role),
                    new PahoClient.Options(clientId(role), version, session == Session.CLEAN,
                            session == Session.CLEAN ? 0 : PERSISTENT_EXPIRY), broker().log(), response());
            if (session == Session.PERSISTENT) {
                leftovers.persistentSession(clientId(role), version);
            }
            libraryClients.put(role, paho);
            versions.put(role, version);
            return paho;
        } catch (IOException e) {
            throw new Inconclusive("the broker did not accept the " + role + "'s connection, which the scenario needs: "
                    + e.getMessage());
        }
    }

    private PahoClient libraryClient(String role) {
        PahoClient paho = libraryClients.get(role);
        if (paho == null) {
            throw new IllegalStateException("the scenario has no library client " + role);
        }
        return paho;
    }

    public MqttTestClient client(String role) {
        MqttTestClient client = clients.get(role);
        if (client == null) {
            throw new IllegalStateException("the scenario has no client " + role);
        }
        return client;
    }

    // ---- tasks -----------------------------------------------------------------------------------------------

    /** Subscribes a raw client and waits for the SUBACK; a refused subscription leaves the scenario inconclusive. */
    public Suback subscribe(String role, String filter, int options, MqttProperties properties) {
        MqttTestClient client = client(role);
        int id = nextPacketId();
        send(role, new Subscribe(0x02, id, properties, List.of(new Subscription(filter, options))));
        Optional<Suback> suback = await(client, Suback.class, s -> s.packetId() == id);
        if (suback.isEmpty() || suback.get().reasonCodes().stream().anyMatch(c -> c >= 0x80)) {
            throw new Inconclusive("the broker did not grant the " + role + "'s subscription to " + filter
                    + (suback.isEmpty() ? " (no SUBACK)" : " (SUBACK " + suback.get().reasonCodes() + ")") + ", which the scenario needs");
        }
        return suback.get();
    }

    public Suback subscribe(String role, String filter, int qos) {
        return subscribe(role, filter, qos, MqttProperties.EMPTY);
    }

    /**
     * The role, subscribed to the topic, publishes there at QoS 1 and at QoS 2 and then unsubscribes, so that the broker
     * answers with a PUBACK, a PUBREC and a PUBCOMP (and, for its own delivery at QoS 2, a PUBREL when the role called
     * {@code awaitRelease}) and an UNSUBACK. A role whose CONNACK announced a Maximum QoS of 1 publishes at QoS 1 only,
     * as a client must (5.0 MQTT-3.2.2-11), so such a broker answers with a PUBACK and an UNSUBACK. Each answer is awaited, bounded, but none is required: the questions judge
     * those that came.
     */
    public void drawAcknowledgements(String role, String topic, boolean awaitRelease) {
        MqttTestClient client = client(role);
        for (int qos = 1; qos <= maximumQos.getOrDefault(role, 2); qos++) {
            int id = nextPacketId();
            send(role, Publish.of(topic, qos, false, id, newPayload("reading at QoS " + qos).getBytes(StandardCharsets.UTF_8)));
            PacketType last = qos == 1 ? PacketType.PUBACK : PacketType.PUBCOMP;
            await(client, PublishAck.class, a -> a.type() == last && a.packetId() == id);
        }
        if (awaitRelease && maximumQos.getOrDefault(role, 2) == 2) {
            await(client, PublishAck.class, a -> a.type() == PacketType.PUBREL);
        }
        int id = nextPacketId();
        send(role, new Unsubscribe(0x02, id, MqttProperties.EMPTY, List.of(topic)));
        await(client, Unsuback.class, u -> u.packetId() == id);
    }

    /** Connects a role with a clean session and subscribes it; a refusal of either leaves the scenario inconclusive. */
    public Suback subscribed(String role, MqttVersion version, String filter, int qos) {
        connect(role, version, Session.CLEAN);
        return subscribe(role, filter, qos);
    }

    /**
     * Publishes from a raw client and waits until the broker completed the flow of the QoS (PUBACK, or PUBREC and
     * PUBCOMP); a broker that does not leaves the scenario inconclusive.
     */
    public Publish publish(String role, String topic, String payload, int qos, boolean retain, MqttProperties properties) {
        int id = qos == 0 ? 0 : nextPacketId();
        Publish p = new Publish(((qos & 3) << 1) | (retain ? 1 : 0), topic, id, properties,
                payload.getBytes(StandardCharsets.UTF_8));
        send(role, p);
        if (retain) {
            leftovers.retained(topic);
        }
        PacketType last = qos == 1 ? PacketType.PUBACK : qos == 2 ? PacketType.PUBCOMP : null;
        if (last != null && await(client(role), PublishAck.class, a -> a.type() == last && a.packetId() == id).isEmpty()) {
            throw new Inconclusive("the broker did not complete the QoS " + qos + " flow of the " + role + "'s PUBLISH (no "
                    + last + " within " + response().toMillis() + " ms), which the scenario needs");
        }
        return p;
    }

    public Publish publish(String role, String topic, String payload, int qos, boolean retain) {
        return publish(role, topic, payload, qos, retain, MqttProperties.EMPTY);
    }

    /** A topic the broker may hold a retained message for when the scenario ends, so that it is cleared then. */
    public void markRetained(String topic) {
        leftovers.retained(topic);
    }

    /** Publishes through the library client of a role. */
    public void publishWithLibrary(String role, String topic, String payload, int qos, boolean retain) {
        if (retain) {
            leftovers.retained(topic);
        }
        try {
            libraryClient(role).publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retain, List.of());
        } catch (IOException e) {
            throw new Inconclusive("the " + role + " could not publish, which the scenario needs: " + e.getMessage());
        }
    }

    /** Sends a packet of a raw client; a connection the broker closed already leaves the scenario inconclusive. */
    public Evidence send(String role, MqttPacket packet) {
        try {
            return client(role).send(packet);
        } catch (IOException e) {
            throw new Inconclusive("the " + role + "'s connection ended before the scenario could send " + packet.type()
                    + ": " + e.getMessage());
        }
    }

    public Evidence sendRaw(String role, byte[] bytes, String description) {
        try {
            return client(role).sendRaw(bytes, description);
        } catch (IOException e) {
            throw new Inconclusive("the " + role + "'s connection ended before the scenario could send " + description);
        }
    }

    /**
     * Ends a role's connection with a DISCONNECT, as a well-behaved client does, and waits, bounded, for the broker to
     * close its side: a scenario that comes back with the same client identifier must not overtake the DISCONNECT.
     */
    public void disconnect(String role) {
        MqttTestClient client = clients.get(role);
        if (client != null && !client.isClosed()) {
            send(role, new Disconnect(0, 0, MqttProperties.EMPTY));
            try {
                client.closeAfterDisconnect(response());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                client.close();
            }
        }
        PahoClient paho = libraryClients.get(role);
        if (paho != null) {
            try {
                paho.disconnect();
            } catch (IOException ignored) {
                // the connection is closed below anyway
            }
            paho.close();
        }
    }

    /**
     * Drops a role's connection without DISCONNECT, as a device losing power does. The drop is noted before the socket
     * closes: the broker may act on the close (publish a will) before the connection's end is recorded.
     */
    public void dropConnection(String role) {
        MqttTestClient client = client(role);
        drops.put(role, note(role, "the suite drops the connection without DISCONNECT"));
        client.abort();
        awaitEndRecorded(client);
    }

    /** The entry noting when the suite last began to drop a role's connection without DISCONNECT, if it did. */
    public Optional<Evidence> lastDrop(String role) {
        return Optional.ofNullable(drops.get(role));
    }

    /** Records what the scenario does that sends nothing, so that the evidence tells the whole story. */
    public Evidence note(String role, String what) {
        return broker().log().append(Direction.TRANSPORT, clientLabel(role), new byte[0], what, null);
    }

    public void withholdAcknowledgements(String role) {
        client(role).withholdDeliveryAcknowledgements();
    }

    // ---- questions -------------------------------------------------------------------------------------------

    /** Waits for the broker to close a role's connection, bounded; true when it did. */
    public boolean closedByBroker(String role, Duration bound) {
        try {
            return client(role).awaitClosedByBroker(bound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Inconclusive("interrupted while waiting for the broker");
        }
    }

    /** Waits, bounded, until a role received at least {@code count} PUBLISH packets on topics matching the filter. */
    public List<Evidence> deliveries(String role, String filter, int count, Duration bound) {
        MqttTestClient client = client(role);
        Predicate<Evidence> match = e -> e.as(Publish.class).filter(p -> Topics.matches(filter, p.topic())).isPresent();
        try {
            client.awaitReceived(list -> list.stream().filter(match).count() >= count, bound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return client.receivedEvidence().stream().filter(match).toList();
    }

    /**
     * Waits, bounded, until a role received a PUBLISH carrying the payload on a topic matching the filter (a control
     * message), and returns every PUBLISH it received on such topics.
     */
    public List<Evidence> deliveriesUntil(String role, String filter, String payload) {
        MqttTestClient client = client(role);
        Predicate<Evidence> match = e -> e.as(Publish.class).filter(p -> Topics.matches(filter, p.topic())).isPresent();
        byte[] control = payload.getBytes(StandardCharsets.UTF_8);
        try {
            client.awaitReceived(list -> list.stream().filter(match)
                    .anyMatch(e -> Arrays.equals(e.as(Publish.class).orElseThrow().payload(), control)), response());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return client.receivedEvidence().stream().filter(match).toList();
    }

    /**
     * What a role received on {@code topic} by the time a live message arrived there (or the answer wait passed), which
     * another client, {@code publisher}, publishes now, after the role's subscription was acknowledged: what a broker
     * sends a new subscription when it establishes it (retained messages) comes before anything published after it.
     */
    public List<Evidence> deliveriesUntilALiveMessage(String role, String topic, String publisher) {
        String live = newPayload("live message");
        connect(publisher, versionOf(role), Session.CLEAN);
        publish(publisher, topic, live, 1, false);
        return deliveriesUntil(role, topic, live);
    }

    /** The PUBLISH packets a role received so far on topics matching the filter, without waiting. */
    public List<Evidence> deliveredSoFar(String role, String filter) {
        return client(role).receivedEvidence().stream()
                .filter(e -> e.as(Publish.class).filter(p -> Topics.matches(filter, p.topic())).isPresent()).toList();
    }

    /** Everything the scenario's connections recorded, every role and every connection, in order; none if it made none. */
    public List<Evidence> ownFrames() {
        if (broker == null) {
            return List.of();
        }
        String prefix = "s" + number + "-";
        return broker.log().ofConnections(c -> c.startsWith(prefix));
    }

    /** Everything a role's latest connection recorded, both ways, in order. */
    public List<Evidence> evidenceOf(String role) {
        String label = clientLabel(role);
        return broker().log().ofConnections(label::equals);
    }

    public <T extends MqttPacket> Optional<T> await(MqttTestClient client, Class<T> type,
                                                                           Predicate<T> condition) {
        try {
            return client.await(type, condition, response());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Inconclusive("interrupted while waiting for the broker");
        }
    }

    public int nextPacketId() {
        return ++packetIds;
    }

    /** The evidence label of a role's latest connection: "s7-monitor", then "s7-monitor-2" for its next one. */
    private String clientLabel(String role) {
        broker();
        return labels.getOrDefault(role, "s" + number + "-" + role);
    }

    private String newLabel(String role) {
        broker();
        int n = connections.merge(role, 1, Integer::sum);
        String label = "s" + number + "-" + role + (n == 1 ? "" : "-" + n);
        labels.put(role, label);
        return label;
    }

    private void closeClient(String role) {
        MqttTestClient old = clients.remove(role);
        if (old != null) {
            old.close();
        }
    }

    /** Closing is recorded by the reader thread; wait for it so that the evidence is complete. */
    private void awaitEndRecorded(MqttTestClient client) {
        try {
            client.awaitClosedByBroker(Duration.ofMillis(200));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends every connection and removes what the scenario left on the broker: its retained messages and sessions. */
    @Override
    public void close() {
        clients.values().forEach(MqttTestClient::close);
        libraryClients.values().forEach(PahoClient::close);
        if (broker != null) {
            leftovers.clear(broker.open(), broker.log(), clientLabel("cleanup"), clientId("cleanup"), response());
        }
    }

    /** A property list with one property, for the 5.0 scenarios. */
    public static MqttProperties property(MqttPropertyId id, Object value) {
        return new MqttProperties(List.of(new MqttProperty(id, value)));
    }
}
