package org.iomt.identification.inspect;

import java.util.OptionalInt;

/**
 * How to read and extend codes.
 *
 * @param gcpLength digits of the GS1 Company Prefix, 6..12; needed to turn a GS1 key into an EPC (the key does not
 *                  carry it); empty when unknown
 * @param filter    EPC filter value for EPCs built from a GS1 key or a pure identity URI, which carry none (0..7)
 * @param bank      read every hex input as a whole EPC memory bank (StoredCRC, PC, EPC) instead of guessing
 */
public record InspectOptions(OptionalInt gcpLength, int filter, boolean bank) {
    /** No company prefix length, filter 0, hex forms guessed. */
    public static final InspectOptions DEFAULTS = new InspectOptions(OptionalInt.empty(), 0, false);

    public InspectOptions {
        if (gcpLength.isPresent() && (gcpLength.getAsInt() < 6 || gcpLength.getAsInt() > 12)) {
            throw new IllegalArgumentException("the GS1 Company Prefix length is 6..12 digits, got " + gcpLength.getAsInt());
        }
        if (filter < 0 || filter > 7) {
            throw new IllegalArgumentException("the filter value is 0..7, got " + filter);
        }
    }

    /** The same options with this company prefix length. */
    public InspectOptions withGcpLength(int digits) {
        return new InspectOptions(OptionalInt.of(digits), filter, bank);
    }

    /** The same options with this filter value. */
    public InspectOptions withFilter(int value) {
        return new InspectOptions(gcpLength, value, bank);
    }

    /** The same options reading hex as EPC banks. */
    public InspectOptions asBank() {
        return new InspectOptions(gcpLength, filter, true);
    }
}
