package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPacket;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What an MQTT 5.0 broker did after it sent a DISCONNECT (MQTT 5.0 §3.14.4): it sends no further packet and closes the
 * network connection. A broker that closes without a DISCONNECT, which it may, leaves both rules without a case.
 */
public final class AfterDisconnectCheck {

    private AfterDisconnectCheck() {
    }

    /** No packet from the broker followed its DISCONNECT; proven by the close, after which none can come. */
    public static Outcome nothingAfter(String requirement, List<Evidence> connection, boolean closedByBroker, Duration bound) {
        Optional<Evidence> disconnect = disconnect(connection);
        if (disconnect.isEmpty()) {
            return withoutDisconnect(connection, closedByBroker, bound);
        }
        List<Evidence> later = connection.stream().filter(e -> e.seq() > disconnect.get().seq()
                && e.direction() == Direction.DEVICE_TO_SUITE && e.as(MqttPacket.class).isPresent()).toList();
        if (!later.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected nothing from the broker on connection "
                    + disconnect.get().connection() + " after its " + disconnect.get().decoded() + "; it sent "
                    + String.join(", ", later.stream().map(Evidence::decoded).toList()), connection)), connection);
        }
        if (!closedByBroker) {
            return Outcome.inconclusive("the broker sent nothing after its " + disconnect.get().decoded() + " on connection "
                    + disconnect.get().connection() + ", but the connection was still open " + bound.toMillis()
                    + " ms later, so more may have come", connection);
        }
        return Outcome.judged(List.of(), connection);
    }

    /** The broker closed the network connection after its DISCONNECT, within the bound. */
    public static Outcome closedAfter(String requirement, List<Evidence> connection, boolean closedByBroker, Duration bound) {
        Optional<Evidence> disconnect = disconnect(connection);
        if (disconnect.isEmpty()) {
            return withoutDisconnect(connection, closedByBroker, bound);
        }
        if (!closedByBroker) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker to close connection "
                    + disconnect.get().connection() + " after its " + disconnect.get().decoded() + "; it was still open "
                    + bound.toMillis() + " ms later", connection)), connection);
        }
        return Outcome.judged(List.of(), connection);
    }

    private static Optional<Evidence> disconnect(List<Evidence> connection) {
        return connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Disconnect.class).isPresent())
                .findFirst();
    }

    private static Outcome withoutDisconnect(List<Evidence> connection, boolean closedByBroker, Duration bound) {
        String name = connection.stream().map(Evidence::connection).findFirst().orElse("(none opened)");
        return closedByBroker
                ? Outcome.notApplicable("the broker closed connection " + name + " without a DISCONNECT, which it may, so "
                + "nothing followed a DISCONNECT of its", connection)
                : Outcome.inconclusive("the broker neither sent a DISCONNECT nor closed connection " + name + " within "
                + bound.toMillis() + " ms after the offending packet", connection);
    }
}
