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
 * Whether a broker refused and closed a connection whose CONNECT asks for a will it cannot carry: a Will QoS above
 * its Maximum QoS, or Will Retain without retained messages (MQTT 5.0 §3.2.2.3.4, §3.2.2.3.5). The CONNACK code it
 * should send is not judged; admitting the connection, or leaving it open, fails. A refusal counts only beside a
 * control connection with a will the broker can carry, admitted on the same listener.
 */
public final class UnsupportedWillCheck {

    private UnsupportedWillCheck() {
    }

    /**
     * @param offending      the CONNECT with the will the broker cannot carry
     * @param connection     every entry of its connection, in order
     * @param closedByBroker whether the broker closed that connection within the bound
     * @param bound          how long the suite waited for the close
     * @param control        every entry of the control connection, whose CONNECT has a will the broker can carry
     */
    public static Outcome judge(String requirement, Evidence offending, List<Evidence> connection, boolean closedByBroker,
                                Duration bound, List<Evidence> control) {
        List<Evidence> cited = new ArrayList<>(connection.stream().filter(e -> e.seq() >= offending.seq()).toList());
        Optional<Connack> answer = cited.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE)
                .flatMap(e -> e.as(Connack.class).stream()).findFirst();
        String what = offending.decoded() + " on connection " + offending.connection();
        if (answer.filter(c -> c.reasonCode() == 0).isPresent()) {
            return fail(requirement, "expected the broker to refuse " + what + "; it admitted it with a successful CONNACK",
                    cited);
        }
        Optional<Evidence> admitted = control.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).filter(c -> c.reasonCode() == 0).isPresent()).findFirst();
        if (admitted.isEmpty()) {
            cited.addAll(control);
            return Outcome.inconclusive("the broker did not admit " + what + ", but it did not admit the control connection "
                    + control.stream().map(Evidence::connection).findFirst().orElse("(none opened)") + ", whose will it "
                    + "can carry, either, so the refusal may not be an answer to the will", cited);
        }
        cited.add(admitted.get());
        if (closedByBroker) {
            return Outcome.judged(List.of(), cited);
        }
        return fail(requirement, "expected the broker to close the connection after refusing " + what
                + answer.map(c -> " (CONNACK code 0x" + Integer.toHexString(c.reasonCode()) + ")").orElse(" (no CONNACK came)")
                + "; it was still open " + bound.toMillis() + " ms later", cited);
    }

    private static Outcome fail(String requirement, String message, List<Evidence> cited) {
        return Outcome.judged(List.of(new Finding(requirement, message, cited)), cited);
    }
}
