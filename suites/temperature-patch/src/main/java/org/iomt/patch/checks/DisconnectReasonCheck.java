package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every DISCONNECT the device sent carries a reason code MQTT 5.0 defines for DISCONNECT (§3.14.2.1). */
public record DisconnectReasonCheck(String requirement) implements Check {

    /** The DISCONNECT reason codes of MQTT 5.0 §3.14.2.1. */
    private static final Set<Integer> DEFINED = Set.of(0x00, 0x04, 0x80, 0x81, 0x82, 0x83, 0x87, 0x89, 0x8B, 0x8D, 0x8E,
            0x8F, 0x90, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2);

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> disconnects = SessionEnd.disconnects(evidence);
        if (disconnects.isEmpty()) {
            return Outcome.inconclusive("the device sent no DISCONNECT during the observation", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        for (Evidence e : disconnects) {
            int code = e.as(Disconnect.class).get().reasonCode();
            if (!DEFINED.contains(code)) {
                findings.add(Finding.of(requirement, String.format("packet #%d on %s: DISCONNECT reason code 0x%02X is not "
                        + "one MQTT 5.0 defines", e.seq(), e.connection(), code), e));
            }
        }
        return Outcome.judged(findings, disconnects);
    }
}
