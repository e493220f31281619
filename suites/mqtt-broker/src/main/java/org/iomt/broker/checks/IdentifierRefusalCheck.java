package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.PingResp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An MQTT 5.0 broker that rejects a client identifier with CONNACK 0x85 (Client Identifier not valid) then closes the
 * connection (§3.1.3.1). Judged only where 0x85 came: a broker that takes the identifier, or refuses for another
 * reason, is outside the rule. A connection left open is a finding only beside a ping the broker answered on it
 * after the bound, which shows the connection alive rather than stalled.
 */
public final class IdentifierRefusalCheck {

    /** CONNACK reason code Client Identifier not valid (MQTT 5.0 §3.2.2.2). */
    public static final int CLIENT_IDENTIFIER_NOT_VALID = 0x85;

    private IdentifierRefusalCheck() {
    }

    /**
     * @param connection every entry of the refused client's connection, in order: its CONNECT, what the broker sent,
     *                   and a ping the suite sent once the bound had passed with the connection still open
     * @param bound      how long the suite waited for the close after the CONNACK
     */
    public static Outcome closedAfterRefusal(String requirement, List<Evidence> connection, Duration bound) {
        String on = connection.stream().map(Evidence::connection).findFirst().orElse("(none opened)");
        Optional<Evidence> connack = connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).isPresent()).findFirst();
        Optional<Evidence> closed = connection.stream().filter(e -> e.direction() == Direction.TRANSPORT
                && e.as(ConnectionEnded.class).filter(c -> !c.causedBySuite()).isPresent()).findFirst();
        if (connack.isEmpty()) {
            return closed.isPresent()
                    ? Outcome.notApplicable("the broker closed connection " + on + " without a CONNACK, so whether it "
                    + "rejected the client identifier cannot be told (closing is what the rule asks either way)", connection)
                    : Outcome.inconclusive("the broker neither answered the CONNECT on connection " + on + " nor closed it "
                    + "within " + bound.toMillis() + " ms", connection);
        }
        int code = connack.get().as(Connack.class).orElseThrow().reasonCode();
        if (code != CLIENT_IDENTIFIER_NOT_VALID) {
            return Outcome.notApplicable("the broker answered the CONNECT on connection " + on + " with CONNACK code "
                    + String.format("0x%02x", code) + (code == 0 ? ", taking the client identifier" : ", a refusal for another reason")
                    + "; the rule speaks of a broker that rejects the identifier with 0x85", List.of(connack.get()));
        }
        if (closed.isPresent() && closed.get().seq() > connack.get().seq()) {
            return Outcome.judged(List.of(), List.of(connack.get(), closed.get()));
        }
        Optional<Evidence> pong = connection.stream().filter(e -> e.seq() > connack.get().seq()
                && e.direction() == Direction.DEVICE_TO_SUITE && e.as(PingResp.class).isPresent()).findFirst();
        if (pong.isEmpty()) {
            return Outcome.inconclusive("after CONNACK 0x85 on connection " + on + " the broker neither closed the connection "
                    + "within " + bound.toMillis() + " ms nor answered a ping on it, so whether it is still open cannot be told",
                    connection);
        }
        List<Evidence> cited = new ArrayList<>(List.of(connack.get(), pong.get()));
        return Outcome.judged(List.of(new Finding(requirement, "expected the broker to close connection " + on + " after "
                + "rejecting the client identifier with CONNACK 0x85; it was still open " + bound.toMillis()
                + " ms later and answered a ping", cited)), cited);
    }
}
