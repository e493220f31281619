package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A rule the strings of one MQTT 5.0 property of the device's PUBLISH packets keep, read from the bytes of each
 * PUBLISH, including those the suite's decoder refused: a UTF-8 string is well-formed and holds no U+0000 (§1.5.4; a
 * User Property's name and value alike, §1.5.7), and a Response Topic holds no wildcard (§3.3.2.3.5). Not applicable
 * when no PUBLISH carries the property, which the specification leaves to the sender.
 */
public final class PropertyStringCheck implements Check {

    private final String requirement;
    private final MqttPropertyId property;
    private final String name;
    private final Function<byte[], Optional<String>> problem;

    private PropertyStringCheck(String requirement, MqttPropertyId property, String name,
                                Function<byte[], Optional<String>> problem) {
        this.requirement = requirement;
        this.property = property;
        this.name = name;
        this.problem = problem;
    }

    /** Every Content Type is a UTF-8 string (MQTT 5.0 MQTT-3.3.2-19). */
    public static PropertyStringCheck contentType(String requirement) {
        return new PropertyStringCheck(requirement, MqttPropertyId.CONTENT_TYPE, "Content Type", PropertyStringCheck::notUtf8);
    }

    /** Every Response Topic is a UTF-8 string (MQTT 5.0 MQTT-3.3.2-13). */
    public static PropertyStringCheck responseTopic(String requirement) {
        return new PropertyStringCheck(requirement, MqttPropertyId.RESPONSE_TOPIC, "Response Topic", PropertyStringCheck::notUtf8);
    }

    /** No Response Topic holds a wildcard (MQTT 5.0 MQTT-3.3.2-14). */
    public static PropertyStringCheck responseTopicWithoutWildcards(String requirement) {
        return new PropertyStringCheck(requirement, MqttPropertyId.RESPONSE_TOPIC, "Response Topic",
                s -> new String(s, java.nio.charset.StandardCharsets.UTF_8).matches(".*[+#].*")
                        ? Optional.of("holds a wildcard character") : Optional.empty());
    }

    /** The name and the value of every User Property are UTF-8 strings (MQTT 5.0 MQTT-1.5.7-1). */
    public static PropertyStringCheck userProperties(String requirement) {
        return new PropertyStringCheck(requirement, MqttPropertyId.USER_PROPERTY, "User Property string",
                PropertyStringCheck::notUtf8);
    }

    private static Optional<String> notUtf8(byte[] string) {
        return !SentTopics.wellFormed(string) ? Optional.of("is not well-formed UTF-8")
                : SentTopics.holdsNull(string) ? Optional.of("holds the null character U+0000") : Optional.empty();
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
            if (e.direction() != Direction.DEVICE_TO_SUITE || SentTopics.type(e.bytes()) != SentTopics.PUBLISH) {
                continue;
            }
            List<byte[]> strings = SentProperties.strings(e.bytes(), property);
            if (!strings.isEmpty()) {
                judged.add(e);
            }
            for (byte[] string : strings) {
                problem.apply(string).ifPresent(p -> findings.add(Finding.of(requirement, "packet #" + e.seq() + " on "
                        + e.connection() + ": " + name + " \"" + SentTopics.shown(string) + "\" " + p, e)));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.notApplicable("no PUBLISH of the device carried a " + name.replace(" string", "")
                    + ", which the sender may leave out", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
