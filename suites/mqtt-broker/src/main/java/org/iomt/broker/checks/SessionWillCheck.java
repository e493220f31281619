package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;

import java.util.List;
import java.util.Optional;

/**
 * An MQTT 5.0 will is stored with its session, so the session's end publishes it even when its Will Delay Interval
 * has not passed. Its absence is judged beside a will without delay that the broker published (it publishes wills)
 * and a CONNACK that shows the session is gone (the session did end).
 */
public final class SessionWillCheck {

    private SessionWillCheck() {
    }

    /**
     * @param watcher     every frame of the connection of the client subscribed to the wills
     * @param delayedWill the will whose delay outlasts its session
     * @param controlWill the will without delay of another client that lost its connection at the same time
     * @param afterwards  every frame of the connection on which the delayed will's client later asked to resume its
     *                    session
     */
    public static Outcome publishedWithTheSessionsEnd(String requirement, List<Evidence> watcher, String delayedWill,
                                                      String controlWill, List<Evidence> afterwards) {
        Optional<Evidence> published = received(watcher, delayedWill);
        if (published.isPresent()) {
            return Outcome.judged(List.of(), List.of(published.get()));
        }
        Optional<Evidence> control = received(watcher, controlWill);
        if (control.isEmpty()) {
            return Outcome.inconclusive("neither \"" + delayedWill + "\" nor the will without delay \"" + controlWill
                    + "\" reached connection " + name(watcher) + ", so it is not shown that the broker publishes wills", watcher);
        }
        Optional<Evidence> connack = afterwards.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).isPresent()).findFirst();
        if (connack.isEmpty() || connack.get().as(Connack.class).orElseThrow().reasonCode() != 0) {
            return Outcome.inconclusive("connection " + name(afterwards) + " was not admitted when the client of \""
                    + delayedWill + "\" asked to resume its session, so whether the session had ended is not known; "
                    + "connection " + name(watcher) + " received only the will without delay", List.of(control.get()));
        }
        if (connack.get().as(Connack.class).orElseThrow().sessionPresent()) {
            return Outcome.inconclusive("the session of the client of \"" + delayedWill + "\" was still there past its "
                    + "Session Expiry Interval (Session Present 1 on connection " + name(afterwards) + "), so it had not "
                    + "ended and its will was not yet due", List.of(control.get(), connack.get()));
        }
        return Outcome.judged(List.of(new Finding(requirement, "expected \"" + delayedWill + "\", stored with a session "
                + "that has ended (Session Present 0 on connection " + name(afterwards) + "), to be published when the "
                + "session ended though its Will Delay Interval had not passed; connection " + name(watcher)
                + " received only the will without delay", List.of(control.get(), connack.get()))),
                List.of(control.get(), connack.get()));
    }

    private static Optional<Evidence> received(List<Evidence> connection, String payload) {
        return DeliveryCheck.find(connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE).toList(), payload);
    }

    private static String name(List<Evidence> connection) {
        return connection.isEmpty() ? "(never opened)" : connection.get(0).connection();
    }
}
