package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.util.ArrayList;
import java.util.List;

/**
 * MQTT 5.0 §3.3.2.3.9: the Content Type of every PUBLISH of the device that carries one is a UTF-8 string, well-formed
 * and without U+0000; read from the bytes of each PUBLISH, including those the suite's decoder refused. Not applicable
 * when no PUBLISH carries one, which the specification leaves to the sender.
 */
public record ContentTypeCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.direction() != Direction.DEVICE_TO_SUITE || SentTopics.type(e.bytes()) != SentTopics.PUBLISH) {
                continue;
            }
            List<byte[]> types = SentProperties.strings(e.bytes(), MqttPropertyId.CONTENT_TYPE);
            if (!types.isEmpty()) {
                judged.add(e);
            }
            for (byte[] type : types) {
                String problem = !SentTopics.wellFormed(type) ? "is not well-formed UTF-8"
                        : SentTopics.holdsNull(type) ? "holds the null character U+0000" : null;
                if (problem != null) {
                    findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": Content Type \""
                            + SentTopics.shown(type) + "\" " + problem, e));
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.notApplicable("no PUBLISH of the device carried a Content Type, which the sender may leave out",
                    List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
