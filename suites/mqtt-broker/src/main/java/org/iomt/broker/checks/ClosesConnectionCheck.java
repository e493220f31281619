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
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker to close the connection after "
                    + offending.decoded() + "; it accepted it with a successful CONNACK", after)), after);
        }
        boolean toldSuccess = after.stream().anyMatch(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Disconnect.class).filter(d -> d.reasonCode() < 0x80).isPresent());
        if (!closedByBroker || toldSuccess) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker to close the connection after "
                    + offending.decoded() + "; it was still open " + bound.toMillis() + " ms later", after)), after);
        }
        // the close itself may be recorded a moment after the broker was seen to close: the offending packet is cited
        List<Evidence> judged = new java.util.ArrayList<>(List.of(offending));
        after.stream().filter(e -> !e.equals(offending)).forEach(judged::add);
        return Outcome.judged(List.of(), judged);
    }
}
