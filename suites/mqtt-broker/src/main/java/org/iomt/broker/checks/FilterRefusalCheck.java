package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The broker refused a SUBSCRIBE to a topic filter the topic rules forbid: a failure code for it in the SUBACK, or the
 * connection closed (a 5.0 broker may send a DISCONNECT first). A refusal counts only beside a control connection
 * whose SUBSCRIBE to a well-formed filter the broker granted; granting the forbidden filter, or leaving it
 * unanswered on an open connection, fails whatever the control shows.
 */
public final class FilterRefusalCheck {

    /** SUBACK codes from this value up report a failure (3.1.1 §3.9.3, 5.0 §3.9.3). */
    private static final int FAILURE = 0x80;

    private FilterRefusalCheck() {
    }

    /**
     * @param offending      the SUBSCRIBE of the forbidden filter
     * @param connection     every entry of its connection, in order
     * @param closedByBroker whether the broker closed that connection within the bound
     * @param bound          how long the suite waited
     * @param control        every entry of the control connection, whose SUBSCRIBE the broker must have granted
     */
    public static Outcome judge(String requirement, Evidence offending, List<Evidence> connection, boolean closedByBroker,
                                Duration bound, List<Evidence> control) {
        int id = offending.as(Subscribe.class).orElseThrow().packetId();
        List<Evidence> after = connection.stream().filter(e -> e.seq() > offending.seq()).toList();
        List<Evidence> cited = new ArrayList<>(List.of(offending));
        cited.addAll(after);
        Optional<Evidence> answer = after.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Suback.class).filter(s -> s.packetId() == id).isPresent()).findFirst();
        Optional<Integer> code = answer.flatMap(e -> e.as(Suback.class)).map(Suback::reasonCodes)
                .filter(codes -> !codes.isEmpty()).map(codes -> codes.get(0));
        if (code.isPresent() && code.get() < FAILURE) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker to refuse " + offending.decoded()
                    + " on connection " + offending.connection() + "; its SUBACK granted QoS " + code.get(), cited)), cited);
        }
        if (code.isEmpty() && !closedByBroker) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker to refuse " + offending.decoded()
                    + " on connection " + offending.connection() + " with a failure code or by closing; it sent "
                    + (answer.isPresent() ? "a SUBACK without codes" : "no SUBACK") + " and the connection was still open "
                    + bound.toMillis() + " ms later", cited)), cited);
        }
        Optional<Evidence> granted = control.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Suback.class).filter(s -> !s.reasonCodes().isEmpty() && s.reasonCodes().get(0) < FAILURE).isPresent())
                .findFirst();
        if (granted.isEmpty()) {
            cited.addAll(control);
            return Outcome.inconclusive("the broker refused " + offending.decoded() + " on connection "
                    + offending.connection() + ", but it did not grant the well-formed subscription of connection "
                    + control.stream().map(Evidence::connection).findFirst().orElse("(none opened)")
                    + " either, so the refusal may not be an answer to the filter", cited);
        }
        cited.add(granted.get());
        return Outcome.judged(List.of(), cited);
    }
}
