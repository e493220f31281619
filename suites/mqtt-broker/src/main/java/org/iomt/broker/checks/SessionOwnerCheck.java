package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * A message held in the session of one client identifier reaches the client of that identifier when it comes back,
 * and never a client of another identifier that connected meanwhile: the owner's delivery is the control that shows
 * the broker kept the message at all.
 */
public final class SessionOwnerCheck {

    private SessionOwnerCheck() {
    }

    /**
     * @param owner    every frame of the connection on which the session's own client came back
     * @param newcomer every frame of the connection of the client of another identifier
     * @param payload  the message held in the owner's session, unique in the run
     */
    public static Outcome onlyTheOwner(String requirement, List<Evidence> owner, List<Evidence> newcomer, String payload) {
        Optional<Evidence> strayed = received(newcomer, payload);
        Optional<Evidence> kept = received(owner, payload);
        if (strayed.isPresent()) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected \"" + payload + "\", held in the session of the "
                    + "client identifier of connection " + name(owner) + ", to reach no client of another identifier; "
                    + "connection " + name(newcomer) + " received it" + (kept.isPresent() ? ", and connection " + name(owner)
                    + " too" : ", and connection " + name(owner) + " did not"), strayed.get())), List.of(strayed.get()));
        }
        if (kept.isEmpty()) {
            return Outcome.inconclusive("\"" + payload + "\" did not reach connection " + name(owner) + " when its client "
                    + "came back to its session, so it is not shown that the broker kept it there, and its absence on "
                    + "connection " + name(newcomer) + " proves nothing", owner);
        }
        return Outcome.judged(List.of(), List.of(kept.get()));
    }

    private static Optional<Evidence> received(List<Evidence> connection, String payload) {
        return DeliveryCheck.find(connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE).toList(), payload);
    }

    private static String name(List<Evidence> connection) {
        return connection.isEmpty() ? "(never opened)" : connection.get(0).connection();
    }
}
