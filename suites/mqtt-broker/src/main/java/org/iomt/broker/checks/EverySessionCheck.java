package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;

import java.util.List;
import java.util.Optional;

/**
 * A message the broker took reached every client whose subscription matches it: one that stayed connected, and one
 * whose session the broker kept while it was away and that resumed it. Whether the second had its session back is
 * read from its CONNACK, since a message cannot be added to a session that no longer exists.
 */
public final class EverySessionCheck {

    private EverySessionCheck() {
    }

    /**
     * @param connected every frame of the connection of the subscriber that stayed connected
     * @param resumed   every frame of the connection on which the other subscriber came back to its session
     * @param payload   the message, unique in the run
     */
    public static Outcome addedToEach(String requirement, List<Evidence> connected, List<Evidence> resumed, String payload) {
        Optional<Evidence> live = received(connected, payload);
        Optional<Evidence> kept = received(resumed, payload);
        String liveName = name(connected);
        String keptName = name(resumed);
        if (live.isPresent() && kept.isPresent()) {
            return Outcome.judged(List.of(), List.of(live.get(), kept.get()));
        }
        if (live.isEmpty() && kept.isEmpty()) {
            return Outcome.inconclusive("\"" + payload + "\" reached neither connection " + liveName + " nor connection "
                    + keptName + ", so it is not shown that the broker took the message at all", connected);
        }
        if (live.isEmpty()) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected \"" + payload + "\" to reach the connected "
                    + "subscriber on connection " + liveName + " as well; it did not, while connection " + keptName
                    + " received it on resuming its session", kept.get())), List.of(kept.get()));
        }
        Optional<Evidence> connack = resumed.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).isPresent()).findFirst();
        if (connack.isEmpty() || !connack.get().as(Connack.class).orElseThrow().sessionPresent()) {
            return Outcome.inconclusive("connection " + keptName + " did not get its session back ("
                    + connack.map(c -> "CONNACK with Session Present 0").orElse("no CONNACK") + "), so there was no session "
                    + "to add \"" + payload + "\" to; connection " + liveName + " received it", connack.map(List::of)
                    .orElse(resumed));
        }
        return Outcome.judged(List.of(new Finding(requirement, "expected \"" + payload + "\" in the session of the subscriber "
                + "that was away too, as connection " + liveName + " received it; connection " + keptName + " resumed that "
                + "session (Session Present 1) and did not receive it", List.of(live.get(), connack.get()))),
                List.of(live.get(), connack.get()));
    }

    private static Optional<Evidence> received(List<Evidence> connection, String payload) {
        return DeliveryCheck.find(connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE).toList(), payload);
    }

    private static String name(List<Evidence> connection) {
        return connection.isEmpty() ? "(never opened)" : connection.get(0).connection();
    }
}
