package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a broker answered a CONNECT it cannot take under the specification: one naming another protocol, or one of a
 * protocol level it does not support. The versions ask different things of the broker, so each rule says what it
 * accepts ({@link Rule}); every verdict cites the offending CONNECT and what the broker sent after it on that
 * connection.
 */
public final class ConnectRefusalCheck {

    private ConnectRefusalCheck() {
    }

    /** What a rule asks of a broker that does not take the CONNECT. */
    public enum Rule {
        /**
         * MQTT 3.1.1, a protocol level the broker does not support: CONNACK with return code 0x01, then the
         * connection closed.
         */
        REFUSE_WITH_RETURN_CODE_1,
        /**
         * MQTT 3.1.1, another protocol name: the broker may disconnect or carry on under another specification, but
         * not under this one; a broker that stays silent may be doing the latter, which leaves the rule unjudged.
         */
        NOT_CARRIED_ON,
        /**
         * MQTT 5.0, a version or a protocol name the broker will not accept: a CONNACK with a failure code is optional,
         * closing the connection is not; a broker that accepts the CONNECT is outside the rule.
         */
        CLOSE_WHEN_REFUSING,
        /** MQTT 5.0, a CONNECT that does not match the packet's format: the connection closed, never accepted. */
        CLOSE_NEVER_ACCEPT,
        /** MQTT 3.1.1, a CONNECT that does not conform to its section: the connection closed without any CONNACK. */
        CLOSE_WITHOUT_CONNACK
    }

    /**
     * @param offending      the CONNECT the broker cannot take
     * @param connection     every entry of the connection, in order
     * @param closedByBroker whether the broker closed the connection within the bound
     * @param bound          how long the suite waited
     * @param control        every entry of a well-formed client's connection of the same version on the same listener:
     *                       a refusal passes only beside its admission, since a broker that closes every connection
     *                       refuses this one too
     */
    public static Outcome judge(String requirement, Rule rule, Evidence offending, List<Evidence> connection,
                                boolean closedByBroker, Duration bound, List<Evidence> control) {
        Outcome answer = judgeAnswer(requirement, rule, offending, connection, closedByBroker, bound);
        if (!answer.passed()) {
            return answer;
        }
        Optional<Evidence> admitted = control.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).filter(c -> c.reasonCode() == 0).isPresent()).findFirst();
        List<Evidence> cited = new ArrayList<>(answer.judged());
        if (admitted.isEmpty()) {
            cited.addAll(control);
            return Outcome.inconclusive("the broker refused " + offending.decoded() + " on connection " + offending.connection()
                    + ", but it did not admit the well-formed CONNECT of connection "
                    + control.stream().map(Evidence::connection).findFirst().orElse("(none opened)")
                    + " either, so the refusal may not be an answer to the protocol name or level", cited);
        }
        cited.add(admitted.get());
        return Outcome.judged(List.of(), cited);
    }

    private static Outcome judgeAnswer(String requirement, Rule rule, Evidence offending, List<Evidence> connection,
                                       boolean closedByBroker, Duration bound) {
        List<Evidence> after = connection.stream().filter(e -> e.seq() >= offending.seq()).toList();
        List<Evidence> cited = new ArrayList<>(List.of(offending));
        after.stream().filter(e -> !e.equals(offending)).forEach(cited::add);
        Optional<Connack> answer = after.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE)
                .flatMap(e -> e.as(Connack.class).stream()).findFirst();
        String what = offending.decoded();
        if (answer.filter(c -> c.reasonCode() == 0).isPresent()) {
            return rule == Rule.CLOSE_WHEN_REFUSING
                    ? Outcome.notApplicable("the broker accepted " + what + " with a successful CONNACK; the rule speaks "
                    + "of a broker that will not accept it", cited)
                    : fail(requirement, "expected the broker not to go on with " + what + "; it accepted it with a "
                    + "successful CONNACK", cited);
        }
        if (rule == Rule.REFUSE_WITH_RETURN_CODE_1 && answer.filter(c -> c.reasonCode() == 0x01).isEmpty()) {
            return fail(requirement, "expected CONNACK return code 0x01 (unacceptable protocol level) in answer to " + what
                    + "; " + answer.map(c -> "the broker sent return code 0x" + Integer.toHexString(c.reasonCode()))
                    .orElse("the broker sent no CONNACK" + (closedByBroker ? " before closing" : "")), cited);
        }
        if (rule == Rule.CLOSE_WITHOUT_CONNACK && answer.isPresent()) {
            return fail(requirement, "expected the broker to close the connection after " + what + " without any CONNACK; "
                    + "it sent one with return code 0x" + Integer.toHexString(answer.get().reasonCode()), cited);
        }
        if (closedByBroker) {
            return Outcome.judged(List.of(), cited);
        }
        if (rule == Rule.NOT_CARRIED_ON && answer.isEmpty()) {
            return Outcome.notApplicable("the broker neither answered " + what + " nor closed the connection within "
                    + bound.toMillis() + " ms: it may be carrying on under another specification, which the rule allows", cited);
        }
        return fail(requirement, "expected the broker to close the connection after " + what
                + answer.map(c -> " and its refusing CONNACK (code 0x" + Integer.toHexString(c.reasonCode()) + ")").orElse("")
                + "; it was still open " + bound.toMillis() + " ms later", cited);
    }

    private static Outcome fail(String requirement, String message, List<Evidence> cited) {
        return Outcome.judged(List.of(new Finding(requirement, message, cited)), cited);
    }
}
