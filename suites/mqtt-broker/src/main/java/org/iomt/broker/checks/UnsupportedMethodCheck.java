package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a broker answered a CONNECT naming an Authentication Method (MQTT 5.0 §4.12): a broker that does not support the
 * method may refuse it with a CONNACK, and must close the connection; a broker that takes the method up (an AUTH, or a
 * successful CONNACK naming the method) is outside the rule. A close counts only beside a well-formed CONNECT the same
 * listener admitted, since a broker that closes every connection closes this one too.
 */
public final class UnsupportedMethodCheck {

    private UnsupportedMethodCheck() {
    }

    /**
     * @param offending      the CONNECT naming the method
     * @param method         the Authentication Method it named
     * @param connection     every entry of the connection, in order
     * @param closedByBroker whether the broker closed the connection within the bound
     * @param bound          how long the suite waited
     * @param control        every entry of a well-formed MQTT 5.0 client's connection on the same listener
     */
    public static Outcome judge(String requirement, Evidence offending, String method, List<Evidence> connection,
                                boolean closedByBroker, Duration bound, List<Evidence> control) {
        List<Evidence> after = connection.stream().filter(e -> e.seq() >= offending.seq()).toList();
        List<Evidence> fromBroker = after.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE).toList();
        Optional<Evidence> auth = fromBroker.stream().filter(e -> e.as(Auth.class).isPresent()).findFirst();
        if (auth.isPresent()) {
            return Outcome.notApplicable("the broker took up the Authentication Method \"" + method + "\" of connection "
                    + offending.connection() + " with " + auth.get().decoded() + "; the rule speaks of a method it does not "
                    + "support", after);
        }
        Optional<Evidence> admitted = fromBroker.stream()
                .filter(e -> e.as(Connack.class).filter(c -> c.reasonCode() == 0).isPresent()).findFirst();
        if (admitted.isPresent()) {
            Optional<String> named = admitted.get().as(Connack.class).orElseThrow().properties()
                    .first(MqttPropertyId.AUTHENTICATION_METHOD).map(MqttProperty::value).map(String::valueOf);
            if (named.filter(method::equals).isPresent()) {
                return Outcome.notApplicable("the broker admitted connection " + offending.connection() + " naming the "
                        + "Authentication Method \"" + method + "\" in its CONNACK, so it supports the method", after);
            }
            return fail(requirement, "expected the broker, which did not take up the Authentication Method \"" + method
                    + "\" of connection " + offending.connection() + ", to close the connection; it admitted it with "
                    + admitted.get().decoded() + " naming " + named.map(n -> "the method \"" + n + "\"").orElse("no method"), after);
        }
        if (!closedByBroker) {
            return fail(requirement, "expected the broker to close connection " + offending.connection() + " after "
                    + offending.decoded() + ", whose Authentication Method it did not take up; it was still open "
                    + bound.toMillis() + " ms later", after);
        }
        List<Evidence> cited = new ArrayList<>(after);
        Optional<Evidence> controlAdmitted = control.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).filter(c -> c.reasonCode() == 0).isPresent()).findFirst();
        if (controlAdmitted.isEmpty()) {
            cited.addAll(control);
            return Outcome.inconclusive("the broker closed connection " + offending.connection() + " after "
                    + offending.decoded() + ", but it did not admit the well-formed CONNECT of connection "
                    + control.stream().map(Evidence::connection).findFirst().orElse("(none opened)")
                    + " either, so the close may not be an answer to the Authentication Method", cited);
        }
        cited.add(controlAdmitted.get());
        return Outcome.judged(List.of(), cited);
    }

    private static Outcome fail(String requirement, String message, List<Evidence> cited) {
        return Outcome.judged(List.of(new Finding(requirement, message, cited)), cited);
    }
}
