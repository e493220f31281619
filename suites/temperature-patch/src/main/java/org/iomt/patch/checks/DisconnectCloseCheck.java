package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * After its DISCONNECT the device closes the network connection itself (MQTT 3.1.1 and 5.0 §3.14.4): the suite's
 * broker reads on for a while after a DISCONNECT, and closes the connection only when the device has not. A DISCONNECT
 * whose connection had not ended when the evidence was frozen is not judged.
 */
public record DisconnectCloseCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<SessionEnd.Ended> ended = SessionEnd.endedDisconnects(evidence);
        if (ended.isEmpty()) {
            return SessionEnd.noneEnded(evidence);
        }
        List<Finding> findings = new ArrayList<>();
        for (SessionEnd.Ended d : ended) {
            if (d.end().as(ConnectionEnded.class).get().causedBySuite()) {
                findings.add(Finding.of(requirement, "connection " + d.disconnect().connection() + ": the device sent "
                        + "DISCONNECT #" + d.disconnect().seq() + " but did not close the connection; #" + d.end().seq()
                        + ": " + d.end().decoded(), d.disconnect(), d.end()));
            }
        }
        return Outcome.judged(findings, ended.stream().flatMap(d -> d.entries().stream()).toList());
    }
}
