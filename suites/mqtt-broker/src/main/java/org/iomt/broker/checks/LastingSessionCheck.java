package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A subscription made at the start of a connection is session state, which the broker keeps while the connection is
 * open: the messages published on it later, after other traffic, reach the client as the first one did.
 */
public final class LastingSessionCheck {

    private LastingSessionCheck() {
    }

    /**
     * Every later message was delivered on the connection, judged only when the first one was: that one shows the
     * subscription was made and delivers at all.
     *
     * @param connection every frame of the subscriber's connection; only what it received is judged
     */
    public static Outcome stillDelivers(String requirement, List<Evidence> connection, String first, List<String> later) {
        List<Evidence> received = connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Publish.class).isPresent()).toList();
        Optional<Evidence> shown = DeliveryCheck.find(received, first);
        if (shown.isEmpty()) {
            return Outcome.inconclusive("\"" + first + "\" did not reach connection "
                    + (connection.isEmpty() ? "(never opened)" : connection.get(0).connection())
                    + ", so it is not shown that the subscription delivered at all, and what came later proves nothing", connection);
        }
        Outcome delivered = DeliveryCheck.delivered(requirement, received, later,
                "on the subscription made at the start of the still open connection, which delivered \"" + first + "\"");
        List<Evidence> judged = new ArrayList<>(List.of(shown.get()));
        later.forEach(p -> DeliveryCheck.find(received, p).ifPresent(judged::add));
        return Outcome.judged(delivered.findings(), judged);
    }
}
