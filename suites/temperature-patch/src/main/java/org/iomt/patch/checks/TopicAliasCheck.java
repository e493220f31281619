package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MQTT 5.0 topic aliases a device sends, judged against the Topic Alias Maximum the broker announced in the CONNACK
 * of the same connection (absent means 0). This check judges the connections where none was announced: there the
 * device sends no Topic Alias at all.
 */
public record TopicAliasCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Map<String, Integer> announced = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.direction() == Direction.SUITE_TO_DEVICE) {
                e.as(Connack.class).ifPresent(c -> announced.put(e.connection(), c.properties()
                        .first(MqttPropertyId.TOPIC_ALIAS_MAXIMUM).map(p -> (Integer) p.value()).orElse(0)));
                continue;
            }
            Publish p = e.direction() == Direction.DEVICE_TO_SUITE ? e.as(Publish.class).orElse(null) : null;
            if (p == null || announced.getOrDefault(e.connection(), 0) != 0) {
                continue;
            }
            judged.add(e);
            p.properties().first(MqttPropertyId.TOPIC_ALIAS).ifPresent(alias -> findings.add(Finding.of(requirement,
                    "packet #" + e.seq() + ": PUBLISH carries Topic Alias " + alias.value() + " on connection " + e.connection()
                            + ", whose CONNACK announced no Topic Alias Maximum (so 0: no aliases)", e)));
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no PUBLISH was observed on a connection without a Topic Alias Maximum", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
