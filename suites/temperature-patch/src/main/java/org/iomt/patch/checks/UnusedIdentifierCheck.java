package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.QosOneFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * A new QoS 1 or 2 message of the device goes out under a packet identifier that no unacknowledged message holds
 * (MQTT 3.1.1 §2.3.1). Judged on each first transmission the device sent while another of its messages was
 * unacknowledged, the case the rule speaks of; a resend keeps its identifier and is not judged here. The identifiers of
 * SUBSCRIBE and UNSUBSCRIBE packets are not judged by this check.
 */
public record UnusedIdentifierCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (QosOneFlow.Send send : QosOneFlow.of(evidence).sends()) {
            if (send.resends().isPresent() || send.mayResendUnrecorded() || send.othersInUse().isEmpty()) {
                continue;
            }
            Evidence e = send.evidence();
            judged.add(e);
            if (send.identifierHeld()) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": a new message under "
                        + "packet identifier " + send.publish().packetId() + ", which an unacknowledged message held "
                        + "(identifiers in use: " + send.othersInUse() + ")", e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no new QoS 1 or 2 message while another of its messages was "
                    + "unacknowledged, so no identifier in use could have been taken again", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
