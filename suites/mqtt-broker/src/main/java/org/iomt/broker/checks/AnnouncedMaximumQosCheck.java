package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.util.List;
import java.util.Optional;

/**
 * Whether the CONNACK of a broker that lacks QoS 2 (or QoS 1) announces, as Maximum QoS, the highest QoS it supports
 * (MQTT 5.0 §3.2.2.3.4): a CONNACK without the property says QoS 2 is supported.
 */
public final class AnnouncedMaximumQosCheck {

    /** The QoS a CONNACK without Maximum QoS announces. */
    private static final int UNLIMITED = 2;

    private AnnouncedMaximumQosCheck() {
    }

    /**
     * @param supported  the highest QoS the broker supports, as the profile states it (below 2)
     * @param connection every entry of the connection whose CONNACK is judged
     */
    public static Outcome judge(String requirement, int supported, List<Evidence> connection) {
        String name = connection.stream().map(Evidence::connection).findFirst().orElse("(none opened)");
        Optional<Evidence> answer = connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).isPresent()).findFirst();
        if (answer.isEmpty()) {
            return Outcome.inconclusive("the broker sent no CONNACK on connection " + name + ", so there is no Maximum QoS "
                    + "to judge", connection);
        }
        Connack connack = answer.get().as(Connack.class).orElseThrow();
        List<Evidence> cited = List.of(answer.get());
        if (connack.reasonCode() != 0) {
            return Outcome.inconclusive("the broker refused the connection " + name + " with CONNACK code 0x"
                    + Integer.toHexString(connack.reasonCode()) + ", so it announced nothing to an admitted client", cited);
        }
        Optional<Integer> announced = connack.properties().first(MqttPropertyId.MAXIMUM_QOS).map(MqttProperty::intValue);
        if (announced.filter(q -> q == supported).isPresent()) {
            return Outcome.judged(List.of(), cited);
        }
        String saw = announced.map(q -> "it announces Maximum QoS " + q)
                .orElse("it carries no Maximum QoS, which announces QoS " + UNLIMITED);
        return Outcome.judged(List.of(new Finding(requirement, "expected the CONNACK on connection " + name
                + " to announce Maximum QoS " + supported + ", the highest QoS the broker supports; " + saw, cited)), cited);
    }
}
