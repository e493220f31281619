package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The messages a subscriber received but did not acknowledge before its connection ended, judged against what the
 * broker sent when the session resumed: each must come again under its packet identifier, marked DUP.
 */
public final class ResumedDeliveryCheck {

    private ResumedDeliveryCheck() {
    }

    /** Every unacknowledged message was sent again, under the packet identifier it had. */
    public static Outcome resent(String requirement, List<Evidence> unacknowledged, List<Evidence> afterResumption) {
        if (unacknowledged.isEmpty()) {
            return Outcome.inconclusive("the subscriber received nothing before its connection ended, so nothing was "
                    + "left unacknowledged to send again", afterResumption);
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>(unacknowledged);
        for (Evidence original : unacknowledged) {
            Publish first = original.as(Publish.class).orElseThrow();
            Optional<Evidence> again = resendOf(first, afterResumption);
            if (again.isEmpty()) {
                findings.add(Finding.of(requirement, "expected \"" + DeliveryCheck.payloadOf(original) + "\" (packet identifier "
                        + first.packetId() + "), unacknowledged when connection " + original.connection() + " ended, to be sent again "
                        + "when the session resumed; it was not", original));
                continue;
            }
            judged.add(again.get());
            int id = again.get().as(Publish.class).orElseThrow().packetId();
            if (id != first.packetId()) {
                findings.add(new Finding(requirement, "expected \"" + DeliveryCheck.payloadOf(original) + "\" to be sent again "
                        + "under its packet identifier " + first.packetId() + "; it came under " + id, List.of(original, again.get())));
            }
        }
        return Outcome.judged(findings, judged);
    }

    /** Every message sent again has DUP set. */
    public static Outcome markedDuplicate(String requirement, List<Evidence> unacknowledged, List<Evidence> afterResumption) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence original : unacknowledged) {
            Optional<Evidence> again = resendOf(original.as(Publish.class).orElseThrow(), afterResumption);
            if (again.isPresent()) {
                judged.add(again.get());
                if (again.get().as(Publish.class).orElseThrow().dup() != 1) {
                    findings.add(Finding.of(requirement, "expected \"" + DeliveryCheck.payloadOf(original) + "\", sent again "
                            + "after the session resumed, to have DUP set; it had DUP 0", again.get()));
                }
            }
        }
        return judged.isEmpty() ? Outcome.inconclusive("the broker sent nothing again after the session resumed, so no "
                + "DUP flag can be judged", afterResumption) : Outcome.judged(findings, judged);
    }

    private static Optional<Evidence> resendOf(Publish first, List<Evidence> afterResumption) {
        String payload = new String(first.payload(), java.nio.charset.StandardCharsets.UTF_8);
        return afterResumption.stream().filter(e -> DeliveryCheck.payloadOf(e).equals(payload)).findFirst();
    }
}
