package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.RefusedInputCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tasks and the question about what a broker does with data that arrives behind a CONNECT it must refuse: a patch
 * sends both in one write, an admitted station publishes a control, and a monitor looks for what the broker kept.
 */
public final class RefusedConnectInput {

    private static final String PATCH = "patch";
    private static final String STATION = "station";
    private static final String MONITOR = "monitor";

    private final BrokerScenario scenario;
    private String control;

    public RefusedConnectInput(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String patchTopic() {
        return scenario.topic("readings/refused");
    }

    private String stationTopic() {
        return scenario.topic("readings/admitted");
    }

    /**
     * In one write, a CONNECT every broker must refuse (3.1.1: no client identifier while asking to keep the session;
     * 5.0: the reserved connect flag set) and a retained QoS 0 reading behind it; then waits, bounded, for the close.
     */
    public void sendRefusedConnectWithReading(String version) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.open(PATCH, v);
        Connect refused = v == MqttVersion.V3_1_1
                ? ConnectWithClientId.of(scenario.connectPacket(PATCH, v, Session.PERSISTENT, 60), "")
                : scenario.connectPacket(PATCH, v, Session.CLEAN, 60).withReservedFlag(true);
        Publish reading = Publish.of(patchTopic(), 0, true, 0,
                scenario.newPayload("reading behind a refused CONNECT").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream write = new ByteArrayOutputStream();
        write.writeBytes(MqttEncoder.encode(refused, v));
        write.writeBytes(MqttEncoder.encode(reading, v));
        scenario.markRetained(patchTopic());
        scenario.sendRaw(PATCH, write.toByteArray(), refused + " and " + reading + " in one write");
        scenario.closedByBroker(PATCH, scenario.response());
    }

    /** An admitted station publishes a retained reading to a topic of its own, the control a new subscriber must receive. */
    public void stationPublishesRetained(String version) {
        control = scenario.newPayload("retained reading of an admitted client");
        scenario.connect(STATION, MqttVersion.parse(version), Session.CLEAN);
        scenario.publish(STATION, stationTopic(), control, 1, true);
    }

    /**
     * A monitor subscribes to the patch's topic and then to the station's, so that anything stored for the first comes
     * before the control; judged once the control arrived or the wait ended.
     */
    public Outcome onlyTheStationsKept(String requirement) {
        scenario.subscribed(MONITOR, scenario.versionOf(STATION), patchTopic(), 1);
        scenario.subscribe(MONITOR, stationTopic(), 1);
        List<Evidence> deliveries = scenario.deliveriesUntil(MONITOR, scenario.topic("readings/+"), control);
        List<Evidence> offending = scenario.evidenceOf(PATCH);
        boolean refused = scenario.client(PATCH).isClosed() || offending.stream()
                .anyMatch(e -> e.as(org.iomt.standards.mqtt.Connack.class).filter(c -> c.reasonCode() != 0).isPresent());
        String subscriber = scenario.evidenceOf(MONITOR).stream().map(Evidence::connection).findFirst().orElse(MONITOR);
        return RefusedInputCheck.judge(requirement, offending, refused, deliveries, patchTopic(), control, subscriber);
    }
}
