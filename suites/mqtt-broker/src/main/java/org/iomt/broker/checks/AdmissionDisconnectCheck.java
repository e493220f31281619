package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Disconnect;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An MQTT 5.0 broker sends a DISCONNECT only on a connection it admitted with a CONNACK below 0x80 (MQTT 5.0 §3.14):
 * judged on a connection the broker ended without admitting it, where any DISCONNECT it sent came too early.
 */
public final class AdmissionDisconnectCheck {

    private AdmissionDisconnectCheck() {
    }

    /**
     * @param connection     every entry of the connection, in order
     * @param closedByBroker whether the broker closed the connection within the bound
     * @param bound          how long the suite waited
     */
    public static Outcome judge(String requirement, List<Evidence> connection, boolean closedByBroker, Duration bound) {
        String name = connection.stream().map(Evidence::connection).findFirst().orElse("(none opened)");
        Optional<Evidence> admitted = connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).filter(c -> c.reasonCode() < 0x80).isPresent()).findFirst();
        Optional<Evidence> early = connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Disconnect.class).isPresent()
                && admitted.map(a -> e.seq() < a.seq()).orElse(true)).findFirst();
        if (early.isPresent()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected no DISCONNECT from the broker on connection " + name
                    + " before a CONNACK below 0x80; it sent " + early.get().decoded()
                    + admitted.map(a -> " before " + a.decoded()).orElse(" and never admitted the connection"), connection)),
                    connection);
        }
        if (admitted.isPresent()) {
            return Outcome.notApplicable("the broker admitted connection " + name + " with " + admitted.get().decoded()
                    + ", so it ended no connection before admitting it", connection);
        }
        if (!closedByBroker) {
            return Outcome.inconclusive("the broker neither admitted nor closed connection " + name + " within "
                    + bound.toMillis() + " ms, so whether it would send a DISCONNECT before admitting it is not known",
                    connection);
        }
        return Outcome.judged(List.of(), connection);
    }
}
