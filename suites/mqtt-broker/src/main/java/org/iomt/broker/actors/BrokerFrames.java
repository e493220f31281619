package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.ConnackSequenceCheck;
import org.iomt.broker.checks.DeliveryFormCheck;
import org.iomt.broker.checks.DisconnectSessionExpiryCheck;
import org.iomt.broker.checks.MinimalLengthCheck;
import org.iomt.broker.checks.PropertyLengthCheck;
import org.iomt.broker.checks.PublishAnswerCheck;
import org.iomt.broker.checks.Qos0DupCheck;
import org.iomt.broker.checks.ReasonCodeCheck;
import org.iomt.broker.checks.SentFlagsCheck;
import org.iomt.broker.checks.SubscriptionCodesCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A representative exchange with the broker, and questions about the wire format of every packet the broker sent
 * in it: a client connects, subscribes to three filters at QoS 0, 1 and 2 in one SUBSCRIBE and to one more at QoS 2
 * in another, publishes to itself at each QoS and once more at QoS 0 (so the broker acknowledges, delivers and, at
 * QoS 2, releases), unsubscribes from
 * filters it holds beside one it never held, and pings; with MQTT 5.0 it then publishes with Topic Alias 0, a
 * protocol error the broker ends the connection for, with or without a DISCONNECT.
 */
public final class BrokerFrames {

    private final BrokerScenario scenario;
    private final BrokerDisconnects disconnects;
    private final List<byte[]> published = new ArrayList<>();
    private boolean closedByBroker;
    private MqttVersion version;

    public BrokerFrames(BrokerScenario scenario, BrokerDisconnects disconnects) {
        this.scenario = scenario;
        this.disconnects = disconnects;
    }

    public void exchange(String role, String version) {
        MqttVersion v = MqttVersion.parse(version);
        this.version = v;
        scenario.connect(role, v, Session.CLEAN);
        MqttTestClient client = scenario.client(role);
        String base = scenario.topic("frames");
        List<String> filters = List.of(base + "/q0", base + "/q1", base + "/q2");
        int several = scenario.nextPacketId();
        scenario.send(role, new Subscribe(0x02, several, MqttProperties.EMPTY, List.of(new Subscription(filters.get(0), 0),
                new Subscription(filters.get(1), 1), new Subscription(base + "/ward", 2))));
        scenario.await(client, Suback.class, s -> s.packetId() == several);
        int single = scenario.nextPacketId();
        scenario.send(role, new Subscribe(0x02, single, MqttProperties.EMPTY, List.of(new Subscription(filters.get(2), 2))));
        scenario.await(client, Suback.class, s -> s.packetId() == single);
        for (int qos = 0; qos <= 2; qos++) {
            publish(role, filters.get(qos), qos);
        }
        publish(role, base + "/ward", 0);
        scenario.deliveries(role, base + "/#", 4, scenario.response());
        scenario.await(client, PublishAck.class, a -> a.type() == PacketType.PUBREL);
        int unsubscribe = scenario.nextPacketId();
        scenario.send(role, new Unsubscribe(0x02, unsubscribe, MqttProperties.EMPTY,
                List.of(base + "/never", filters.get(0), filters.get(2))));
        scenario.await(client, Unsuback.class, u -> u.packetId() == unsubscribe);
        scenario.send(role, new PingReq(0));
        scenario.await(client, PingResp.class, p -> true);
        if (v == MqttVersion.V5_0) {
            disconnects.publishWithTopicAliasZero(role);
            closedByBroker = scenario.closedByBroker(role, scenario.response());
        }
    }

    /**
     * Publishes and waits, bounded, for the answer that ends the QoS flow (PUBACK, or PUBCOMP after the client's
     * PUBREL), without requiring it: the questions judge what came, and a missing answer blinds only its own row.
     */
    private void publish(String role, String topic, int qos) {
        int id = qos == 0 ? 0 : scenario.nextPacketId();
        byte[] payload = scenario.newPayload("reading at QoS " + qos).getBytes(StandardCharsets.UTF_8);
        published.add(payload);
        scenario.send(role, Publish.of(topic, qos, false, id, payload));
        PacketType last = qos == 1 ? PacketType.PUBACK : PacketType.PUBCOMP;
        if (qos > 0) {
            scenario.await(scenario.client(role), PublishAck.class, a -> a.type() == last && a.packetId() == id);
        }
    }

