package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.CarriedAliasCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tasks and questions about a client's Topic Alias outliving its connection (MQTT 5.0): a patch sets an alias up on
 * one connection, closes it, and on its next connection, under the same client identifier, publishes by the alias
 * alone while a monitor watches the topic the alias stood for.
 */
public final class AliasesAcrossConnections {

    private static final MqttVersion V5 = MqttVersion.V5_0;
    /** The role of the patch's second connection; it connects under the patch's client identifier. */
    private static final String RECONNECTED = "reconnected patch";
    private static final int ALIAS = 1;

    private final BrokerScenario scenario;
    private String setUp;
    private Evidence aliased;
    private String control;

    public AliasesAcrossConnections(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    public void watchReadings(String monitor) {
        scenario.connect(monitor, V5, Session.CLEAN);
        scenario.subscribe(monitor, readings(), 1);
    }

    /**
     * Connects the patch, publishes a reading with the topic name and Topic Alias 1 (a broker that allows no alias
     * leaves the scenario inconclusive), and ends the connection with a DISCONNECT.
     */
    public void setUpAliasOnAnEndedConnection(String patch) {
        Connack connack = scenario.connect(patch, V5, Session.CLEAN);
        int maximum = connack.properties().first(MqttPropertyId.TOPIC_ALIAS_MAXIMUM).map(MqttProperty::intValue).orElse(0);
        if (maximum < ALIAS) {
            throw new Inconclusive("the broker's CONNACK on the " + patch + "'s connection allows no Topic Alias (Topic Alias "
                    + "Maximum absent or 0), so no alias can be set up to outlive its connection");
        }
        setUp = scenario.newPayload("reading that sets up the alias");
        scenario.publish(patch, readings(), setUp, 1, false, BrokerScenario.property(MqttPropertyId.TOPIC_ALIAS, ALIAS));
        scenario.disconnect(patch);
    }

    /**
     * Connects again under the patch's client identifier and publishes a reading at QoS 1 with an empty topic name and
     * the alias of the ended connection; then the monitor publishes a control reading to the topic.
     */
    public void publishByTheOldAlias(String patch, String monitor) {
        scenario.connect(RECONNECTED, scenario.connectPacket(patch, V5, Session.CLEAN, 60));
        String payload = scenario.newPayload("reading sent by the old alias");
        aliased = scenario.send(RECONNECTED, new Publish(0x02, "", scenario.nextPacketId(),
                BrokerScenario.property(MqttPropertyId.TOPIC_ALIAS, ALIAS), payload.getBytes(StandardCharsets.UTF_8)));
        scenario.closedByBroker(RECONNECTED, scenario.response());
        control = scenario.newPayload("control reading");
        scenario.publish(monitor, readings(), control, 1, false);
    }

    public Outcome aliasNotCarried(String requirement, String monitor) {
        List<Evidence> deliveries = scenario.deliveriesUntil(monitor, readings(), control);
        return CarriedAliasCheck.notCarried(requirement, scenario.evidenceOf(RECONNECTED), aliased, deliveries, setUp, control);
    }
}
