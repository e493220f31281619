package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.QosOneFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a device that resumes its session with two or more messages unacknowledged sends them again in the order it
 * first sent them, judged on every resumption of the {@link QosOneFlow} that resent at least two.
 */
public final class ResendOrderCheck implements Check {

    private final String requirement;
    private final long afterSeq;

    public ResendOrderCheck(String requirement) {
        this(requirement, 0);
    }

    /**
     * Judges only the resumptions after the entry numbered {@code afterSeq}, and in them only the messages first sent
     * after it: those of the phase that set them up.
     */
    public ResendOrderCheck(String requirement, long afterSeq) {
        this.requirement = requirement;
        this.afterSeq = afterSeq;
    }

    /**
     * Whether some resumption in this evidence, after the entry numbered {@code seq}, owed the device two or more
     * messages and it has resent them all.
     */
    public static boolean twoOrMoreResentAfter(List<Evidence> evidence, long seq) {
        return QosOneFlow.of(evidence).resumptions().stream().anyMatch(r -> r.connack().seq() > seq && r.owed().size() >= 2
                && r.sends().stream().filter(s -> s.resends().isPresent()).count() >= r.owed().size());
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (QosOneFlow.Resumption r : QosOneFlow.of(evidence).resumptions()) {
            // only the messages of the phase that set the resumption up, not those an earlier phase left owed
            List<Long> firstSent = r.owed().stream().map(Evidence::seq).filter(seq -> seq > afterSeq).toList();
            List<QosOneFlow.Send> resends = r.sends().stream()
                    .filter(s -> s.resends().map(o -> firstSent.contains(o.seq())).orElse(false)).toList();
            if (r.connack().seq() <= afterSeq || firstSent.size() < 2 || resends.size() < 2) {
                continue;
            }
            judged.add(r.connack());
            QosOneFlow.Send latest = null;
            for (QosOneFlow.Send resend : resends) {
                Evidence original = resend.resends().get();
                judged.add(resend.evidence());
                if (latest != null && firstSent.indexOf(original.seq()) < firstSent.indexOf(latest.resends().get().seq())) {
                    findings.add(Finding.of(requirement, "packet #" + resend.evidence().seq() + " on connection "
                            + r.connection() + " resends packet #" + original.seq() + " after packet #"
                            + latest.evidence().seq() + " resent packet #" + latest.resends().get().seq()
                            + ", which went out later", original, latest.evidence(), resend.evidence()));
                } else {
                    latest = resend;
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no session was resumed with two or more messages of the device unacknowledged "
                    + "and resent", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
