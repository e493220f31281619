package org.iomt.standards.senml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a pack into resolved records (RFC 8428 section 4.6): base name + name, unit or base unit, base
 * value + value, base sum + sum, base time + time made absolute (times below 2^28 are seconds relative
 * to {@code now}). Records that carry only base fields produce no resolved record; the result is in
 * chronological order (stable, so records at the same time keep pack order). Meant for packs without
 * findings; on odd input it does its best and does not throw.
 */
public final class SenmlResolver {
    private SenmlResolver() {
    }

    public static List<ResolvedRecord> resolve(SenmlPack pack, Instant now) {
        String baseName = "";
        double baseTime = 0;
        Optional<String> baseUnit = Optional.empty();
        Optional<Double> baseValue = Optional.empty();
        Optional<Double> baseSum = Optional.empty();
        List<ResolvedRecord> out = new ArrayList<>();
        for (SenmlRecord r : pack.records()) {
            if (r.has(SenmlLabels.BASE_NAME)) {
                baseName = r.baseName().orElse("");
            }
            if (r.has(SenmlLabels.BASE_TIME)) {
                baseTime = r.baseTime().orElse(0d);
            }
            if (r.has(SenmlLabels.BASE_UNIT)) {
                baseUnit = r.baseUnit();
            }
            if (r.has(SenmlLabels.BASE_VALUE)) {
                baseValue = r.baseValue();
            }
            if (r.has(SenmlLabels.BASE_SUM)) {
                baseSum = r.baseSum();
            }
            if (SenmlValidator.isBaseOnly(r)) {
                continue;
            }
            String name = baseName + r.name().orElse("");
            Optional<String> unit = r.has(SenmlLabels.UNIT) ? r.unit() : baseUnit;
            Optional<Double> value = resolveValue(r, baseValue);
            Optional<Double> sum = r.sum().isPresent() || baseSum.isPresent()
                    ? Optional.of(baseSum.orElse(0d) + r.sum().orElse(0d))
                    : Optional.empty();
            Instant time = toInstant(baseTime + r.time().orElse(0d), now);
            out.add(new ResolvedRecord(name, unit, value, r.stringValue(), r.booleanValue(), r.dataValue(), sum, time,
                    r.updateTime()));
        }
        out.sort(Comparator.comparing(ResolvedRecord::time));
        return List.copyOf(out);
    }

    private static Optional<Double> resolveValue(SenmlRecord r, Optional<Double> baseValue) {
        if (r.value().isPresent()) {
            return Optional.of(baseValue.orElse(0d) + r.value().get());
        }
        boolean otherValue = r.has(SenmlLabels.STRING_VALUE) || r.has(SenmlLabels.BOOLEAN_VALUE)
                || r.has(SenmlLabels.DATA_VALUE) || r.has(SenmlLabels.VALUE);
        return otherValue ? Optional.empty() : baseValue;
    }

    /** Seconds (absolute from 2^28 on, else relative to now) to an instant, rounded to the microsecond. */
    static Instant toInstant(double seconds, Instant now) {
        if (!Double.isFinite(seconds)) {
            return now;
        }
        long micros = Math.round(seconds * 1_000_000d); // saturates instead of overflowing
        Instant base = seconds < SenmlLabels.RELATIVE_TIME_LIMIT ? now : Instant.EPOCH;
        try {
            return base.plusSeconds(Math.floorDiv(micros, 1_000_000L))
                    .plusNanos(Math.floorMod(micros, 1_000_000L) * 1_000L);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            return micros < 0 ? Instant.MIN : Instant.MAX;
        }
    }
}
