package org.iomt.suites.actors;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;
import org.iomt.suites.actors.BrokerScenario.Session;
import org.iomt.suites.checks.AnswerCheck;
import org.iomt.suites.checks.PublishFlowCheck;
import org.iomt.suites.checks.ClosesConnectionCheck;
import org.iomt.suites.checks.DeliveryCheck;
import org.iomt.suites.model.Evidence;
import org.iomt.suites.model.Inconclusive;
import org.iomt.suites.model.Outcome;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tasks and questions about what the broker does with messages: acknowledgement flows, delivery and its QoS,
 * retained messages, wills, subscriptions; and how it treats packets that break the rules.
 */
public final class BrokerMessaging {

    private static final String PUBLISHER = "patch";

    private final BrokerScenario scenario;
    private final List<String> published = new ArrayList<>();
    private final Map<String, Integer> publishedQos = new LinkedHashMap<>();
    private Evidence request;
    private String will;
    private List<Evidence> keptBeforeClearing = List.of();
    private List<Evidence> witnessed = List.of();

    public BrokerMessaging(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    private String status() {
        return scenario.topic("status");
    }

    // ---- keep-alive and pings ----------------------------------------------------------------------------------

    /** Connects with the profile's short Keep Alive; the offending "packet" is the CONNECT that declared it. */
    public void connectWithShortKeepAlive(String role, String version) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.connect(role, scenario.connectPacket(role, v, Session.CLEAN, scenario.timers().keepAlive()));
    }

    /** From now on the client sends nothing; the evidence says so, for whoever reads the silence later. */
    public void staySilent(String role) {
        request = scenario.note(role, "the client sends nothing more: its Keep Alive runs out");
    }

    /** The broker closed the silent connection within one and a half times the Keep Alive in force. */
    public Outcome closedWithinKeepAlive(String requirement, String role) {
        int keepAlive = scenario.evidenceOf(role).stream().flatMap(e -> e.as(Connack.class).stream())
                .flatMap(c -> c.properties().first(MqttPropertyId.SERVER_KEEP_ALIVE).stream()).map(p -> p.intValue())
                .findFirst().orElse(scenario.timers().keepAlive());
        Duration bound = Duration.ofMillis(keepAlive * 1500L).plus(scenario.timers().keepAliveTolerance());
        boolean closed = scenario.closedByBroker(role, bound);
        return ClosesConnectionCheck.judge(requirement, request, scenario.evidenceOf(role), closed, bound);
    }

    public void secondConnect(String role) {
        request = scenario.send(role, scenario.connectPacket(role, scenario.versionOf(role), Session.CLEAN, 60));
    }

    public void ping(String role) {
        request = scenario.send(role, new PingReq(0));
    }

    public Outcome pingAnswered(String requirement, String role) {
        scenario.await(scenario.client(role), PingResp.class, p -> true);
        return AnswerCheck.judge(requirement, request, scenario.evidenceOf(role), PingResp.class, p -> true, "a PINGRESP",
                scenario.response());
    }

    // ---- packets that break the rules ---------------------------------------------------------------------------

