package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;

import java.util.List;
import java.util.Optional;

/**
 * How a broker answered one CONNECT, judged on the evidence of that connection: whether it accepted it, what it
 * said about the session, and whether a refusal ended the connection.
 */
public final class ConnackCheck {

    private ConnackCheck() {
    }

    /** The broker accepted a well-formed CONNECT with a CONNACK that reports success. */
    public static Outcome accepted(String requirement, List<Evidence> connection) {
        Optional<Evidence> connack = connack(connection);
        if (connack.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected a CONNACK reporting success for a well-formed "
                    + "CONNECT; none came" + ended(connection), connection)), connection);
        }
        int code = connack.get().as(Connack.class).orElseThrow().reasonCode();
        return code == 0 ? Outcome.judged(List.of(), List.of(connack.get()))
                : Outcome.judged(List.of(Finding.of(requirement, "expected a CONNACK reporting success for a well-formed "
                + "CONNECT; it carried reason code 0x" + Integer.toHexString(code), connack.get())), List.of(connack.get()));
    }

    /** The successful CONNACK of the connection says a session is present, or not, as expected. */
    public static Outcome sessionPresent(String requirement, List<Evidence> connection, boolean expected) {
        Optional<Evidence> connack = connack(connection).filter(e -> e.as(Connack.class).orElseThrow().reasonCode() == 0);
        if (connack.isEmpty()) {
            return Outcome.inconclusive("the broker did not accept the connection, so its Session Present flag cannot be judged",
                    connection);
        }
        boolean present = connack.get().as(Connack.class).orElseThrow().sessionPresent();
        return present == expected ? Outcome.judged(List.of(), List.of(connack.get()))
                : Outcome.judged(List.of(Finding.of(requirement, "expected Session Present " + (expected ? 1 : 0)
                + " in the CONNACK; it was " + (present ? 1 : 0), connack.get())), List.of(connack.get()));
    }

    /**
     * The broker did not accept the connection and closed it: with a refusing CONNACK, whose code is one of
     * {@code codes} when any are given, or without one.
     */
    public static Outcome refusedAndClosed(String requirement, List<Evidence> connection, boolean closedByBroker,
                                           List<Integer> codes, boolean connackRequired) {
        Optional<Evidence> connack = connack(connection);
        Optional<Integer> code = connack.map(e -> e.as(Connack.class).orElseThrow().reasonCode());
        if (code.isPresent() && code.get() == 0) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected the broker to refuse the CONNECT; it accepted it "
                    + "with a successful CONNACK", connack.get())), connection);
        }
        if (connackRequired && code.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected a CONNACK refusing the CONNECT with "
                    + hex(codes) + "; none came" + ended(connection), connection)), connection);
        }
        if (code.isPresent() && !codes.isEmpty() && !codes.contains(code.get())) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected the refusing CONNACK to carry " + hex(codes)
                    + "; it carried 0x" + Integer.toHexString(code.get()), connack.get())), connection);
        }
        if (!closedByBroker) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker to close the connection after "
                    + "refusing the CONNECT; it kept it open", connection)), connection);
        }
        return Outcome.judged(List.of(), connection);
    }

    /**
     * A client that came back after its Session Expiry Interval finds no session (Session Present 0); judged only
     * when a client whose longer session went away at the same time finds its session kept, since a broker that
     * keeps no session at all says 0 to everyone.
     */
    public static Outcome sessionGoneAfterExpiry(String requirement, List<Evidence> connection, List<Evidence> keptConnection) {
        Optional<Evidence> kept = connack(keptConnection).filter(e -> e.as(Connack.class).orElseThrow().reasonCode() == 0);
        if (kept.isEmpty() || !kept.get().as(Connack.class).orElseThrow().sessionPresent()) {
            return Outcome.inconclusive("the broker did not resume the session that had not expired ("
                    + kept.map(Evidence::decoded).orElse("no successful CONNACK") + "), so it is not shown that it keeps "
                    + "sessions, and an expired one being gone proves nothing", keptConnection);
        }
        Optional<Evidence> connack = connack(connection).filter(e -> e.as(Connack.class).orElseThrow().reasonCode() == 0);
        if (connack.isEmpty()) {
            return Outcome.inconclusive("the broker did not accept the returning client's connection, so whether its session "
                    + "is gone cannot be judged", connection);
        }
        List<Evidence> judged = List.of(connack.get(), kept.get());
        return connack.get().as(Connack.class).orElseThrow().sessionPresent()
                ? Outcome.judged(List.of(Finding.of(requirement, "expected no session to be present for a client that came back "
                + "after its Session Expiry Interval had passed; the CONNACK said Session Present 1", connack.get())), judged)
                : Outcome.judged(List.of(), judged);
    }

    /** A refusing CONNACK says no session is present. */
    public static Outcome refusalWithoutSession(String requirement, List<Evidence> connection) {
        Optional<Evidence> connack = connack(connection).filter(e -> e.as(Connack.class).orElseThrow().reasonCode() != 0);
        if (connack.isEmpty()) {
            return Outcome.inconclusive("the broker sent no refusing CONNACK, so its Session Present flag cannot be judged",
                    connection);
        }
        return connack.get().as(Connack.class).orElseThrow().sessionPresent()
                ? Outcome.judged(List.of(Finding.of(requirement, "expected Session Present 0 in a CONNACK that refuses the "
                + "connection; it was 1", connack.get())), List.of(connack.get()))
                : Outcome.judged(List.of(), List.of(connack.get()));
    }

    /** The successful CONNACK assigns a non-empty client identifier (MQTT 5.0). */
    public static Outcome assignsIdentifier(String requirement, List<Evidence> connection) {
        Outcome accepted = accepted(requirement, connection);
        if (!accepted.passed()) {
            return accepted;
        }
        Evidence connack = connack(connection).orElseThrow();
        Optional<String> assigned = connack.as(Connack.class).orElseThrow().properties()
                .first(org.iomt.standards.mqtt.MqttPropertyId.ASSIGNED_CLIENT_IDENTIFIER).map(p -> (String) p.value());
        return assigned.filter(id -> !id.isEmpty()).isPresent() ? Outcome.judged(List.of(), List.of(connack))
                : Outcome.judged(List.of(Finding.of(requirement, "expected the CONNACK to a client without identifier to carry an "
                + "Assigned Client Identifier; it carried none", connack)), List.of(connack));
    }

    static Optional<Evidence> connack(List<Evidence> connection) {
        return connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Connack.class).isPresent())
                .findFirst();
    }

    /** How the connection ended, if it did, for a message. */
    static String ended(List<Evidence> connection) {
        return connection.stream().filter(e -> e.direction() == Direction.TRANSPORT && e.decodedValue().isPresent()).reduce((a, b) -> b)
                .map(e -> " (" + e.decoded() + ")").orElse("");
    }

    private static String hex(List<Integer> codes) {
        return codes.isEmpty() ? "a failure code" : String.join(" or ", codes.stream().map(c -> "0x" + Integer.toHexString(c)).toList());
    }
}
