package org.iomt.patch.checks;

import org.iomt.core.model.Evidence;
import org.iomt.standards.senml.ResolvedRecord;
import org.iomt.standards.senml.SenmlPack;
import org.iomt.standards.senml.SenmlResolver;

import java.util.List;
import java.util.Optional;

/** The body-temperature record of each reading, resolved against the time the suite received it. */
final class TemperatureReadings {

    private TemperatureReadings() {
    }

    /**
     * @param evidence   the PUBLISH that carried the reading
     * @param record     the resolved temperature record
     * @param timeStated whether the pack states a time (bt or t) rather than leaving it to the receiver
     */
    record Temperature(Evidence evidence, ResolvedRecord record, boolean timeStated) {
    }

    /**
     * The record named as claimed, else the pack's first record with a numeric value: a misnamed record is judged
     * by the naming rule, not lost to the others.
     */
    static List<Temperature> of(List<Evidence> log, String claimedName) {
        return Readings.of(log).stream()
                .filter(r -> r.pack().isPresent())
                .map(r -> pick(SenmlResolver.resolve(r.pack().get(), r.evidence().time()), claimedName)
                        .map(record -> new Temperature(r.evidence(), record, statesTime(r.pack().get()))))
                .flatMap(Optional::stream)
                .toList();
    }

    private static boolean statesTime(SenmlPack pack) {
        return pack.records().stream().anyMatch(r -> r.baseTime().isPresent() || r.time().isPresent());
    }

    private static Optional<ResolvedRecord> pick(List<ResolvedRecord> records, String claimedName) {
        return records.stream().filter(r -> r.name().equals(claimedName) || r.name().endsWith("/" + claimedName)
                        || r.name().endsWith(":" + claimedName)).findFirst()
                .or(() -> records.stream().filter(r -> r.value().isPresent()).findFirst());
    }
}