    public void connectWithReservedFlag(String role, String version) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.open(role, v);
        request = scenario.send(role, scenario.connectPacket(role, v, Session.CLEAN, 60).withReservedFlag(true));
    }

    public void publishBeforeConnect(String role, String version) {
        scenario.open(role, MqttVersion.parse(version));
        request = scenario.send(role, Publish.of(readings(), 0, false, 0, bytes("a reading before any CONNECT")));
    }

    public void subscribeWithWrongFlags(String role) {
        request = scenario.send(role, new Subscribe(0x00, scenario.nextPacketId(), MqttProperties.EMPTY,
                List.of(new Subscription(readings(), 1))));
    }

    public void publishWithQos3(String role) {
        request = scenario.send(role, new Publish(0x06, readings(), scenario.nextPacketId(), MqttProperties.EMPTY,
                bytes("a reading at QoS 3")));
    }

    public void publishToWildcardTopic(String role) {
        request = scenario.send(role, Publish.of(scenario.topic("readings/+"), 1, false, scenario.nextPacketId(),
                bytes("a reading to a wildcard")));
    }

    /** A PUBLISH whose topic name ends in the UTF-8 encoding of a surrogate, U+D800, which well-formed UTF-8 never holds. */
    public void publishToSurrogateTopic(String role) {
        request = scenario.sendRaw(role, rawPublish(role, concat(bytes(readings() + "/"), new byte[]{(byte) 0xED, (byte) 0xA0,
                (byte) 0x80})), "PUBLISH qos=0 topic=\"" + readings() + "/\\uD800\" (an encoded surrogate)");
    }

    public void publishToTopicWithNull(String role) {
        request = scenario.sendRaw(role, rawPublish(role, concat(bytes(readings() + "/"), new byte[]{0, 'x'})),
                "PUBLISH qos=0 topic=\"" + readings() + "/\\u0000x\" (a null character)");
    }

    public void subscribeToNothing(String role) {
        request = scenario.send(role, new Subscribe(0x02, scenario.nextPacketId(), MqttProperties.EMPTY, List.of()));
    }

    /** A PUBLISH header whose remaining length has five bytes, each saying more follows, which no length may. */
    public void sendOverlongRemainingLength(String role) {
        request = scenario.sendRaw(role, new byte[]{0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01},
                "PUBLISH fixed header with a remaining length of five bytes");
    }

    public Outcome closedAfterOffence(String requirement, String role) {
        boolean closed = scenario.closedByBroker(role, scenario.response());
        return ClosesConnectionCheck.judge(requirement, request, scenario.evidenceOf(role), closed, scenario.response());
    }

    // ---- acknowledgement flows ------------------------------------------------------------------------------------

    public void publishAndWatchFlow(String role, int qos) {
        int id = scenario.nextPacketId();
        request = scenario.send(role, Publish.of(readings(), qos, false, id, bytes(scenario.newPayload("reading"))));
        PacketType last = qos == 1 ? PacketType.PUBACK : PacketType.PUBCOMP;
        scenario.await(scenario.client(role), PublishAck.class, a -> a.packetId() == id && (a.type() == last || a.type() == PacketType.PUBACK));
    }

    public Outcome acknowledgedWith(String requirement, String role, String answer) {
        return PublishFlowCheck.acknowledged(requirement, request, scenario.evidenceOf(role), PacketType.valueOf(answer),
                scenario.response());
    }

    // ---- delivery ---------------------------------------------------------------------------------------------------

    public void subscribed(String role, String version, String filter, int qos) {
        scenario.connect(role, MqttVersion.parse(version), Session.CLEAN);
        scenario.subscribe(role, filter, qos);
    }

    public void monitorSubscribedToReadings(String role, String version, int qos) {
        subscribed(role, version, readings(), qos);
    }

    /** The patch publishes through the library driver: an ordinary publisher. */
    public void publishReadingsAtEachQos(String forRole) {
        scenario.library(PUBLISHER, scenario.versionOf(forRole), Session.CLEAN);
        for (int qos = 0; qos <= 2; qos++) {
            String payload = scenario.newPayload("reading at QoS " + qos);
            scenario.publishWithLibrary(PUBLISHER, readings(), payload, qos, false);
            published.add(payload);
            publishedQos.put(payload, qos);
        }
    }

    public Outcome receivedAtPublishedQos(String requirement, String role, int granted) {
        List<Evidence> deliveries = scenario.deliveries(role, readings(), published.size(), scenario.response());
        Map<String, Integer> expected = new LinkedHashMap<>();
        publishedQos.forEach((payload, qos) -> expected.put(payload, Math.min(qos, granted)));
        return DeliveryCheck.deliveredAtQos(requirement, deliveries, expected, "to the subscription");
    }

    /** Every delivery names its topic, without a Topic Alias, since the monitor announced no Topic Alias Maximum. */
    public Outcome noTopicAlias(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, readings(), published.size(), scenario.response());
        return DeliveryCheck.withoutProperty(requirement, deliveries, MqttPropertyId.TOPIC_ALIAS,
                "to a client that announced no Topic Alias Maximum");
    }

    // ---- retained messages ----------------------------------------------------------------------------------------

    public void publishRetainedAtEachQos(String version) {
        scenario.library(PUBLISHER, MqttVersion.parse(version), Session.CLEAN);
        for (int qos = 0; qos <= 2; qos++) {
            String payload = scenario.newPayload("retained reading at QoS " + qos);
            scenario.publishWithLibrary(PUBLISHER, readings() + "/p" + qos, payload, qos, true);
            published.add(payload);
        }
        scenario.disconnect(PUBLISHER);
    }

    public void lateSubscriberWithWildcard(String role) {
        subscribed(role, scenario.versionOf(PUBLISHER).label(), readings() + "/+", 2);
    }

    public Outcome receivesAllPublished(String requirement, String role, String filter, String why) {
        List<Evidence> deliveries = scenario.deliveries(role, filter, published.size(), scenario.response());
        return DeliveryCheck.delivered(requirement, deliveries, published, why);
    }

    public Outcome receivesEveryRetained(String requirement, String role) {
        return receivesAllPublished(requirement, role, readings() + "/+", "to a new subscription as retained");
    }

    public Outcome retainedFlags(String requirement, String role, boolean expected) {
        List<Evidence> deliveries = scenario.deliveries(role, "#", published.size(), scenario.response());
        Map<String, Boolean> flags = new LinkedHashMap<>();
        published.forEach(p -> flags.put(p, expected));
        return DeliveryCheck.each(requirement, deliveries, flags, Publish::retain, "RETAIN flag");
    }

    /** The patch publishes retained readings one after the other on its topic with the raw driver. */
    public void publishRetainedInTurn(String version, int count) {
        scenario.connect(PUBLISHER, MqttVersion.parse(version), Session.CLEAN);
        for (int i = 0; i < count; i++) {
            String payload = scenario.newPayload("retained reading");
            scenario.publish(PUBLISHER, readings(), payload, 1, true);
            published.add(payload);
        }
    }

    /** Clears the retained reading, after a probe subscriber has recorded whether the broker kept it for new subscribers. */
    public void clearRetained() {
        subscribed("probe", scenario.versionOf(PUBLISHER).label(), readings(), 1);
        keptBeforeClearing = scenario.deliveries("probe", readings(), 1, scenario.response());
        scenario.disconnect("probe");
        scenario.publish(PUBLISHER, readings(), "", 1, true);
    }

    /**
     * Publishes a reading without RETAIN, after a probe subscriber has shown that the retained reading is stored; a
     * broker that did not store it leaves the scenario inconclusive, since then nothing could be replaced.
     */
    public void publishNotRetained() {
        subscribed("probe", scenario.versionOf(PUBLISHER).label(), readings(), 1);
        if (DeliveryCheck.find(scenario.deliveries("probe", readings(), 1, scenario.response()), published.get(0)).isEmpty()) {
            throw new Inconclusive("the broker did not hand the retained reading to a new subscriber, so whether a reading "
                    + "without RETAIN replaces it cannot be judged");
        }
        scenario.disconnect("probe");
        String payload = scenario.newPayload("reading not retained");
        scenario.publish(PUBLISHER, readings(), payload, 1, false);
        published.add(payload);
    }

    public void publishOneRetained() {
        String payload = scenario.newPayload("retained reading");
        scenario.library(PUBLISHER, scenario.versionOf("monitor"), Session.CLEAN);
        scenario.publishWithLibrary(PUBLISHER, readings(), payload, 1, true);
        published.add(payload);
    }

    public void lateSubscriber(String role) {
        subscribed(role, scenario.versionOf(PUBLISHER).label(), readings(), 1);
    }

    /** Only the first {@code keep} of the published messages arrive; the rest must not. */
    public Outcome receivesOnly(String requirement, String role, List<Integer> keep, String why) {
        List<Evidence> deliveries = scenario.deliveries(role, readings(), published.size(), scenario.response());
        List<String> wanted = keep.stream().map(published::get).toList();
        List<String> unwanted = published.stream().filter(p -> !wanted.contains(p)).toList();
        return DeliveryCheck.onlyDelivered(requirement, deliveries, wanted, why, unwanted, why);
    }

    /** None of the published readings arrived, judged beside the probe that received the retained one before it was cleared. */
    public Outcome receivesNoneOfPublished(String requirement, String role, String why) {
        List<Evidence> deliveries = scenario.deliveries(role, readings(), published.size(), scenario.response());
        return DeliveryCheck.noneDeliveredUnlike(requirement, deliveries, published, why, new DeliveryCheck.Control(
                keptBeforeClearing, published.get(0), "the broker kept the retained reading for new subscribers"));
    }

    public int lastIndex() {
        return published.size() - 1;
    }

    // ---- wills ------------------------------------------------------------------------------------------------------

    public void statusSubscriber(String role, String version) {
        subscribed(role, version, status(), 1);
    }

    /** The patch connects with a will on the ward's status; with a retained will a watcher subscribes first. */
    public void connectWithWill(String role, String version, boolean retain) {
        MqttVersion v = MqttVersion.parse(version);
        if (retain) {
            subscribed("watcher", version, status(), 1);
        }
        will = scenario.newPayload("patch offline");
        Connect c = scenario.connectPacket(role, v, Session.CLEAN, 60).withWill(status(), bytes(will), 1, retain, MqttProperties.EMPTY);
        if (retain) {
            scenario.markRetained(status());
        }
        scenario.connect(role, c);
    }

    public void loseConnection(String role) {
        scenario.dropConnection(role);
    }

    public void disconnectNormally(String role) {
        scenario.disconnect(role);
    }

    /** Subscribes once the will is known to have been published (a watcher or the first monitor saw it). */
    public void subscribeAfterWill(String role, String witness) {
        witnessed = scenario.deliveries(witness, status(), 1, scenario.response());
        if (DeliveryCheck.find(witnessed, will).isEmpty()) {
            throw new Inconclusive("the broker did not publish the will to an existing subscriber, so a later subscriber cannot be judged");
        }
        subscribed(role, scenario.versionOf(witness).label(), status(), 1);
    }

    public Outcome willDelivered(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, status(), 1, scenario.response());
        return DeliveryCheck.delivered(requirement, deliveries, List.of(will), "to the ward's status subscribers");
    }

    /**
     * The will of the patch that disconnected normally did not arrive, judged beside the will of a second patch that
     * loses its connection afterwards: a broker that publishes wills at all publishes that one.
     */
    public Outcome willWithheldAfterDisconnect(String requirement, String role) {
        scenario.deliveries(role, status(), 1, scenario.response());
        String control = scenario.newPayload("control patch offline");
        scenario.connect("patch2", scenario.connectPacket("patch2", scenario.versionOf(role), Session.CLEAN, 60)
                .withWill(status(), bytes(control), 1, false, MqttProperties.EMPTY));
        scenario.dropConnection("patch2");
        List<Evidence> deliveries = scenario.deliveries(role, status(), 2, scenario.response());
        return DeliveryCheck.notDeliveredUnlike(requirement, deliveries, will, "after a normal DISCONNECT",
                new DeliveryCheck.Control(deliveries, control, "the broker publishes the will of a patch that loses its connection"));
    }

    /** The will, not retained, did not reach a subscriber that came after it, judged beside the subscriber that saw it. */
    public Outcome willNotKeptFor(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, status(), 1, scenario.response());
        return DeliveryCheck.notDeliveredUnlike(requirement, deliveries, will, "to a subscriber that came after it was published",
                new DeliveryCheck.Control(witnessed, will, "the broker published the will to the subscriber that was there"));
    }

    // ---- subscriptions --------------------------------------------------------------------------------------------

    public void overlappingSubscriptions(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.CLEAN);
        scenario.subscribe(role, readings() + "/#", 0);
        scenario.subscribe(role, readings() + "/p1", 2);
    }

    public void publishOneAtQos2(String forRole) {
        scenario.library(PUBLISHER, scenario.versionOf(forRole), Session.CLEAN);
        String payload = scenario.newPayload("reading at QoS 2");
        scenario.publishWithLibrary(PUBLISHER, readings() + "/p1", payload, 2, false);
        published.add(payload);
    }

    public Outcome overlappingDelivery(String requirement, String role) {
        // one copy more than the subscriptions may be waited for: counting copies means waiting out the bound
        List<Evidence> deliveries = scenario.deliveries(role, readings() + "/#", 3, scenario.response());
        return DeliveryCheck.overlapping(requirement, deliveries, published.get(0), 2, 2);
    }

    public void wildcardSubscriber(String role, String version) {
        subscribed(role, version, scenario.topic("ward/+/temperature"), 1);
    }

    private final List<String> matching = new ArrayList<>();
    private final List<String> notMatching = new ArrayList<>();

    public void publishMixedTopics(String forRole) {
        scenario.library(PUBLISHER, scenario.versionOf(forRole), Session.CLEAN);
        for (String[] t : new String[][]{{"ward/p1/temperature", "y"}, {"ward/p2/temperature", "y"}, {"ward/p1/heartrate", "n"},
                {"ward/p1/temperature/raw", "n"}, {"wards/p1/temperature", "n"}}) {
            String payload = scenario.newPayload(t[0]);
            scenario.publishWithLibrary(PUBLISHER, scenario.topic(t[0]), payload, 1, false);
            (t[1].equals("y") ? matching : notMatching).add(payload);
        }
    }

    public Outcome receivesExactlyMatching(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, "#", matching.size() + notMatching.size(), scenario.response());
        return DeliveryCheck.onlyDelivered(requirement, deliveries, matching, "to the wildcard subscription", notMatching,
                "to a subscription whose filter does not match its topic");
    }

    public void unsubscribe(String role) {
        int id = scenario.nextPacketId();
        request = scenario.send(role, Unsubscribe.of(id, readings()));
        scenario.await(scenario.client(role), Unsuback.class, u -> u.packetId() == id);
    }

    public Outcome unsubscribeAcknowledged(String requirement, String role) {
        int id = request.as(Unsubscribe.class).orElseThrow().packetId();
        return AnswerCheck.judge(requirement, request, scenario.evidenceOf(role), Unsuback.class, u -> u.packetId() == id,
                "an UNSUBACK for packet identifier " + id, scenario.response());
    }

    public void subscribeToThreeFilters(String role) {
        int id = scenario.nextPacketId();
        request = scenario.send(role, new Subscribe(0x02, id, MqttProperties.EMPTY, List.of(
                new Subscription(readings() + "/q0", 0), new Subscription(readings() + "/q1", 1), new Subscription(readings() + "/q2", 2))));
        scenario.await(scenario.client(role), org.iomt.standards.mqtt.Suback.class, a -> a.packetId() == id);
    }

    public Outcome subackInOrder(String requirement, String role) {
        return org.iomt.suites.checks.SubackCheck.inOrder(requirement, request, scenario.evidenceOf(role));
    }

    /** A filter whose first level is a wildcard, matching the ordinary readings topic and (wrongly) its $ twin. */
    private String leadingWildcard() {
        return "+" + readings().substring(readings().indexOf('/'));
    }

    private String dollarReadings() {
        return "$" + readings();
    }

    public void leadingWildcardSubscriber(String role, String version) {
        subscribed(role, version, leadingWildcard(), 1);
        subscribed("watcher", version, dollarReadings(), 1);
    }

    public void publishDollarAndOrdinary(String forRole) {
        scenario.connect(PUBLISHER, scenario.versionOf(forRole), Session.CLEAN);
        String dollar = scenario.newPayload("reading on a $ topic");
        scenario.publish(PUBLISHER, dollarReadings(), dollar, 1, false);
        String ordinary = scenario.newPayload("reading on the ordinary topic");
        scenario.publish(PUBLISHER, readings(), ordinary, 1, false);
        published.add(dollar);
        published.add(ordinary);
    }

    public Outcome receivesOnlyOrdinary(String requirement, String role) {
        String dollar = published.get(0);
        String ordinary = published.get(1);
        List<Evidence> named = scenario.deliveries("watcher", dollarReadings(), 1, scenario.response());
        List<Evidence> deliveries = scenario.deliveries(role, "#", 2, scenario.response());
        return DeliveryCheck.noneDeliveredUnlike(requirement, deliveries, List.of(dollar),
                "to a subscription whose filter starts with a wildcard, since its topic begins with $",
                new DeliveryCheck.Control(named, dollar, "the broker takes readings on topics beginning with $ from clients"),
                new DeliveryCheck.Control(deliveries, ordinary, "the wildcard subscription delivers the ordinary reading"));
    }

    // ---- raw frames ---------------------------------------------------------------------------------------------------

    private byte[] rawPublish(String role, byte[] topic) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(topic.length >> 8);
        body.write(topic.length & 0xFF);
        body.writeBytes(topic);
        if (scenario.versionOf(role) == MqttVersion.V5_0) {
            body.write(0); // no properties
        }
        body.writeBytes(bytes("a reading"));
        byte[] b = body.toByteArray();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x30);
        int length = b.length;
        do {
            int digit = length % 128;
            length /= 128;
            frame.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        frame.writeBytes(b);
        return frame.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
