package org.iomt.patch.checks;

import org.iomt.core.model.Evidence;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.standards.senml.SenmlJsonDecoder;
import org.iomt.standards.senml.SenmlPack;
import org.iomt.standards.senml.SenmlSyntaxException;

import java.util.List;
import java.util.Optional;

/** The readings of a session, each with its SenML pack when the payload decoded as one. */
final class Readings {

    private Readings() {
    }

    /**
     * One reading.
     *
     * @param evidence the PUBLISH that carried it
     * @param pack     the decoded pack, when the payload is SenML JSON
     * @param problem  why the payload did not decode, otherwise empty
     */
    record Reading(Evidence evidence, Optional<SenmlPack> pack, Optional<SenmlSyntaxException> problem) {
    }

    static List<Reading> of(List<Evidence> log) {
        return MqttEvidence.readings(log).stream().map(Readings::decode).toList();
    }

    private static Reading decode(Evidence e) {
        try {
            return new Reading(e, Optional.of(SenmlJsonDecoder.decode(MqttEvidence.publish(e).payload())), Optional.empty());
        } catch (SenmlSyntaxException problem) {
            return new Reading(e, Optional.empty(), Optional.of(problem));
        }
    }
}
