package org.iomt.standards.senml;

import java.util.List;
import java.util.Objects;

/** A SenML pack: the records in the order they were sent. */
public record SenmlPack(List<SenmlRecord> records) {
    public SenmlPack {
        Objects.requireNonNull(records, "records");
        records = List.copyOf(records);
    }

    public static SenmlPack of(SenmlRecord... records) {
        return new SenmlPack(List.of(records));
    }
}
