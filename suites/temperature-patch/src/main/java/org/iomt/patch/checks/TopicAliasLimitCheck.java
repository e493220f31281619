package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MQTT 5.0: the Topic Aliases a device sends: none is 0 on any connection, and on connections whose CONNACK allowed
 * aliases (a Topic Alias Maximum of 1 or more) none is above that maximum (connections without one are
 * {@link TopicAliasCheck}'s). Only PUBLISHes carrying an alias are judged; a device may use none, and then the rule
 * has nothing to speak of.
 */
public final class TopicAliasLimitCheck implements Check {

    private final String requirement;
    private final boolean againstMaximum;

    private TopicAliasLimitCheck(String requirement, boolean againstMaximum) {
        this.requirement = requirement;
        this.againstMaximum = againstMaximum;
    }

    /** No Topic Alias is above the Topic Alias Maximum of its connection's CONNACK. */
    public static TopicAliasLimitCheck withinMaximum(String requirement) {
        return new TopicAliasLimitCheck(requirement, true);
    }

    /** No Topic Alias is 0. */
    public static TopicAliasLimitCheck nonZero(String requirement) {
        return new TopicAliasLimitCheck(requirement, false);
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Map<String, Evidence> connacks = ConnackAnnouncements.announcing(evidence, MqttPropertyId.TOPIC_ALIAS_MAXIMUM);
        connacks.values().removeIf(c -> ConnackAnnouncements.value(c, MqttPropertyId.TOPIC_ALIAS_MAXIMUM) == 0);
        if (againstMaximum && connacks.isEmpty()) {
            return Outcome.inconclusive("the suite's broker allowed Topic Aliases (a Topic Alias Maximum above 0) on no "
                    + "connection of the device (it does so from the device's second accepted connection on)", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            Evidence connack = connacks.get(e.connection());
            boolean allowed = connack != null && e.seq() > connack.seq();
            if (e.direction() != Direction.DEVICE_TO_SUITE || againstMaximum && !allowed) {
                continue;
            }
            Publish p = e.as(Publish.class).orElse(null);
            Integer alias = p == null ? null : p.properties().first(MqttPropertyId.TOPIC_ALIAS).map(a -> (Integer) a.value())
                    .orElse(null);
            if (alias == null) {
                continue;
            }
            judged.add(e);
            if (againstMaximum && alias > ConnackAnnouncements.value(connack, MqttPropertyId.TOPIC_ALIAS_MAXIMUM)) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + ": PUBLISH carries Topic Alias " + alias
                        + " on connection " + e.connection() + ", whose CONNACK (packet #" + connack.seq()
                        + ") announced Topic Alias Maximum "
                        + ConnackAnnouncements.value(connack, MqttPropertyId.TOPIC_ALIAS_MAXIMUM), connack, e));
            } else if (!againstMaximum && alias == 0) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + ": PUBLISH carries Topic Alias 0 on connection "
                        + e.connection() + "; aliases start at 1", e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.notApplicable("the device sent no Topic Alias" + (againstMaximum ? " on the connections that "
                    + "allowed them (" + String.join(", ", connacks.keySet()) + ")" : "") + "; using aliases is its choice, "
                    + "and the rule speaks only of aliases it sends", List.copyOf(connacks.values()));
        }
        if (againstMaximum) {
            judged.addAll(0, connacks.values());
        }
        return Outcome.judged(findings, judged);
    }
}
