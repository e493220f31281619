package org.iomt.suites.checks;

import org.iomt.standards.mqtt.Connack;
import org.iomt.suites.model.Evidence;
import org.iomt.suites.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A listener that requires client certificates turned away a client without one; judged only beside a client
 * presenting the lab's certificate that the listener admitted, since a listener that admits nobody turns everyone away.
 */
public final class CertificateAdmissionCheck {

    private CertificateAdmissionCheck() {
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

    public static Outcome onlyCertifiedAdmitted(String requirement, Attempt certified, Attempt uncertified) {
        Optional<Evidence> admitted = certified.handshakeFailed() ? Optional.empty() : ConnackCheck.connack(certified.connection())
                .filter(e -> e.as(Connack.class).orElseThrow().reasonCode() == 0);
        if (admitted.isEmpty()) {
            return Outcome.inconclusive("the listener did not admit even the client presenting the lab's certificate, so "
                    + "whether it turns away clients without one cannot be judged", certified.connection());
        }
        Outcome refused = uncertified.handshakeFailed() ? Outcome.judged(List.of(), uncertified.connection())
                : ConnackCheck.refusedAndClosed(requirement, uncertified.connection(), uncertified.closedByBroker(), List.of(), false);
        List<Evidence> judged = new ArrayList<>(refused.judged());
        judged.add(admitted.get());
        return new Outcome(refused.findings(), judged, refused.inconclusiveReason());
    }
}
