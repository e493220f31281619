package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.QosOneFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * The first transmission of each new QoS 1 message goes out with DUP clear (MQTT 5.0 §4.3.2). Resends of an
 * unacknowledged message are judged by the redelivery rules; whether the identifier was free is judged with the
 * sender's whole flow ({@link Qos1SenderFlowCheck}).
 * A PUBLISH with DUP set that opens a resumed session may resend a message lost with the earlier connection, which
 * the suite never received, so its DUP flag is not judged ({@link QosOneFlow.Send#mayResendUnrecorded()}).
 */
public record Qos1FirstSendCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (QosOneFlow.Send send : QosOneFlow.of(evidence).sends()) {
            if (send.publish().qos() != 1 || send.resends().isPresent() || send.mayResendUnrecorded()) {
                continue;
            }
            Evidence e = send.evidence();
            judged.add(e);
            if (send.publish().dup() == 1) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection()
                        + ": first transmission of a QoS 1 message has DUP set, expected DUP 0", e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no new QoS 1 message was sent during the observation window", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
