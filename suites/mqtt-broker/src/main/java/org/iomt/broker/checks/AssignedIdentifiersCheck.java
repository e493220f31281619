package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PingResp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two clients that connected one after the other without a client identifier were each given one of their own: both
 * were admitted and both still answer a ping sent once the second was admitted, and in MQTT 5.0 the identifiers their
 * CONNACKs assign differ. A broker that refuses a zero-length identifier, which the standards allow, has nothing to judge.
 */
public final class AssignedIdentifiersCheck {

    private AssignedIdentifiersCheck() {
    }

    /**
     * @param first     every entry of the first anonymous connection, its ping and PINGRESP included
     * @param second    every entry of the second, connected after the first was admitted
     * @param refusals  the codes with which a broker legally refuses a zero-length identifier
     */
    public static Outcome judge(String requirement, List<Evidence> first, List<Evidence> second, Set<Integer> refusals) {
        List<Evidence> both = new ArrayList<>(first);
        both.addAll(second);
        Optional<Evidence> firstAck = ConnackCheck.connack(first);
        Optional<Evidence> secondAck = ConnackCheck.connack(second);
        Optional<Outcome> notAdmitted = notAdmitted(first, firstAck, refusals, both)
                .or(() -> notAdmitted(second, secondAck, refusals, both));
        if (notAdmitted.isPresent()) {
            return notAdmitted.get();
        }
        Optional<String> firstId = assigned(firstAck.get());
        if (firstId.isPresent() && firstId.equals(assigned(secondAck.get()))) {
            return Outcome.judged(List.of(new Finding(requirement, "expected connections " + label(first) + " and "
                    + label(second) + ", both without client identifier, to be assigned different identifiers; both CONNACKs "
                    + "assigned \"" + firstId.get() + "\"", List.of(firstAck.get(), secondAck.get()))), both);
        }
        Optional<Evidence> firstPong = pong(first);
        Optional<Evidence> secondPong = pong(second);
        if (secondPong.isEmpty()) {
            return Outcome.inconclusive("connection " + label(second) + " did not answer a ping after it was admitted without "
                    + "client identifier, so whether connection " + label(first) + " still answers proves nothing", both);
        }
        if (firstPong.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected connection " + label(first) + ", admitted without "
                    + "client identifier, to stay connected when " + label(second) + " was admitted the same way; it no longer "
                    + "answered a ping (" + last(first) + "), as if both had been given one identifier", both)), both);
        }
        return Outcome.judged(List.of(), List.of(firstAck.get(), secondAck.get(), firstPong.get(), secondPong.get()));
    }

    private static Optional<Outcome> notAdmitted(List<Evidence> connection, Optional<Evidence> connack, Set<Integer> refusals,
                                                 List<Evidence> both) {
        if (connack.isEmpty()) {
            return Optional.of(Outcome.inconclusive("connection " + label(connection) + " got no CONNACK for its CONNECT "
                    + "without client identifier (" + last(connection) + ")", both));
        }
        int code = connack.get().as(Connack.class).orElseThrow().reasonCode();
        if (code == 0) {
            return Optional.empty();
        }
        String answer = "CONNACK 0x" + Integer.toHexString(code) + " on connection " + label(connection);
        return Optional.of(refusals.contains(code)
                ? Outcome.notApplicable("the broker refuses a client identifier of zero length (" + answer + "), which the "
                + "standard allows, so it assigns no identifier to judge", both)
                : Outcome.inconclusive("the broker did not admit a client without identifier (" + answer + ")", both));
    }

    private static Optional<String> assigned(Evidence connack) {
        return connack.as(Connack.class).orElseThrow().properties().first(MqttPropertyId.ASSIGNED_CLIENT_IDENTIFIER)
                .map(p -> (String) p.value());
    }

    private static Optional<Evidence> pong(List<Evidence> connection) {
        return connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(PingResp.class).isPresent())
                .findFirst();
    }

    private static String label(List<Evidence> connection) {
        return connection.stream().map(Evidence::connection).findFirst().orElse("(none opened)");
    }

    private static String last(List<Evidence> connection) {
        return connection.isEmpty() ? "nothing was recorded" : "last recorded: " + connection.get(connection.size() - 1).decoded();
    }
}
