package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The robustness sweep held: the broker closed every connection that carried a malformed packet within the bound (a 5.0
 * DISCONNECT or refusing CONNACK first is fine), and its control client's message came back after every batch of
 * cases, so the broker kept serving. A connection left open counts only beside a control round that came back.
 */
public final class MalformedSweepCheck {

    private MalformedSweepCheck() {
    }

    /**
     * One case as sent.
     *
     * @param name       the case's name in the corpus
     * @param packetType the packet type it reports under
     * @param hex        the frame
     * @param connection the connection's evidence label
     * @param offending  the malformed frame as sent; null when the case could not be sent (its CONNECT was refused)
     * @param evidence   every entry of the case's connection, in order
     * @param closed     whether the broker closed the connection within the bound
     * @param why        why the case was not sent, when it was not
     */
    public record SweepCase(String name, String packetType, String hex, String connection, Evidence offending,
                            List<Evidence> evidence, boolean closed, String why) {
    }

    /**
     * One round trip of the control client.
     *
     * @param afterCases how many cases had been sent before it
     * @param cameBack   whether the control message came back within the bound
     * @param evidence   the control client's entries of the round
     */
    public record ControlRound(int afterCases, boolean cameBack, List<Evidence> evidence) {
    }

    /**
     * @param summary the entry that records the sweep's per-type {@link #summary}, cited first so that the report shows it
     */
    public static Outcome judge(String requirement, List<SweepCase> cases, List<ControlRound> rounds, Evidence summary,
                                Duration bound) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>(List.of(summary));
        for (ControlRound round : rounds) {
            judged.addAll(round.evidence());
            if (!round.cameBack()) {
                findings.add(new Finding(requirement, "expected the broker to keep serving while it met malformed packets; "
                        + "the control client's message sent after " + round.afterCases() + " case(s) did not come back within "
                        + bound.toMillis() + " ms", round.evidence()));
            }
        }
        boolean served = rounds.stream().anyMatch(ControlRound::cameBack);
        int sent = 0;
        for (SweepCase c : cases) {
            if (c.offending() == null || !served && !c.closed()) {
                continue; // not sent, or left open beside no control that came back
            }
            sent++;
            Outcome one = ClosesConnectionCheck.judge(requirement, c.offending(), c.evidence(), c.closed(), bound);
            judged.addAll(one.judged());
            for (Finding f : one.findings()) {
                findings.add(new Finding(requirement, c.name() + " on connection " + c.connection() + " (frame " + c.hex()
                        + "): " + f.message(), f.evidence()));
            }
        }
        String counts = summary(cases);
        if (!findings.isEmpty()) {
            Finding first = findings.get(0);
            List<Evidence> cited = new ArrayList<>(List.of(summary));
            cited.addAll(first.evidence());
            findings.set(0, new Finding(first.requirement(), first.message() + " [sweep: " + counts + "]", cited));
            return Outcome.judged(findings, judged);
        }
        if (sent == 0) {
            return Outcome.inconclusive("no malformed packet of the sweep could be sent (" + cases.stream().map(SweepCase::why)
                    .distinct().reduce((a, b) -> a + "; " + b).orElse("the corpus is empty") + ")", judged);
        }
        if (!served) {
            return Outcome.inconclusive("the control client's message never came back, so connections left open cannot be "
                    + "told from a broker that stopped reading [sweep: " + counts + "]", judged);
        }
        return Outcome.judged(List.of(), judged);
    }

    /**
     * Per packet type, in corpus order: how many cases were sent, how many connections the broker closed as it must, and
     * how many could not be sent; "PUBLISH 9 sent, 9 closed; CONNECT 8 sent, 7 closed (1 not sent)".
     */
    public static String summary(List<SweepCase> cases) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (SweepCase c : cases) {
            int[] n = counts.computeIfAbsent(c.packetType(), t -> new int[3]);
            if (c.offending() == null) {
                n[2]++;
            } else {
                n[0]++;
                if (c.closed() && ClosesConnectionCheck.judge("", c.offending(), c.evidence(), true, Duration.ZERO)
                        .findings().isEmpty()) {
                    n[1]++;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(type + " " + n[0] + " sent, " + n[1] + " closed"
                + (n[2] > 0 ? " (" + n[2] + " not sent)" : "")));
        return String.join("; ", parts);
    }
}
