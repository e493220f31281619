package org.iomt.broker.actors;

import org.iomt.broker.checks.PublishFlowCheck;
import org.iomt.broker.checks.ReasonCodeCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.nio.charset.StandardCharsets;

/** Tasks and questions about the acknowledgements a broker owes a client that publishes at QoS 1 or 2. */
public final class PublishFlows {

    private final BrokerScenario scenario;
    private Evidence publish;

    public PublishFlows(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /** Publishes a reading from a raw client and waits, bounded, for the last acknowledgement of its flow. */
    public void publishAndWatchFlow(String role, int qos) {
        int id = scenario.nextPacketId();
        publish = scenario.send(role, Publish.of(scenario.topic("readings"), qos, false, id,
                scenario.newPayload("reading").getBytes(StandardCharsets.UTF_8)));
        PacketType last = qos == 1 ? PacketType.PUBACK : PacketType.PUBCOMP;
        scenario.await(scenario.client(role), PublishAck.class, a -> a.packetId() == id && (a.type() == last || a.type() == PacketType.PUBACK));
    }

    /** The PUBLISH was answered with the named acknowledgement: PUBACK, PUBREC or PUBCOMP. */
    public Outcome acknowledgedWith(String requirement, String role, String answer) {
        return PublishFlowCheck.acknowledged(requirement, publish, scenario.evidenceOf(role), PacketType.valueOf(answer),
                scenario.response());
    }

    /** Every PUBACK the broker sent the role carried a reason code defined for it. */
    public Outcome acknowledgementCodeDefined(String requirement, String role) {
        return ReasonCodeCheck.judge(requirement, PacketType.PUBACK, scenario.evidenceOf(role));
    }
}
