package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.SharedRefusalCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tasks and questions about two MQTT 5.0 members of one Shared Subscription to the scenario's readings, which
 * acknowledge nothing on their own: the scenario decides how the member chosen for a reading answers it.
 */
public final class SharedMembers {

    private static final String PATCH = "patch";
    private static final List<String> MEMBERS = List.of("monitor1", "monitor2");
    /** PUBACK reason code Unspecified error (MQTT 5.0 §3.4.2.1), the first failure code. */
    private static final int UNSPECIFIED_ERROR = 0x80;
    /** How many readings follow a refusal: a broker choosing members at random sends one to each with 15/16 odds. */
    private static final int CONTROLS = 4;
    /** How long one member is watched before the other, while the suite waits for the reading. */
    private static final Duration POLL = Duration.ofMillis(20);

    private final BrokerScenario scenario;
    private Optional<Evidence> delivery = Optional.empty();
    private Optional<Evidence> refusal = Optional.empty();
    private String refuser;

    public SharedMembers(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /** Both members connect with a clean session and join the Shared Subscription at the QoS given. */
    public void joinBoth(int qos) {
        for (String member : MEMBERS) {
            scenario.connect(member, MqttVersion.V5_0, Session.CLEAN);
            scenario.withholdAcknowledgements(member);
            scenario.subscribe(member, "$share/monitors/" + readings(), qos);
        }
    }

    /** The patch publishes a reading at QoS 1; the member that receives it answers with a PUBACK of reason code 0x80. */
    public void refuseNextReading() {
        scenario.connect(PATCH, MqttVersion.V5_0, Session.CLEAN);
        String reading = scenario.newPayload("reading");
        scenario.publish(PATCH, readings(), reading, 1, false);
        delivery = firstDelivery(reading);
        delivery.ifPresent(d -> {
            int id = d.as(Publish.class).orElseThrow().packetId();
            refusal = Optional.of(scenario.send(refuser, PublishAck.puback(id).withReason(UNSPECIFIED_ERROR, MqttProperties.EMPTY)));
        });
    }

    /**
     * The patch publishes a few more readings; the refused reading did not reach the other member, judged beside a
     * later reading that did.
     */
    public Outcome refusedNotOfferedAgain(String requirement) {
        String other = MEMBERS.stream().filter(m -> !m.equals(refuser)).findFirst().orElseThrow();
        List<String> controls = new ArrayList<>();
        if (refusal.isPresent()) {
            for (int i = 0; i < CONTROLS; i++) {
                String control = scenario.newPayload("later reading");
                controls.add(control);
                scenario.publish(PATCH, readings(), control, 1, false);
            }
            awaitAny(scenario.client(other), controls);
        }
        return SharedRefusalCheck.notOfferedAgain(requirement, delivery, refusal, scenario.deliveredSoFar(other, readings()),
                controls, scenario.response());
    }

    /** The PUBLISH of the payload that reached a member first, watching both in turn, bounded; notes which member. */
    private Optional<Evidence> firstDelivery(String payload) {
        long deadline = System.nanoTime() + scenario.response().toNanos();
        while (System.nanoTime() < deadline) {
            for (String member : MEMBERS) {
                Optional<Evidence> got = withPayload(scenario.deliveredSoFar(member, readings()), payload);
                if (got.isPresent()) {
                    refuser = member;
                    return got;
                }
                awaitAny(scenario.client(member), List.of(payload), POLL);
            }
        }
        return Optional.empty();
    }

    private void awaitAny(MqttTestClient client, List<String> payloads) {
        awaitAny(client, payloads, scenario.response());
    }

    private static void awaitAny(MqttTestClient client, List<String> payloads, Duration bound) {
        try {
            client.awaitReceived(list -> list.stream().anyMatch(e -> withPayload(List.of(e), payloads)), bound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean withPayload(List<Evidence> evidence, List<String> payloads) {
        return payloads.stream().anyMatch(p -> withPayload(evidence, p).isPresent());
    }

    private static Optional<Evidence> withPayload(List<Evidence> evidence, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return evidence.stream().filter(e -> e.as(Publish.class).filter(p -> Arrays.equals(p.payload(), bytes)).isPresent())
                .findFirst();
    }
}
