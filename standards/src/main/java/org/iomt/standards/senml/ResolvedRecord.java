package org.iomt.standards.senml;

import java.time.Instant;
import java.util.Optional;

/**
 * A record with the base fields of its pack applied (RFC 8428 section 4.6): full name, unit, value
 * with base value added, sum with base sum added, and an absolute time.
 */
public record ResolvedRecord(String name, Optional<String> unit, Optional<Double> value,
                             Optional<String> stringValue, Optional<Boolean> booleanValue,
                             Optional<String> dataValue, Optional<Double> sum, Instant time,
                             Optional<Double> updateTime) {
}
