package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule the topic names and topic filters the device sent must keep, read from the bytes of every PUBLISH,
 * SUBSCRIBE or UNSUBSCRIBE frame, including those the suite's decoder refused: a UTF-8 string is well-formed and holds no U+0000
 * (MQTT 3.1.1 §1.5.3, 5.0 §1.5.4), and no topic holds U+0000 (§4.7.3 of both). Inconclusive without such a frame.
 */
public final class TopicStringCheck implements Check {

    private final String requirement;
    private final Set<Integer> types;
    private final MqttVersion version;
    private final boolean nullOnly;

    private TopicStringCheck(String requirement, Set<Integer> types, MqttVersion version, boolean nullOnly) {
        this.requirement = requirement;
        this.types = types;
        this.version = version;
        this.nullOnly = nullOnly;
    }

    /** The topic name of every PUBLISH is a UTF-8 string: well-formed, without U+0000. */
    public static TopicStringCheck topicNameIsUtf8String(String requirement, MqttVersion version) {
        return new TopicStringCheck(requirement, Set.of(SentTopics.PUBLISH), version, false);
    }

    /** Every topic filter of a SUBSCRIBE is a UTF-8 string: well-formed, without U+0000. */
    public static TopicStringCheck filtersAreUtf8Strings(String requirement, MqttVersion version) {
        return new TopicStringCheck(requirement, Set.of(SentTopics.SUBSCRIBE), version, false);
    }

    /** Every topic filter of an UNSUBSCRIBE is a UTF-8 string: well-formed, without U+0000. */
    public static TopicStringCheck unsubscribeFiltersAreUtf8Strings(String requirement, MqttVersion version) {
        return new TopicStringCheck(requirement, Set.of(SentTopics.UNSUBSCRIBE), version, false);
    }

    /** No topic name of a PUBLISH and no topic filter of a SUBSCRIBE holds U+0000. */
    public static TopicStringCheck noNullCharacter(String requirement, MqttVersion version) {
        return new TopicStringCheck(requirement, Set.of(SentTopics.PUBLISH, SentTopics.SUBSCRIBE), version, true);
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.direction() != Direction.DEVICE_TO_SUITE || !types.contains(SentTopics.type(e.bytes()))) {
                continue;
            }
            judged.add(e);
            String what = SentTopics.type(e.bytes()) == SentTopics.PUBLISH ? "PUBLISH topic name"
                    : SentTopics.typeName(e.bytes()) + " topic filter";
            for (byte[] field : SentTopics.of(e.bytes(), version)) {
                problem(field).ifPresent(p -> findings.add(Finding.of(requirement, "packet #" + e.seq() + " on "
                        + e.connection() + ": " + what + " \"" + SentTopics.shown(field) + "\" " + p, e)));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no " + (types.contains(SentTopics.PUBLISH) ? "PUBLISH" : "")
                    + (types.size() > 1 ? " or " : "") + (types.contains(SentTopics.SUBSCRIBE) ? "SUBSCRIBE" : "")
                    + (types.contains(SentTopics.UNSUBSCRIBE) ? "UNSUBSCRIBE" : "") + " during the observation window", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Optional<String> problem(byte[] field) {
        if (!nullOnly && !SentTopics.wellFormed(field)) {
            return Optional.of("is not well-formed UTF-8");
        }
        if (SentTopics.holdsNull(field)) {
            return Optional.of("holds the null character U+0000");
        }
        return Optional.empty();
    }
}
