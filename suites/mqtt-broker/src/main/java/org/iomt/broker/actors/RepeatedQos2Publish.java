package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.RepeatedQos2Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tasks and questions about the broker as the receiver of a QoS 2 PUBLISH that its client sends again before
 * releasing it; the subscriber is the one subscribed to the scenario's readings.
 */
public final class RepeatedQos2Publish {

    private static final String PUBLISHER = "patch";

    private final BrokerScenario scenario;
    private Evidence first;
    private Evidence repeat;
    private String control;

    public RepeatedQos2Publish(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /**
     * A raw patch publishes a reading at QoS 2, sends it again with DUP 1 once the PUBREC came, then releases it and
     * publishes a control reading after the flow is complete.
     */
    public void publishTwiceBeforeRelease(String subscriber) {
        scenario.connect(PUBLISHER, scenario.versionOf(subscriber), Session.CLEAN);
        MqttTestClient patch = scenario.client(PUBLISHER);
        patch.holdReleases(true);
        int id = scenario.nextPacketId();
        Publish reading = Publish.of(readings(), 2, false, id, scenario.newPayload("reading").getBytes(StandardCharsets.UTF_8));
        first = scenario.send(PUBLISHER, reading);
        scenario.await(patch, PublishAck.class, a -> a.type() == PacketType.PUBREC && a.packetId() == id);
        repeat = scenario.send(PUBLISHER, reading.withDup(true));
        awaitSecondPubrec(patch, id);
        patch.holdReleases(false);
        scenario.send(PUBLISHER, PublishAck.pubrel(id));
        scenario.await(patch, PublishAck.class, a -> a.type() == PacketType.PUBCOMP && a.packetId() == id);
        control = scenario.newPayload("control reading");
        scenario.publish(PUBLISHER, readings(), control, 2, false);
    }

    /** The broker answered the repeat with a PUBREC and the subscriber received the reading once. */
    public Outcome receivedOnce(String requirement, String subscriber) {
        List<Evidence> deliveries = scenario.deliveriesUntil(subscriber, readings(), control);
        return RepeatedQos2Check.receivedOnce(requirement, first, repeat, scenario.evidenceOf(PUBLISHER), deliveries, control,
                scenario.response());
    }

    private void awaitSecondPubrec(MqttTestClient patch, int id) {
        try {
            patch.awaitReceived(list -> list.stream().filter(e -> e.as(PublishAck.class)
                    .filter(a -> a.type() == PacketType.PUBREC && a.packetId() == id).isPresent()).count() >= 2, scenario.response());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
