package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.PingResp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An MQTT 5.0 broker closed a connection to which a CONNACK or DISCONNECT reason code of 0x80 or above applied (MQTT
 * 5.0 §4.13.2), within the bound; a close counts only beside a control connection the broker admitted and kept
 * answering, since a broker that drops every connection closes this one too. Where the broker gave no failure code
 * and kept the connection, the rule's condition did not arise.
 */
public final class FailureCodeCloseCheck {

    /** The lowest reason code that ends a connection. */
    private static final int FAILURE = 0x80;

    private FailureCodeCloseCheck() {
    }

    /**
     * @param offending      what the client sent that a failure code answers
     * @param connection     every entry of the connection, in order
     * @param closedByBroker whether the broker closed the connection within the bound
     * @param bound          how long the suite waited
     * @param control        every entry of a well-formed client's connection that pinged the broker after the close
     */
    public static Outcome judge(String requirement, Evidence offending, List<Evidence> connection, boolean closedByBroker,
                                Duration bound, List<Evidence> control) {
        List<Evidence> after = connection.stream().filter(e -> e.seq() >= offending.seq()).toList();
        Optional<Evidence> failure = after.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && code(e).filter(c -> c >= FAILURE).isPresent()).findFirst();
        if (!closedByBroker) {
            return failure.map(f -> Outcome.judged(List.of(new Finding(requirement, "expected the broker to close connection "
                            + offending.connection() + " after its " + f.decoded() + ", a reason code of 0x80 or above; it "
                            + "was still open " + bound.toMillis() + " ms later", after)), after))
                    .orElseGet(() -> Outcome.notApplicable("the broker neither sent a CONNACK or DISCONNECT with a reason "
                            + "code of 0x80 or above after " + offending.decoded() + " on connection " + offending.connection()
                            + " nor closed it within " + bound.toMillis() + " ms: no failure code applied that the close is "
                            + "owed to (a broker may take an Authentication Method up; whether it should have refused the "
                            + "packet is the rule of that packet's)", after));
        }
        List<Evidence> cited = new ArrayList<>(after);
        Optional<Evidence> admitted = control.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).filter(c -> c.reasonCode() == 0).isPresent()).findFirst();
        Optional<Evidence> answered = control.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(PingResp.class).isPresent()).findFirst();
        if (admitted.isEmpty() || answered.isEmpty()) {
            cited.addAll(control);
            return Outcome.inconclusive("the broker closed connection " + offending.connection() + " after "
                    + failure.map(Evidence::decoded).orElse(offending.decoded()) + ", but connection "
                    + control.stream().map(Evidence::connection).findFirst().orElse("(none opened)") + " was not "
                    + (admitted.isEmpty() ? "admitted" : "answered its ping") + " either, so the close may not be an answer "
                    + "to the failure", cited);
        }
        cited.add(admitted.get());
        cited.add(answered.get());
        return Outcome.judged(List.of(), cited);
    }

    private static Optional<Integer> code(Evidence e) {
        return e.as(Connack.class).map(Connack::reasonCode).or(() -> e.as(Disconnect.class).map(Disconnect::reasonCode));
    }
}
