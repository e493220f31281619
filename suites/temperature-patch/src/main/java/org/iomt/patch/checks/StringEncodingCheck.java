package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule of the UTF-8 strings in every packet the device sent (MQTT 3.1.1 §1.5.3, 5.0 §1.5.4), as the suite's decoder
 * read them: a frame it refused under the rule's statement id breaks the rule; a CONNECT, PUBLISH, SUBSCRIBE or
 * UNSUBSCRIBE it decoded carried strings that kept it. Inconclusive when the device sent no packet with a string.
 */
public final class StringEncodingCheck implements Check {

    private final String requirement;
    private final String statement;
    private final String rule;

    private StringEncodingCheck(String requirement, String statement, String rule) {
        this.requirement = requirement;
        this.statement = statement;
        this.rule = rule;
    }

    /** Every string is well-formed UTF-8, without surrogate code points. */
    public static StringEncodingCheck wellFormed(String requirement, MqttVersion version) {
        return new StringEncodingCheck(requirement, version == MqttVersion.V5_0 ? "MQTT-1.5.4-1" : "MQTT-1.5.3-1",
                "a string that is not well-formed UTF-8");
    }

    /** No string holds the null character U+0000. */
    public static StringEncodingCheck noNullCharacter(String requirement, MqttVersion version) {
        return new StringEncodingCheck(requirement, version == MqttVersion.V5_0 ? "MQTT-1.5.4-2" : "MQTT-1.5.3-2",
                "a string holding U+0000");
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        String refused = "malformed [" + statement + "]";
        for (Evidence e : evidence) {
            if (e.direction() != Direction.DEVICE_TO_SUITE) {
                continue;
            }
            if (e.decodedValue().isEmpty() && e.decoded().startsWith(refused)) {
                judged.add(e);
                findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": "
                        + SentTopics.typeName(e.bytes()) + " carries " + rule + " (" + e.decoded() + ")", e));
            } else if (e.as(Connect.class).isPresent() || e.as(Publish.class).isPresent() || e.as(Subscribe.class).isPresent()
                    || e.as(Unsubscribe.class).isPresent()) {
                judged.add(e);
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no CONNECT, PUBLISH, SUBSCRIBE or UNSUBSCRIBE during the "
                    + "observation window", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
