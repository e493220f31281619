package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.broker.checks.ForwardedStringsCheck;
import org.iomt.broker.checks.MessageExpiryCheck;
import org.iomt.broker.checks.MessagePropertyCheck;
import org.iomt.broker.checks.PacketSizeCheck;
import org.iomt.broker.checks.ReceiveMaximumCheck;
import org.iomt.broker.checks.ResponseTopicCheck;
import org.iomt.broker.checks.TopicAliasAcceptedCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.StringPair;
import org.iomt.standards.mqtt.Suback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Tasks and questions about what MQTT 5.0 adds to the delivery of a message: the properties a publisher attaches,
 * message expiry, topic aliases, the options of a subscription and the limits a receiving client announces. Every
 * client speaks MQTT 5.0 through the raw driver, which can set any property and hold acknowledgements back. Roles
 * come from the glue; the readings travel on the scenario's own topics.
 */
public final class Mqtt5Messaging {

    private static final MqttVersion V5 = MqttVersion.V5_0;
    /** A repeated name and text beyond ASCII, so that a lost, changed or reordered pair shows. */
    private static final List<StringPair> USER_PROPERTIES = List.of(new StringPair("unit", "Cel"),
            new StringPair("site", "ward 7 \u00b7 bed 3"), new StringPair("unit", "\u00b0C"));
    private static final String CONTENT_TYPE = "application/senml+json";
    /** Payload Format Indicator 1: the payload is UTF-8 text (MQTT 5.0 §3.3.2.3.2). */
    private static final int UTF8_TEXT = 1;
    /** The identifiers of two overlapping subscriptions: the readings, and every topic of the scenario. */
    private static final List<Integer> SUBSCRIPTION_IDENTIFIERS = List.of(42, 4242);
    /** Message Expiry Interval (s) of a reading that outlives every wait of a scenario. */
    private static final int LONG_LIFETIME = 300;
    /** Brokers count intervals in whole seconds; waiting one out takes up to a second more. */
    private static final Duration COUNTING = Duration.ofSeconds(1);
    /** Maximum Packet Size of a client that accepts only small packets: room for any acknowledgement, not a long reading. */
    private static final int SMALL_PACKETS = 256;
    /** Subscription options of MQTT 5.0 (§3.8.3.1) beside QoS 1. */
    private static final int QOS_1 = 1;
    private static final int NO_LOCAL = 0x04;
    private static final int RETAIN_AS_PUBLISHED = 0x08;
    private static final int NO_RETAINED_MESSAGES = 0x20;

    private final BrokerScenario scenario;
    private final Map<String, Connack> connected = new HashMap<>();
    private final Map<String, String> payloads = new HashMap<>();
    private String correlation;
    private Evidence aliasedPublish;
    private int grantedQos;
    private int alias;
    private int receiveMaximum;
    private int published;

