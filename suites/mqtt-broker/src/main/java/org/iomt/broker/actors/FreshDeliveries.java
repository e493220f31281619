package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.FirstDeliveryCheck;
import org.iomt.broker.checks.FirstDeliveryCheck.Aspect;
import org.iomt.broker.checks.ReleaseCheck;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Tasks and questions about how the broker, as a sender, first sends each message to the subscriber of the
 * scenario's readings: flags and packet identifiers of a new message, and the PUBREL of a QoS 2 flow.
 */
public final class FreshDeliveries {

    private static final String PUBLISHER = "patch";
    private static final int READINGS = 3;

    private final BrokerScenario scenario;
    private final List<String> published = new ArrayList<>();

    public FreshDeliveries(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /** An ordinary patch, the library driver, publishes three readings at one QoS. */
    public void publishReadings(String subscriber, int qos) {
        scenario.library(PUBLISHER, scenario.versionOf(subscriber), Session.CLEAN);
        for (int i = 0; i < READINGS; i++) {
            String payload = scenario.newPayload("reading at QoS " + qos);
            scenario.publishWithLibrary(PUBLISHER, readings(), payload, qos, false);
            published.add(payload);
        }
    }

    /**
     * A raw patch sends a reading at a QoS above 0 with DUP 1, as a client does when it sends a message again whose
     * first attempt the broker may never have received, and completes its flow.
     */
    public void publishSentAgain(String subscriber, int qos) {
        scenario.connect(PUBLISHER, scenario.versionOf(subscriber), Session.CLEAN);
        int id = scenario.nextPacketId();
        String payload = scenario.newPayload("reading sent again");
        scenario.send(PUBLISHER, Publish.of(readings(), qos, false, id, payload.getBytes(StandardCharsets.UTF_8)).withDup(true));
        PacketType last = qos == 1 ? PacketType.PUBACK : PacketType.PUBCOMP;
        scenario.await(scenario.client(PUBLISHER), PublishAck.class, a -> a.type() == last && a.packetId() == id);
        published.add(payload);
    }

    /** The broker sent each reading the first time as the aspect says a new message of the given QoS is sent. */
    public Outcome sentAsNewMessages(String requirement, String subscriber, int qos, Aspect aspect) {
        scenario.deliveries(subscriber, readings(), published.size(), scenario.response());
        return FirstDeliveryCheck.newMessages(requirement, scenario.evidenceOf(subscriber), published, qos, aspect);
    }

    /** The broker released the first reading it sent at QoS 2 with a PUBREL of that reading's packet identifier. */
    public Outcome releasedUnderItsIdentifier(String requirement, String subscriber) {
        String payload = published.get(0);
        scenario.deliveries(subscriber, readings(), published.size(), scenario.response());
        scenario.await(scenario.client(subscriber), PublishAck.class, a -> a.type() == PacketType.PUBREL);
        return ReleaseCheck.releasedUnderItsIdentifier(requirement, scenario.evidenceOf(subscriber), payload, scenario.response());
    }
}
