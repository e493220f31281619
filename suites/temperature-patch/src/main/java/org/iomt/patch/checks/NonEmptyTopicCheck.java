package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.util.ArrayList;
import java.util.List;

/**
 * Every topic name of a PUBLISH and every topic filter of a SUBSCRIBE the device sent is at least one character long
 * (MQTT 3.1.1 and 5.0 §4.7.3). A 5.0 PUBLISH with a Topic Alias may leave its topic name empty, the alias standing
 * for it (5.0 §3.3.2.3.4); such a PUBLISH is not judged here.
 */
public record NonEmptyTopicCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.direction() != Direction.DEVICE_TO_SUITE) {
                continue;
            }
            String where = "packet #" + e.seq() + " on " + e.connection() + ": ";
            if (e.as(Publish.class).isPresent()) {
                Publish p = e.as(Publish.class).get();
                if (p.topic().isEmpty() && p.properties().first(MqttPropertyId.TOPIC_ALIAS).isPresent()) {
                    continue;
                }
                judged.add(e);
                if (p.topic().isEmpty()) {
                    findings.add(Finding.of(requirement, where + "PUBLISH has an empty topic name and no Topic Alias", e));
                }
            } else if (e.as(Subscribe.class).isPresent()) {
                judged.add(e);
                if (e.as(Subscribe.class).get().subscriptions().stream().map(Subscription::topicFilter).anyMatch(String::isEmpty)) {
                    findings.add(Finding.of(requirement, where + "SUBSCRIBE has an empty topic filter", e));
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no PUBLISH or SUBSCRIBE during the observation window", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
