package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A broker admitting an MQTT 5.0 client whose CONNECT named no Authentication Method names none in its CONNACK and sends
 * no AUTH (MQTT 5.0 §4.12): the CONNACK is judged as it came, the absence of AUTH up to a control message that the
 * client sent itself through the broker and received on the same connection.
 */
public final class UnaskedAuthenticationCheck {

    private UnaskedAuthenticationCheck() {
    }

    /**
     * @param connection every entry of the client's connection, in order
     * @param control    the control message's arrival on that connection, if it arrived
     */
    public static Outcome judge(String requirement, List<Evidence> connection, Optional<Evidence> control) {
        Optional<Evidence> connack = connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).isPresent()).findFirst();
        String name = connection.stream().map(Evidence::connection).findFirst().orElse("(none opened)");
        if (connack.isEmpty()) {
            return Outcome.inconclusive("the broker sent no CONNACK on connection " + name, connection);
        }
        List<Finding> findings = new ArrayList<>();
        connack.get().as(Connack.class).orElseThrow().properties().first(MqttPropertyId.AUTHENTICATION_METHOD).ifPresent(m ->
                findings.add(new Finding(requirement, "expected no Authentication Method in the CONNACK of connection " + name
                        + ", whose CONNECT named none; the broker sent " + connack.get().decoded(), List.of(connack.get()))));
        connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Auth.class).isPresent())
                .forEach(e -> findings.add(new Finding(requirement, "expected no AUTH on connection " + name + ", whose CONNECT "
                        + "named no Authentication Method; the broker sent " + e.decoded(), List.of(e))));
        if (findings.isEmpty() && control.isEmpty()) {
            return Outcome.inconclusive("the control message the client sent itself did not come back on connection " + name
                    + ", so the absence of an AUTH from the broker cannot be judged", connection);
        }
        List<Evidence> cited = new ArrayList<>(List.of(connack.get()));
        control.ifPresent(cited::add);
        findings.forEach(f -> f.evidence().stream().filter(e -> !cited.contains(e)).forEach(cited::add));
        return Outcome.judged(findings, cited);
    }
}
