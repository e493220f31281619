package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the CONNACK stands among the packets the broker sent on each connection, and its acknowledge flags byte. */
public final class ConnackSequenceCheck {

    private static final int AUTH = 15;

    private ConnackSequenceCheck() {
    }

    /** The first packet the broker sent on each connection (AUTH aside, when {@code authMayPrecede}) is a CONNACK. */
    public static Outcome connackFirst(String requirement, List<Evidence> entries, boolean authMayPrecede) {
        Map<String, List<SentFrame>> byConnection = byConnection(entries);
        if (byConnection.isEmpty()) {
            return Outcome.inconclusive("the broker sent nothing on connections " + SentFrame.connections(entries), entries);
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        byConnection.forEach((connection, frames) -> {
            SentFrame first = frames.stream().filter(f -> !(authMayPrecede && f.type() == AUTH)).findFirst().orElse(null);
            if (first == null) {
                return;
            }
            judged.add(first.evidence());
            if (first.type() != SentFrame.CONNACK) {
                findings.add(Finding.of(requirement, "expected a CONNACK as the first packet the broker sent on connection "
                        + connection + "; it sent " + first.evidence().decoded() + " first", first.evidence()));
            }
        });
        return Outcome.judged(findings, judged);
    }

    /**
     * The broker sent at most one CONNACK on each connection; a connection counts only when something came after its
     * CONNACK, which shows the broker kept talking on it.
     */
    public static Outcome singleConnack(String requirement, List<Evidence> entries) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        byConnection(entries).forEach((connection, frames) -> {
            List<SentFrame> connacks = frames.stream().filter(f -> f.type() == SentFrame.CONNACK).toList();
            if (connacks.isEmpty() || frames.get(frames.size() - 1) == connacks.get(0)) {
                return;
            }
            frames.forEach(f -> judged.add(f.evidence()));
            if (connacks.size() > 1) {
                findings.add(new Finding(requirement, "expected one CONNACK on connection " + connection + "; the broker sent "
                        + connacks.size(), connacks.stream().map(SentFrame::evidence).toList()));
            }
        });
        if (judged.isEmpty()) {
            return Outcome.inconclusive("on connections " + SentFrame.connections(entries) + " the broker sent nothing after "
                    + "a CONNACK, so whether it would send another cannot be told", entries);
        }
        return Outcome.judged(findings, judged);
    }

    /** Bits 7 to 1 of the Connect Acknowledge Flags of every CONNACK the broker sent are 0, read from the bytes. */
    public static Outcome acknowledgeFlags(String requirement, List<Evidence> entries) {
        List<SentFrame> connacks = SentFrame.of(entries).stream()
                .filter(f -> f.type() == SentFrame.CONNACK && f.bytes().length > f.body()).toList();
        if (connacks.isEmpty()) {
            return Outcome.inconclusive("the broker sent no CONNACK on connections " + SentFrame.connections(entries), entries);
        }
        List<Finding> findings = new ArrayList<>();
        for (SentFrame f : connacks) {
            int flags = f.bytes()[f.body()] & 0xFF;
            if ((flags & 0xFE) != 0) {
                findings.add(Finding.of(requirement, "expected bits 7 to 1 of the acknowledge flags of the CONNACK on connection "
                        + f.connection() + " to be 0; the byte was 0x" + String.format("%02x", flags), f.evidence()));
            }
        }
        return Outcome.judged(findings, connacks.stream().map(SentFrame::evidence).toList());
    }

    private static Map<String, List<SentFrame>> byConnection(List<Evidence> entries) {
        Map<String, List<SentFrame>> byConnection = new LinkedHashMap<>();
        SentFrame.of(entries).forEach(f -> byConnection.computeIfAbsent(f.connection(), k -> new ArrayList<>()).add(f));
        return byConnection;
    }
}
