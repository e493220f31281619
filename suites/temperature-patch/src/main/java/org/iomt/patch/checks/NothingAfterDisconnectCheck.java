package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * After its DISCONNECT the device sends nothing more on that connection (MQTT 3.1.1 and 5.0 §3.14.4): every frame
 * of the device between a DISCONNECT and the end of its connection is a finding. Judged only where the connection
 * has ended, so that the whole time after the DISCONNECT was watched.
 */
public record NothingAfterDisconnectCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<SessionEnd.Ended> ended = SessionEnd.endedDisconnects(evidence);
        if (ended.isEmpty()) {
            return SessionEnd.noneEnded(evidence);
        }
        List<Finding> findings = new ArrayList<>();
        for (SessionEnd.Ended d : ended) {
            Evidence disconnect = d.disconnect();
            evidence.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.seq() > disconnect.seq()
                            && e.seq() < d.end().seq() && e.connection().equals(disconnect.connection()))
                    .forEach(after -> findings.add(Finding.of(requirement, "connection " + disconnect.connection()
                            + ": packet #" + after.seq() + " (" + after.decoded() + ") came after the device's DISCONNECT #"
                            + disconnect.seq(), disconnect, after)));
        }
        return Outcome.judged(findings, ended.stream().flatMap(d -> d.entries().stream()).toList());
    }
}
