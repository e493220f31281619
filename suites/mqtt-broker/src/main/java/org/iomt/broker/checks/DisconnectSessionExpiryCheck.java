package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.util.List;

/** No DISCONNECT the broker sent carries a Session Expiry Interval. */
public final class DisconnectSessionExpiryCheck {

    private DisconnectSessionExpiryCheck() {
    }

    /**
     * @param closedByBroker whether the broker closed the connection it was given cause to end, which it may do
     *                       without a DISCONNECT
     */
    public static Outcome judge(String requirement, List<Evidence> entries, boolean closedByBroker) {
        List<Evidence> disconnects = entries.stream()
                .filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Disconnect.class).isPresent()).toList();
        if (disconnects.isEmpty() && closedByBroker) {
            return Outcome.notApplicable("the broker closed connections " + SentFrame.connections(entries) + " without a "
                    + "DISCONNECT, which it may, so no DISCONNECT of its own could be judged", entries);
        }
        if (disconnects.isEmpty()) {
            return Outcome.inconclusive("the broker neither sent a DISCONNECT nor closed connections "
                    + SentFrame.connections(entries) + " after a PUBLISH with Topic Alias 0", entries);
        }
        List<Finding> findings = disconnects.stream()
                .filter(e -> e.as(Disconnect.class).orElseThrow().properties().first(MqttPropertyId.SESSION_EXPIRY_INTERVAL).isPresent())
                .map(e -> Finding.of(requirement, "expected no Session Expiry Interval in the broker's DISCONNECT on connection "
                        + e.connection() + "; it sent " + e.decoded(), e)).toList();
        return Outcome.judged(findings, disconnects);
    }
}
