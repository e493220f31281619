package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.RefusedDeliveryCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.List;

/**
 * Tasks and questions about a QoS 1 message a monitor with a persistent session refuses with a PUBACK reason code of
 * 0x80 or above, and what the broker sends once the monitor resumes the session.
 */
public final class RefusedDelivery {

    private static final String PUBLISHER = "patch";
    /** The PUBACK reason code Unspecified error (MQTT 5.0 §3.4.2.1). */
    private static final int UNSPECIFIED_ERROR = 0x80;

    private final BrokerScenario scenario;
    private String payload;
    private List<Evidence> before = List.of();
    private String control;

    public RefusedDelivery(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /**
     * The monitor opens a persistent session and subscribes to the readings at QoS 1; a patch publishes one reading,
     * which the monitor answers with a PUBACK of reason code 0x80, then pings the broker so that the PUBACK has been
     * read before the connection ends.
     */
    public void monitorRefusing(String role, String version) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.connect(role, v, Session.PERSISTENT);
        scenario.subscribe(role, readings(), 1);
        scenario.withholdAcknowledgements(role);
        scenario.connect(PUBLISHER, v, Session.CLEAN);
        payload = scenario.newPayload("reading");
        scenario.publish(PUBLISHER, readings(), payload, 1, false);
        scenario.deliveries(role, readings(), 1, scenario.response()).stream().findFirst()
                .flatMap(e -> e.as(Publish.class)).filter(p -> p.qos() > 0).ifPresent(p -> {
                    scenario.send(role, PublishAck.puback(p.packetId()).withReason(UNSPECIFIED_ERROR, MqttProperties.EMPTY));
                    scenario.send(role, new PingReq(0));
                    scenario.await(scenario.client(role), PingResp.class, r -> true);
                });
    }

    /**
     * The monitor's connection drops; it comes back resuming its session, and the patch then publishes a control
     * reading, which the monitor awaits, bounded.
     */
    public void vanishAndResume(String role) {
        scenario.dropConnection(role);
        before = scenario.evidenceOf(role);
        scenario.connect(role, scenario.versionOf(role), Session.PERSISTENT);
        control = scenario.newPayload("control reading");
        scenario.publish(PUBLISHER, readings(), control, 1, false);
        scenario.deliveriesUntil(role, readings(), control);
    }

    public Outcome notSentAgain(String requirement, String role) {
        return RefusedDeliveryCheck.notSentAgain(requirement,
                new RefusedDeliveryCheck.Flow(before, scenario.evidenceOf(role), payload, control));
    }
}
