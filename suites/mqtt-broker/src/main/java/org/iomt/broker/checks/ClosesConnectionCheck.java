package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Disconnect;

import java.time.Duration;
import java.util.List;

/**
 * After a packet the broker must not accept, the broker closed the network connection within the bound: a 5.0
 * DISCONNECT with a failure reason before closing is fine, carrying on is not.
 */
public final class ClosesConnectionCheck {

    private ClosesConnectionCheck() {
    }

    /**
     * @param offending      the packet the broker must answer by closing
     * @param connection     every entry of the connection, in order
     * @param closedByBroker whether the broker closed the connection within the bound
     * @param bound          how long the suite waited
     */
    public static Outcome judge(String requirement, Evidence offending, List<Evidence> connection, boolean closedByBroker,
                                Duration bound) {
        List<Evidence> after = connection.stream().filter(e -> e.seq() >= offending.seq()).toList();
        boolean accepted = after.stream().anyMatch(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).filter(c -> c.reasonCode() == 0).isPresent());
        if (accepted) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker to close connection "
                    + offending.connection() + " after " + offending.decoded() + "; it accepted it with a successful CONNACK",
                    after)), after);
        }
        boolean toldSuccess = after.stream().anyMatch(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Disconnect.class).filter(d -> d.reasonCode() < 0x80).isPresent());
        if (!closedByBroker || toldSuccess) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker to close connection "
                    + offending.connection() + " after " + offending.decoded() + "; it was still open " + bound.toMillis()
                    + " ms later", after)), after);
        }
        // the close itself may be recorded a moment after the broker was seen to close: the offending packet is cited
        List<Evidence> judged = new java.util.ArrayList<>(List.of(offending));
        after.stream().filter(e -> !e.equals(offending)).forEach(judged::add);
        return Outcome.judged(List.of(), judged);
    }

    /**
     * As {@link #judge}, for an offence the broker met before it had admitted the connection (a malformed CONNECT, a
     * packet before any CONNECT): the broker's closing is evidence only beside a control, a well-formed CONNECT of
     * the same version that the same listener admitted in the same scenario, since a broker that closes every such
     * connection closes this one too. Accepting the offence fails whatever the control shows.
     *
     * @param control every entry of the control client's connection, in order
     */
    public static Outcome judgeBesideAdmitted(String requirement, Evidence offending, List<Evidence> connection,
                                              boolean closedByBroker, Duration bound, List<Evidence> control) {
        Outcome closing = judge(requirement, offending, connection, closedByBroker, bound);
        if (!closing.findings().isEmpty()) {
            return closing;
        }
        java.util.Optional<Evidence> admitted = control.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).filter(c -> c.reasonCode() == 0).isPresent()).findFirst();
        if (admitted.isEmpty()) {
            List<Evidence> cited = new java.util.ArrayList<>(closing.judged());
            cited.addAll(control);
            return Outcome.inconclusive("the broker closed connection " + offending.connection() + " after "
                    + offending.decoded() + ", but it did not admit the well-formed CONNECT of connection "
                    + control.stream().map(Evidence::connection).findFirst().orElse("(none opened)") + " either ("
                    + answerTo(control) + "), so the closing may not be the broker's answer to the offence", cited);
        }
        List<Evidence> judged = new java.util.ArrayList<>(closing.judged());
        judged.add(admitted.get());
        return Outcome.judged(List.of(), judged);
    }

    /** What the control connection got for its CONNECT. */
    private static String answerTo(List<Evidence> control) {
        return control.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Connack.class).isPresent())
                .map(e -> "CONNACK reason " + e.as(Connack.class).orElseThrow().reasonCode()).findFirst()
                .orElse("no CONNACK; " + (control.isEmpty() ? "nothing was recorded" : control.get(control.size() - 1).decoded()));
    }
}
