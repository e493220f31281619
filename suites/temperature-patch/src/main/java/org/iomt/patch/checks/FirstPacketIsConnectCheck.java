package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * On every connection the first packet the device sends is a CONNECT: its packet type is CONNECT, whether or not the
 * suite's broker could decode the rest (what is wrong inside a CONNECT is for the rules about its fields).
 */
public record FirstPacketIsConnectCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Map<String, List<Evidence>> byConnection = MqttEvidence.deviceFramesByConnection(evidence);
        if (byConnection.isEmpty()) {
            return Outcome.inconclusive("the device sent no packet", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        byConnection.forEach((connection, frames) -> {
            Evidence first = frames.get(0);
            judged.add(first);
            if (!ConnectPayloadCheck.isConnect(first)) {
                findings.add(Finding.of(requirement, "connection " + connection + " began with " + first.decoded()
                        + ", expected CONNECT", first));
            }
        });
        return Outcome.judged(findings, judged);
    }
}
