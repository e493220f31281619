package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.AnswerSizeCheck;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Tasks and questions about the size of the broker's answers to an MQTT 5.0 client that accepts only small packets:
 * room for any answer without optional properties, not for a long Reason String or User Property. A DISCONNECT is
 * an answer too, to a packet that breaks the rules.
 */
public final class AnswerSizes {

    /** The Maximum Packet Size the client announces: enough for its own short readings sent back to it. */
    static final int SMALL_PACKETS = 128;
    /** The optional properties of an answer, by the name the features give them. */
    private static final Map<String, MqttPropertyId> PROPERTIES = Map.of("Reason String", MqttPropertyId.REASON_STRING,
            "User Property", MqttPropertyId.USER_PROPERTY);

    private final BrokerScenario scenario;
    private boolean closedByBroker;

    public AnswerSizes(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /** Connects the role announcing the small Maximum Packet Size: the CONNACK is the first answer it applies to. */
    public void connectAcceptingSmallPackets(String role) {
        Connect connect = scenario.connectPacket(role, MqttVersion.V5_0, Session.CLEAN, 60);
        scenario.connect(role, connect.withProperties(connect.properties().with(MqttPropertyId.MAXIMUM_PACKET_SIZE, SMALL_PACKETS)));
    }

    /**
     * The role makes the broker send it every kind of answer: it subscribes to its own topic at QoS 2 (SUBACK),
     * publishes there at QoS 1 (PUBACK) and QoS 2 (PUBREC, PUBCOMP), takes its QoS 2 reading back (PUBREL) and
     * unsubscribes (UNSUBACK). Each answer is awaited, bounded, but none is required: the question judges those that came.
     */
    public void drawEveryAnswer(String role) {
        String readings = scenario.topic("readings");
        scenario.subscribe(role, readings, 2);
        scenario.drawAcknowledgements(role, readings, true);
    }

    /**
     * The role sends a PUBLISH whose topic name is empty and which carries no Topic Alias, a Protocol Error the broker
     * may answer with a DISCONNECT; waits, bounded, for the broker to close the connection.
     */
    public void sendReadingWithoutTopic(String role) {
        scenario.send(role, new Publish(0x00, "", 0, MqttProperties.EMPTY,
                scenario.newPayload("reading without topic").getBytes(StandardCharsets.UTF_8)));
        closedByBroker = scenario.closedByBroker(role, scenario.response());
    }

    /** Every answer of the named type fits the client's limit, or else carries no property of the named kind. */
    public Outcome propertyLeftOutBeyondLimit(String requirement, String role, String answer, String property) {
        MqttPropertyId id = PROPERTIES.get(property);
        if (id == null) {
            throw new IllegalArgumentException("no answer property called " + property);
        }
        PacketType type = PacketType.valueOf(answer);
        return type == PacketType.DISCONNECT
                ? AnswerSizeCheck.disconnectPropertyLeftOutBeyond(requirement, scenario.evidenceOf(role), id, SMALL_PACKETS,
                        closedByBroker)
                : AnswerSizeCheck.propertyLeftOutBeyond(requirement, scenario.evidenceOf(role), type, id, SMALL_PACKETS);
    }
}
