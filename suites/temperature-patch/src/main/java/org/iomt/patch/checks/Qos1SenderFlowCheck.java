package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.QosOneFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * The QoS 1 sender's part of the exchange: a new message goes out with DUP clear, under a packet identifier that
 * no unacknowledged message of the session holds; the identifier is free again once PUBACK came. Resends of an
 * unacknowledged message are not new messages and are judged by the redelivery rules.
 * A PUBLISH with DUP set that opens a resumed session may resend a message lost with the earlier connection, which
 * the suite never received, so its DUP flag is not judged ({@link QosOneFlow.Send#mayResendUnrecorded()}).
 */
public record Qos1SenderFlowCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (QosOneFlow.Send send : QosOneFlow.of(evidence).sends()) {
            if (send.publish().qos() != 1) {
                continue;
            }
            Evidence e = send.evidence();
            judged.add(e);
            if (send.resends().isPresent()) {
                continue;
            }
            if (send.identifierHeld()) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + ": packet identifier " + send.publish().packetId()
                        + " given to a new message while an earlier message under it is unacknowledged", e));
            }
            if (send.publish().dup() == 1 && !send.mayResendUnrecorded()) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + ": first transmission of a QoS 1 message"
                        + " has DUP set, expected DUP 0", e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no QoS 1 PUBLISH was observed", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
