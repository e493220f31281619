package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPackets;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;

import java.util.List;
import java.util.Optional;

/**
 * The optional properties of a broker's answers to a client that announced a Maximum Packet Size (MQTT 5.0: the Reason
 * String and User Property of CONNACK, SUBACK, UNSUBACK and the acknowledgements of PUBLISH): a property that would
 * make the answer larger than the client accepts is left out. The size of a frame is all its bytes.
 */
public final class AnswerSizeCheck {

    private AnswerSizeCheck() {
    }

    /**
     * Every answer of the type the broker sent on the connection fits within the maximum or, when it does not, carries
     * no such property; judged on the answers that came, inconclusive when none came. A broker sends PUBREL only for
     * what it delivers at QoS 2: with a lower QoS granted, as the standard allows, the rule does not arise.
     */
    public static Outcome propertyLeftOutBeyond(String requirement, List<Evidence> connection, PacketType answer,
                                                MqttPropertyId property, int maximum) {
        List<Evidence> answers = connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(MqttPacket.class).filter(p -> p.type() == answer).isPresent()).toList();
        if (answers.isEmpty() && answer == PacketType.PUBREL) {
            Optional<Outcome> notSentAtQos2 = FirstDeliveryCheck.grantedBelow(connection, 2);
            if (notSentAtQos2.isPresent()) {
                return notSentAtQos2.get();
            }
        }
        if (answers.isEmpty()) {
            return Outcome.inconclusive("the broker sent no " + answer + " on connection " + label(connection)
                    + ", so no " + answer + " of its can be judged against the " + maximum + "-byte Maximum Packet Size",
                    connection);
        }
        List<Finding> findings = answers.stream().filter(e -> e.bytes().length > maximum && carries(e, property))
                .map(e -> Finding.of(requirement, "expected the broker to leave the " + property + " out of a " + answer
                        + " it could not fit within the " + maximum + " bytes connection " + e.connection()
                        + " announced as its Maximum Packet Size; it sent " + e.bytes().length + " bytes: " + e.decoded(), e))
                .toList();
        return Outcome.judged(findings, answers);
    }

    /**
     * The DISCONNECT the broker sent on the connection, judged as any other answer; a broker may close a connection
     * without one, and then there is none to judge.
     */
    public static Outcome disconnectPropertyLeftOutBeyond(String requirement, List<Evidence> connection,
                                                          MqttPropertyId property, int maximum, boolean closedByBroker) {
        boolean sent = connection.stream().anyMatch(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Disconnect.class).isPresent());
        if (!sent && closedByBroker) {
            return Outcome.notApplicable("the broker closed connection " + label(connection) + " without a DISCONNECT, as "
                    + "it may, so no DISCONNECT of its can be judged", connection);
        }
        if (!sent) {
            return Outcome.inconclusive("the broker neither sent a DISCONNECT on connection " + label(connection)
                    + " nor closed it, so no DISCONNECT of its can be judged", connection);
        }
        return propertyLeftOutBeyond(requirement, connection, PacketType.DISCONNECT, property, maximum);
    }

    private static boolean carries(Evidence e, MqttPropertyId property) {
        return e.as(MqttPacket.class).map(MqttPackets::properties).filter(p -> p.first(property).isPresent()).isPresent();
    }

    private static String label(List<Evidence> connection) {
        return connection.isEmpty() ? "(none recorded)" : connection.get(0).connection();
    }
}
