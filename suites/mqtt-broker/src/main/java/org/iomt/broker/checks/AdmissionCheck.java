package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A listener turned away a client it must refuse; judged only beside a control client that the same listener admitted,
 * since a listener that admits nobody turns everyone away.
 */
public final class AdmissionCheck {

    private AdmissionCheck() {
    }

    /**
     * One client's attempt to connect to the listener.
     *
     * @param connection      everything its connection recorded, in order
     * @param handshakeFailed whether its TLS handshake failed, so that no MQTT packet could be sent
     * @param closedByBroker  whether the broker closed the connection within the bound
     */
    public record Attempt(List<Evidence> connection, boolean handshakeFailed, boolean closedByBroker) {
    }

    /** The client without a certificate was not admitted: its handshake failed, or its CONNECT was refused and closed. */
    public static Outcome onlyCertifiedAdmitted(String requirement, Attempt certified, Attempt uncertified) {
        Optional<Evidence> admitted = admitted(certified);
        if (admitted.isEmpty()) {
            return Outcome.inconclusive("the listener did not admit even the client presenting the lab's certificate ("
                    + answered(certified) + "), so whether it turns away clients without one cannot be judged",
                    certified.connection());
        }
        Outcome refused = uncertified.handshakeFailed() ? Outcome.judged(List.of(), uncertified.connection())
                : ConnackCheck.refusedAndClosed(requirement, uncertified.connection(), uncertified.closedByBroker(), List.of(), false);
        return citing(refused, admitted.get());
    }

    /**
     * The client with wrong or no credentials was refused and its connection closed; a handshake that failed says
     * nothing about credentials, so then the rule is not judged.
     */
    public static Outcome credentialsRefused(String requirement, Attempt refused, Attempt withCredentials) {
        if (refused.handshakeFailed()) {
            return Outcome.inconclusive("the listener could not be reached (" + answered(refused) + "), so how it treats a "
                    + "client's credentials cannot be judged", refused.connection());
        }
        Optional<Evidence> admitted = admitted(withCredentials);
        if (admitted.isEmpty()) {
            return Outcome.inconclusive("the listener did not admit even a client presenting the right credentials ("
                    + answered(withCredentials) + "), so its refusal of wrong ones shows nothing", withCredentials.connection());
        }
        return citing(ConnackCheck.refusedAndClosed(requirement, refused.connection(), refused.closedByBroker(), List.of(), false),
                admitted.get());
    }

    /**
     * The listener proved who it is: the client that validates the broker's certificate chain and name completed its
     * TLS handshake and got an MQTT answer over it. Whether the CONNACK admits the client is a matter of credentials,
     * not of the broker's identity, so a refusal still proves the handshake.
     */
    public static Outcome identityProven(String requirement, Attempt validating) {
        if (validating.handshakeFailed()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the TLS handshake of a client validating the "
                    + "broker's certificate chain and name to complete; it failed" + ConnackCheck.ended(validating.connection()),
                    validating.connection())), validating.connection());
        }
        Optional<Evidence> answer = ConnackCheck.connack(validating.connection());
        return answer.map(connack -> Outcome.judged(List.of(), List.of(connack)))
                .orElseGet(() -> Outcome.inconclusive("the TLS handshake completed, but connection "
                        + validating.connection().stream().map(Evidence::connection).findFirst().orElse("(none)")
                        + " got no CONNACK over it" + ConnackCheck.ended(validating.connection())
                        + ", so no MQTT exchange shows the session worked", validating.connection()));
    }

    /**
     * The listener admitted a client presenting the credentials the lab was given; a handshake that failed, or no
     * credentials to present, leaves that unjudged, since then the credentials never reached the broker.
     */
    public static Outcome admittedWithCredentials(String requirement, Attempt withCredentials, boolean credentialsPresented) {
        if (!credentialsPresented) {
            return Outcome.inconclusive("the profile gives no user name and password for the TLS listener, so no client "
                    + "presented them", withCredentials.connection());
        }
        if (withCredentials.handshakeFailed()) {
            return Outcome.inconclusive("the TLS handshake failed (" + answered(withCredentials) + "), so the credentials "
                    + "never reached the broker", withCredentials.connection());
        }
        return ConnackCheck.accepted(requirement, withCredentials.connection());
    }

    /** What a control client got, naming its connection: "connection s4-admitted: CONNACK reason 5". */
    private static String answered(Attempt control) {
        String name = control.connection().stream().map(Evidence::connection).findFirst().orElse("(none opened)");
        String got = control.handshakeFailed() ? "its TLS handshake failed"
                : ConnackCheck.connack(control.connection()).map(e -> "CONNACK reason "
                + e.as(Connack.class).orElseThrow().reasonCode()).orElse("no CONNACK" + ConnackCheck.ended(control.connection()));
        return "connection " + name + ": " + got;
    }

    private static Optional<Evidence> admitted(Attempt control) {
        return control.handshakeFailed() ? Optional.empty() : ConnackCheck.connack(control.connection())
                .filter(e -> e.as(Connack.class).orElseThrow().reasonCode() == 0);
    }

    private static Outcome citing(Outcome outcome, Evidence control) {
        List<Evidence> judged = new ArrayList<>(outcome.judged());
        judged.add(control);
        return new Outcome(outcome.findings(), judged, outcome.inconclusiveReason(), outcome.notApplicableReason());
    }
}