    private List<Evidence> frames() {
        return scenario.ownFrames();
    }

    public Outcome reservedFlags(String requirement) {
        return SentFlagsCheck.reservedFlags(requirement, frames());
    }

    public Outcome pubrelFlags(String requirement) {
        return SentFlagsCheck.pubrelFlags(requirement, frames());
    }

    public Outcome qos0WithoutDup(String requirement) {
        return Qos0DupCheck.judge(requirement, frames());
    }

    public Outcome connackFirst(String requirement, String version) {
        return ConnackSequenceCheck.connackFirst(requirement, frames(), MqttVersion.parse(version) == MqttVersion.V5_0);
    }

    public Outcome singleConnack(String requirement) {
        return ConnackSequenceCheck.singleConnack(requirement, frames());
    }

    public Outcome acknowledgeFlags(String requirement) {
        return ConnackSequenceCheck.acknowledgeFlags(requirement, frames());
    }

    public Outcome minimalLengths(String requirement) {
        return MinimalLengthCheck.judge(requirement, frames());
    }

    public Outcome subackForEach(String requirement) {
        return SubscriptionCodesCheck.subackForEach(requirement, frames());
    }

    public Outcome subackCodePerFilter(String requirement) {
        return SubscriptionCodesCheck.codePerFilter(requirement, frames());
    }

    public Outcome grantedWithinRequest(String requirement) {
        return SubscriptionCodesCheck.grantedWithinRequest(requirement, frames());
    }

    public Outcome subackCodesDefined(String requirement, String version) {
        Set<Integer> defined = MqttVersion.parse(version) == MqttVersion.V5_0
                ? SubscriptionCodesCheck.SUBACK_5_0 : SubscriptionCodesCheck.SUBACK_3_1_1;
        return SubscriptionCodesCheck.subackCodesDefined(requirement, frames(), defined);
    }

    public Outcome unsubackInOrder(String requirement) {
        return SubscriptionCodesCheck.unsubackInOrder(requirement, frames());
    }

    public Outcome unsubackCodesDefined(String requirement) {
        return SubscriptionCodesCheck.unsubackCodesDefined(requirement, frames());
    }

    public Outcome receiptCodesDefined(String requirement) {
        return ReasonCodeCheck.judge(requirement, PacketType.PUBREC, frames());
    }

    public Outcome releaseCodesDefined(String requirement) {
        return ReasonCodeCheck.judge(requirement, PacketType.PUBREL, frames());
    }

    public Outcome completionCodesDefined(String requirement) {
        return ReasonCodeCheck.judge(requirement, PacketType.PUBCOMP, frames());
    }

    public Outcome disconnectWithoutSessionExpiry(String requirement) {
        return DisconnectSessionExpiryCheck.judge(requirement, frames(), closedByBroker);
    }

    public Outcome qos0WithoutIdentifier(String requirement) {
        return DeliveryFormCheck.qos0WithoutIdentifier(requirement, frames(), published, version == MqttVersion.V5_0);
    }

    public Outcome topicNamesUtf8(String requirement) {
        return DeliveryFormCheck.topicNamesUtf8(requirement, frames());
    }

    public Outcome topicNamesWithoutWildcards(String requirement) {
        return DeliveryFormCheck.topicNamesWithoutWildcards(requirement, frames());
    }

    public Outcome noTopicAliasZero(String requirement) {
        return DeliveryFormCheck.noTopicAliasZero(requirement, frames());
    }

    public Outcome propertyLengths(String requirement) {
        return PropertyLengthCheck.judge(requirement, frames(), published);
    }

    /** MQTT 3.1.1 names PUBACK, PUBREC and PUBREL in its rule; MQTT 5.0 PUBCOMP as well. */
    public Outcome acknowledgementIdentifiers(String requirement) {
        Set<PacketType> types = version == MqttVersion.V5_0
                ? Set.of(PacketType.PUBACK, PacketType.PUBREC, PacketType.PUBREL, PacketType.PUBCOMP)
                : Set.of(PacketType.PUBACK, PacketType.PUBREC, PacketType.PUBREL);
        return PublishAnswerCheck.identifiersOfTheirPublish(requirement, frames(), types);
    }

    public Outcome answeredAtItsQos(String requirement) {
        return PublishAnswerCheck.answeredAtItsQos(requirement, frames());
    }
}