    public Mqtt5Messaging(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    private String requests() {
        return scenario.topic("requests");
    }

    /** Where a requester wants its replies. */
    private String replies(String requester) {
        return scenario.topic("replies/" + requester);
    }

    // ---- subscribing -------------------------------------------------------------------------------------------

    /** Connects the role with a clean session and subscribes it to the readings at QoS 1. */
    public void subscribe(String role) {
        subscribe(role, readings(), QOS_1, MqttProperties.EMPTY);
    }

    public void subscribeToRequests(String role) {
        subscribe(role, requests(), QOS_1, MqttProperties.EMPTY);
    }

    /** Subscribes the role to the readings and, overlapping, to every topic of the scenario, each under its own identifier. */
    public void subscribeOverlappingWithIdentifiers(String role) {
        subscribe(role, readings(), QOS_1, BrokerScenario.property(MqttPropertyId.SUBSCRIPTION_IDENTIFIER,
                SUBSCRIPTION_IDENTIFIERS.get(0)));
        subscribe(role, scenario.topic("#"), QOS_1, BrokerScenario.property(MqttPropertyId.SUBSCRIPTION_IDENTIFIER,
                SUBSCRIPTION_IDENTIFIERS.get(1)));
    }

    public void subscribeWithoutOwnMessages(String role) {
        subscribe(role, readings(), QOS_1 | NO_LOCAL, MqttProperties.EMPTY);
    }

    public void subscribeRetainAsPublished(String role) {
        subscribe(role, readings(), QOS_1 | RETAIN_AS_PUBLISHED, MqttProperties.EMPTY);
    }

    public void subscribeWithoutRetainedMessages(String role) {
        subscribe(role, readings(), QOS_1 | NO_RETAINED_MESSAGES, MqttProperties.EMPTY);
    }

    /** Joins the role to a Shared Subscription of the readings, asking for the given QoS; keeps the QoS granted. */
    public void joinSharedSubscription(String role, int qos) {
        grantedQos = subscribe(role, "$share/" + role + "s/" + readings(), qos, MqttProperties.EMPTY).reasonCodes().get(0);
    }

    private Suback subscribe(String role, String filter, int options, MqttProperties properties) {
        connected(role);
        return scenario.subscribe(role, filter, options, properties);
    }

    /** Connects with a clean session the first time a role needs it. */
    private Connack connected(String role) {
        return connected(role, scenario.connectPacket(role, V5, Session.CLEAN, 60));
    }

    private Connack connected(String role, Connect connect) {
        return connected.computeIfAbsent(role, r -> scenario.connect(r, connect));
    }

    // ---- publishing --------------------------------------------------------------------------------------------

    /** Publishes a reading at QoS 1 under a name the questions use, and waits until the broker acknowledged it. */
    private Publish publish(String role, String name, String topic, MqttProperties properties, boolean retain) {
        connected(role);
        String payload = scenario.newPayload(name);
        payloads.put(name, payload);
        return scenario.publish(role, topic, payload, 1, retain, properties);
    }

    public void publishReading(String role) {
        publish(role, "reading", readings(), MqttProperties.EMPTY, false);
    }

    public void publishRetainedReading(String role) {
        publish(role, "retained reading", readings(), MqttProperties.EMPTY, true);
    }

    public void publishWithUserProperties(String role) {
        MqttProperties properties = MqttProperties.EMPTY;
        for (StringPair pair : USER_PROPERTIES) {
            properties = properties.with(MqttPropertyId.USER_PROPERTY, pair);
        }
        publish(role, "reading", readings(), properties, false);
    }

    public void publishMarkedAsText(String role) {
        publish(role, "reading", readings(), BrokerScenario.property(MqttPropertyId.PAYLOAD_FORMAT_INDICATOR, UTF8_TEXT), false);
    }

    public void publishWithContentType(String role) {
        publish(role, "reading", readings(), BrokerScenario.property(MqttPropertyId.CONTENT_TYPE, CONTENT_TYPE), false);
    }

    /** A request for a reading, naming where to reply and carrying a correlation token of its own. */
    public void sendRequest(String role) {
        correlation = scenario.newPayload("correlation");
        MqttProperties properties = MqttProperties.EMPTY
                .with(MqttPropertyId.RESPONSE_TOPIC, replies(role))
                .with(MqttPropertyId.CORRELATION_DATA, correlation.getBytes(StandardCharsets.UTF_8));
        publish(role, "request", requests(), properties, false);
    }

    // ---- properties forwarded ----------------------------------------------------------------------------------

    public Outcome sameUserProperties(String requirement, String role) {
        return MessagePropertyCheck.sameUserProperties(requirement, delivered(role, readings(), 1), payloads.get("reading"),
                USER_PROPERTIES);
    }

    public Outcome userPropertiesInOrder(String requirement, String role) {
        return MessagePropertyCheck.userPropertiesInOrder(requirement, delivered(role, readings(), 1), payloads.get("reading"),
                USER_PROPERTIES);
    }

    public Outcome markedAsText(String requirement, String role) {
        return carries(requirement, role, readings(), "reading",
                new MqttProperty(MqttPropertyId.PAYLOAD_FORMAT_INDICATOR, UTF8_TEXT), "the Payload Format Indicator");
    }

    public Outcome sameContentType(String requirement, String role) {
        return carries(requirement, role, readings(), "reading", new MqttProperty(MqttPropertyId.CONTENT_TYPE, CONTENT_TYPE),
                "the Content Type");
    }

    public Outcome sameResponseTopic(String requirement, String role, String requester) {
        return carries(requirement, role, requests(), "request", new MqttProperty(MqttPropertyId.RESPONSE_TOPIC, replies(requester)),
                "the Response Topic");
    }

    public Outcome responseTopicWithoutWildcards(String requirement, String role) {
        return ResponseTopicCheck.withoutWildcards(requirement, delivered(role, requests(), 1), payloads.get("request"));
    }

    public Outcome userPropertyStringsWellFormed(String requirement, String role) {
        return forwardedStringsWellFormed(requirement, role, readings(), "reading", MqttPropertyId.USER_PROPERTY, "User Property");
    }

    public Outcome contentTypeWellFormed(String requirement, String role) {
        return forwardedStringsWellFormed(requirement, role, readings(), "reading", MqttPropertyId.CONTENT_TYPE, "Content Type");
    }

    public Outcome responseTopicWellFormed(String requirement, String role) {
        return forwardedStringsWellFormed(requirement, role, requests(), "request", MqttPropertyId.RESPONSE_TOPIC, "Response Topic");
    }

    /** The strings of a property the role received with the named message, judged from the bytes. */
    private Outcome forwardedStringsWellFormed(String requirement, String role, String topic, String name, MqttPropertyId property,
                                               String what) {
        delivered(role, topic, 1);
        return ForwardedStringsCheck.wellFormed(requirement, scenario.evidenceOf(role), payloads.get(name), property, what);
    }

    public Outcome sameCorrelationData(String requirement, String role) {
        return carries(requirement, role, requests(), "request",
                new MqttProperty(MqttPropertyId.CORRELATION_DATA, correlation.getBytes(StandardCharsets.UTF_8)), "the Correlation Data");
    }

    /** The reading, delivered once or once per subscription, carries the identifiers of both subscriptions. */
    public Outcome carriesSubscriptionIdentifiers(String requirement, String role) {
        Outcome first = MessagePropertyCheck.subscriptionIdentifiers(requirement, delivered(role, readings(), 2),
                payloads.get("reading"), SUBSCRIPTION_IDENTIFIERS);
        if (first.passed()) {
            return first;
        }
        // copies beyond one per subscription (which the overlap rule judges) may have come first: judge all that come
        return MessagePropertyCheck.subscriptionIdentifiers(requirement, delivered(role, readings(), 2 * SUBSCRIPTION_IDENTIFIERS.size() + 2),
                payloads.get("reading"), SUBSCRIPTION_IDENTIFIERS);
    }

    /** The reading, published at QoS 1, reached the member of the Shared Subscription at no more than its granted QoS. */
    public Outcome deliveredAtGrantedQos(String requirement, String role) {
        return DeliveryCheck.each(requirement, delivered(role, readings(), 1), Map.of(payloads.get("reading"), Math.min(1, grantedQos)),
                Publish::qos, "QoS");
    }

    private Outcome carries(String requirement, String role, String topic, String name, MqttProperty expected, String what) {
        return MessagePropertyCheck.carries(requirement, delivered(role, topic, 1), payloads.get(name), expected, what);
    }

    private List<Evidence> delivered(String role, String topic, int count) {
        return scenario.deliveries(role, topic, count, scenario.response());
    }
    // ---- message expiry ----------------------------------------------------------------------------------------

    /** The role opens a lasting session, subscribes to the readings at QoS 1 and leaves with DISCONNECT. */
    public void subscribeAndLeave(String role) {
        scenario.connect(role, V5, Session.PERSISTENT);
        scenario.subscribe(role, readings(), QOS_1);
        scenario.disconnect(role);
    }

    /** A reading whose Message Expiry Interval is the profile's. */
    public void publishExpiringReading(String role) {
        publish(role, "expiring reading", readings(),
                BrokerScenario.property(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL, scenario.timers().messageExpiry()), false);
    }

    public void publishLastingReading(String role) {
        publish(role, "lasting reading", readings(), MqttProperties.EMPTY, false);
    }

    /** A reading whose Message Expiry Interval outlives the scenario. */
    public void publishLongLivedReading(String role) {
        publish(role, "long-lived reading", readings(),
                BrokerScenario.property(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL, LONG_LIFETIME), false);
    }

    /** Waits out the profile's Message Expiry Interval and the second brokers may count on top. */
    public void waitOutMessageExpiry() {
        waitOut(Duration.ofSeconds(scenario.timers().messageExpiry()).plus(COUNTING));
    }

    /** The role comes back resuming its lasting session; a broker that refuses it leaves the scenario inconclusive. */
    public void resume(String role) {
        scenario.connect(role, scenario.connectPacket(role, V5, Session.PERSISTENT, 60));
    }

    public Outcome expiredNotDelivered(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveriesUntil(role, readings(), payloads.get("lasting reading"));
        return DeliveryCheck.notDeliveredUnlike(requirement, deliveries, payloads.get("expiring reading"),
                "after its Message Expiry Interval passed", new DeliveryCheck.Control(deliveries, payloads.get("lasting reading"),
                        "the broker kept the messages of the session"));
    }

    public Outcome expiryReducedByWait(String requirement, String role, String publisher) {
        delivered(role, readings(), 1);
        return MessageExpiryCheck.reducedByTimeWaited(requirement, scenario.evidenceOf(publisher), scenario.evidenceOf(role),
                payloads.get("long-lived reading"));
    }

    // ---- topic aliases -----------------------------------------------------------------------------------------

    /**
     * Connects the role and publishes a reading with its topic name and the highest Topic Alias the broker's CONNACK
     * allows; a broker that allows none leaves the scenario inconclusive.
     */
    public void publishSettingUpAlias(String role) {
        int maximum = connected(role).properties().first(MqttPropertyId.TOPIC_ALIAS_MAXIMUM).map(MqttProperty::intValue)
                .orElse(0);
        if (maximum == 0) {
            throw new Inconclusive("the broker's CONNACK allows no Topic Alias (Topic Alias Maximum absent or 0), so a client's "
                    + "topic alias cannot be tried");
        }
        alias = maximum;
        publish(role, "reading that sets up the alias", readings(), BrokerScenario.property(MqttPropertyId.TOPIC_ALIAS, alias), false);
    }

    /** Publishes a reading at QoS 1 with an empty topic name and the alias set up before. */
    public void publishByAlias(String role) {
        String payload = scenario.newPayload("reading sent by alias");
        payloads.put("reading sent by alias", payload);
        aliasedPublish = scenario.send(role, new Publish(0x02, "", scenario.nextPacketId(),
                BrokerScenario.property(MqttPropertyId.TOPIC_ALIAS, alias), payload.getBytes(StandardCharsets.UTF_8)));
    }

    public Outcome aliasAccepted(String requirement, String role, String publisher) {
        List<Evidence> deliveries = delivered(role, readings(), 2);
        return TopicAliasAcceptedCheck.accepted(requirement, scenario.evidenceOf(publisher), aliasedPublish, deliveries,
                payloads.get("reading that sets up the alias"), readings());
    }

    // ---- subscription options ----------------------------------------------------------------------------------

    public Outcome ownReadingNotDelivered(String requirement, String role, String other) {
        List<Evidence> deliveries = scenario.deliveriesUntil(role, readings(), payloads.get(other + "'s reading"));
        return DeliveryCheck.notDeliveredUnlike(requirement, deliveries, payloads.get(role + "'s reading"),
                "back to the client that published it and asked for No Local", new DeliveryCheck.Control(deliveries,
                        payloads.get(other + "'s reading"), "the subscription delivers readings"));
    }

    /** Publishes a reading under the role's name, for scenarios where several roles publish. */
    public void publishOwnReading(String role) {
        publish(role, role + "'s reading", readings(), MqttProperties.EMPTY, false);
    }

    public Outcome retainFlagAsPublished(String requirement, String role, String later) {
        String payload = payloads.get("retained reading");
        return DeliveryCheck.retainAsPublished(requirement, delivered(role, readings(), 1), payload, true,
                new DeliveryCheck.Control(delivered(later, readings(), 1), payload, "the broker took the reading as retained"));
    }

    public Outcome retainedNotSent(String requirement, String role, String later) {
        String payload = payloads.get("retained reading");
        List<Evidence> control = delivered(later, readings(), 1);
        return DeliveryCheck.notDeliveredUnlike(requirement, delivered(role, readings(), 1), payload,
                "to a subscription with Retain Handling 2", new DeliveryCheck.Control(control, payload,
                        "the broker keeps the retained reading for new subscribers"));
    }

    // ---- limits the receiving client sets ----------------------------------------------------------------------

    /** Connects the role announcing a Receive Maximum and subscribes it to the readings at QoS 1. */
    public void subscribeWithReceiveMaximum(String role, int maximum) {
        receiveMaximum = maximum;
        connected(role, scenario.connectPacket(role, V5, Session.CLEAN, 60).withProperties(
                BrokerScenario.property(MqttPropertyId.RECEIVE_MAXIMUM, maximum)));
        scenario.subscribe(role, readings(), QOS_1);
    }

    public void stopAcknowledging(String role) {
        scenario.withholdAcknowledgements(role);
    }

    public void publishReadings(String role, int count) {
        for (int i = 0; i < count; i++) {
            publish(role, "reading " + (i + 1), readings(), MqttProperties.EMPTY, false);
        }
        published = count;
    }

    public Outcome withinReceiveMaximum(String requirement, String role) {
        return ReceiveMaximumCheck.withinReceiveMaximum(requirement, delivered(role, readings(), published), receiveMaximum,
                published);
    }

    /** Connects the role announcing a small Maximum Packet Size and subscribes it to the readings at QoS 1. */
    public void subscribeAcceptingSmallPackets(String role) {
        connected(role, scenario.connectPacket(role, V5, Session.CLEAN, 60).withProperties(
                BrokerScenario.property(MqttPropertyId.MAXIMUM_PACKET_SIZE, SMALL_PACKETS)));
        scenario.subscribe(role, readings(), QOS_1);
    }

    /** A reading whose PUBLISH is twice the size the small-packet client accepts. */
    public void publishLargeReading(String role) {
        connected(role);
        String payload = scenario.newPayload("large reading");
        payload = payload + " " + ".".repeat(2 * SMALL_PACKETS - payload.length());
        payloads.put("large reading", payload);
        scenario.publish(role, readings(), payload, 1, false);
    }

    public void publishSmallReading(String role) {
        publish(role, "small reading", readings(), MqttProperties.EMPTY, false);
    }

    public Outcome noPacketLargerThanAccepted(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveriesUntil(role, readings(), payloads.get("small reading"));
        return PacketSizeCheck.noneLargerThan(requirement, scenario.evidenceOf(role), SMALL_PACKETS,
                new DeliveryCheck.Control(deliveries, payloads.get("small reading"), "the broker delivers to the client"));
    }

    /**
     * Waits out a protocol timer of the broker under test (an expiry or delay interval): nothing the broker sends
     * shows that it has passed, so there is nothing to poll for. Bounded by the timer itself.
     */
    static void waitOut(Duration timer) {
        long deadline = System.nanoTime() + timer.toNanos();
        for (long left = timer.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                throw new Inconclusive("interrupted while waiting out a protocol timer of the broker");
            }
        }
    }
}
