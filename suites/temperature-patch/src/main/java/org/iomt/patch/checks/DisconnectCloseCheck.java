package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * After its DISCONNECT the device closes the network connection itself (MQTT 3.1.1 and 5.0 §3.14.4): the suite's
 * broker reads on for a while after a DISCONNECT, and closes the connection only when the device has not. A DISCONNECT
 * whose connection had not ended when the evidence was frozen is not judged.
 */
public record DisconnectCloseCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence disconnect : SessionEnd.disconnects(evidence)) {
            Optional<Evidence> end = SessionEnd.end(evidence, disconnect);
            if (end.isEmpty()) {
                continue;
            }
            judged.add(disconnect);
            judged.add(end.get());
            if (end.get().as(ConnectionEnded.class).get().causedBySuite()) {
                findings.add(Finding.of(requirement, "connection " + disconnect.connection() + ": the device sent DISCONNECT #"
                        + disconnect.seq() + " but did not close the connection; #" + end.get().seq() + ": "
                        + end.get().decoded(), disconnect, end.get()));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no connection on which the device sent DISCONNECT ended during the observation",
                    SessionEnd.disconnects(evidence));
        }
        return Outcome.judged(findings, judged);
    }
}
