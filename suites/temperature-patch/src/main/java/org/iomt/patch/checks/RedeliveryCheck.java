package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.mqtt.checks.QosOneFlow;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a device owes when its session is resumed with messages unacknowledged: it resends them, under their
 * original packet identifiers, with DUP set. Each factory judges one of these on the {@link QosOneFlow} of the run.
 */
public final class RedeliveryCheck implements Check {

    private enum Rule { RESENT_ON_RESUMPTION, KEPT_ACROSS_CONNECTIONS, SAME_IDENTIFIER, DUP_SET }

    private final String requirement;
    private final Rule rule;

    private RedeliveryCheck(String requirement, Rule rule) {
        this.requirement = requirement;
        this.rule = rule;
    }

    /** On a resumed session, every message unacknowledged when the last connection ended is resent with its identifier. */
    public static RedeliveryCheck resentOnResumption(String requirement) {
        return new RedeliveryCheck(requirement, Rule.RESENT_ON_RESUMPTION);
    }

    /**
     * On a resumed session, every message unacknowledged when the last connection ended is sent again, under whatever
     * identifier: the device kept it in its session state across the lost connection.
     */
    public static RedeliveryCheck keptAcrossConnections(String requirement) {
        return new RedeliveryCheck(requirement, Rule.KEPT_ACROSS_CONNECTIONS);
    }

    /** A resent message keeps the packet identifier of its first transmission. */
    public static RedeliveryCheck sameIdentifier(String requirement) {
        return new RedeliveryCheck(requirement, Rule.SAME_IDENTIFIER);
    }

    /** A resent message has DUP set. */
    public static RedeliveryCheck dupSet(String requirement) {
        return new RedeliveryCheck(requirement, Rule.DUP_SET);
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        QosOneFlow flow = QosOneFlow.of(evidence);
        return rule == Rule.RESENT_ON_RESUMPTION || rule == Rule.KEPT_ACROSS_CONNECTIONS ? resumptions(flow) : resends(flow);
    }

    private Outcome resumptions(QosOneFlow flow) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (QosOneFlow.Resumption r : flow.resumptions()) {
            if (r.sends().isEmpty()) {
                continue; // the device published nothing on the resumed connection: nothing to judge it on
            }
            judged.add(r.connack());
            for (Evidence owed : r.owed()) {
                judged.add(owed);
                int id = MqttEvidence.publish(owed).packetId();
                Optional<QosOneFlow.Send> resend = r.sends().stream()
                        .filter(s -> s.resends().map(o -> o.seq() == owed.seq()).orElse(false)).findFirst();
                if (resend.isEmpty()) {
                    findings.add(Finding.of(requirement, "packet #" + owed.seq() + " (packet identifier " + id
                            + ") was unacknowledged when its connection ended, and was not resent on connection "
                            + r.connection() + ", where the broker resumed the session (packet #" + r.connack().seq() + ")",
                            owed, r.connack()));
                } else if (rule == Rule.RESENT_ON_RESUMPTION && resend.get().publish().packetId() != id) {
                    Evidence again = resend.get().evidence();
                    judged.add(again);
                    findings.add(Finding.of(requirement, "packet #" + again.seq() + " resends packet #" + owed.seq()
                            + " under packet identifier " + resend.get().publish().packetId() + ", expected its original "
                            + id, owed, again));
                } else {
                    judged.add(resend.get().evidence());
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no session was resumed while a message of the device was unacknowledged "
                    + "(and followed by a PUBLISH on the resumed connection)", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome resends(QosOneFlow flow) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (QosOneFlow.Send send : flow.sends()) {
            if (send.resends().isEmpty()) {
                continue;
            }
            Evidence again = send.evidence();
            Evidence original = send.resends().get();
            Publish first = MqttEvidence.publish(original);
            judged.add(again);
            if (rule == Rule.SAME_IDENTIFIER && send.publish().packetId() != first.packetId()) {
                findings.add(Finding.of(requirement, "packet #" + again.seq() + " resends packet #" + original.seq()
                        + " under packet identifier " + send.publish().packetId() + ", expected " + first.packetId(),
                        original, again));
            }
            if (rule == Rule.DUP_SET && send.publish().dup() == 0) {
                findings.add(Finding.of(requirement, "packet #" + again.seq() + " resends packet #" + original.seq()
                        + " with DUP 0, expected DUP 1 on a redelivery", original, again));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device resent no message", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
