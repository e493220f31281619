package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.ReusedIdentifierCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.nio.charset.StandardCharsets;

/**
 * Tasks and questions about the broker as the receiver of a PUBLISH that reuses the packet identifier of a flow it
 * completed; the subscriber is the one subscribed to the scenario's readings.
 */
public final class ReusedPacketIdentifier {

    private static final String PUBLISHER = "patch";

    private final BrokerScenario scenario;
    private Evidence first;
    private Evidence reuse;
    private String control;

    public ReusedPacketIdentifier(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /**
     * A raw patch publishes a reading, waits for the broker to complete its flow, publishes a second reading under the
     * same packet identifier (at QoS 1 with DUP 1, which must not matter) and then a control reading under a fresh one.
     */
    public void publishUnderACompletedIdentifier(String subscriber, int qos) {
        scenario.connect(PUBLISHER, scenario.versionOf(subscriber), Session.CLEAN);
        int id = scenario.nextPacketId();
        PacketType end = qos == 1 ? PacketType.PUBACK : PacketType.PUBCOMP;
        first = scenario.send(PUBLISHER, reading("reading", qos, id));
        scenario.await(scenario.client(PUBLISHER), PublishAck.class, a -> a.type() == end && a.packetId() == id);
        Publish second = reading("reading under a reused identifier", qos, id);
        reuse = scenario.send(PUBLISHER, qos == 1 ? second.withDup(true) : second);
        awaitSecondEnd(end, id);
        control = scenario.newPayload("control reading");
        scenario.publish(PUBLISHER, readings(), control, qos, false);
    }

    public Outcome deliveredAsNew(String requirement, String subscriber) {
        return ReusedIdentifierCheck.deliveredAsNew(requirement, first, reuse, scenario.evidenceOf(PUBLISHER),
                scenario.deliveries(subscriber, readings(), 3, scenario.response()), control, scenario.response());
    }

    private Publish reading(String what, int qos, int id) {
        return Publish.of(readings(), qos, false, id, scenario.newPayload(what).getBytes(StandardCharsets.UTF_8));
    }

    private void awaitSecondEnd(PacketType end, int id) {
        try {
            scenario.client(PUBLISHER).awaitReceived(list -> list.stream().filter(e -> e.as(PublishAck.class)
                    .filter(a -> a.type() == end && a.packetId() == id).isPresent()).count() >= 2, scenario.response());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
