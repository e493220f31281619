package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.VariableByteInteger;

import java.util.List;
import java.util.Optional;

/**
 * A frame the broker sent, read from its bytes rather than from the decoded view: the packet type, the four
 * fixed-header flag bits and where the Remaining Length ends, which the lenient decoder does not keep.
 */
record SentFrame(Evidence evidence, int type, int flags, int remainingLengthBytes, int remainingLength) {

    static final int CONNACK = 2;
    static final int PUBLISH = 3;
    static final int PUBREL = 6;

    /** Every frame the broker sent on the given entries that has a fixed header, in order. */
    static List<SentFrame> of(List<Evidence> entries) {
        return entries.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.bytes().length >= 2)
                .map(SentFrame::read).flatMap(Optional::stream).toList();
    }

    private static Optional<SentFrame> read(Evidence e) {
        byte[] b = e.bytes();
        try {
            int count = VariableByteInteger.length(b, 1, b.length);
            if (count < 0) {
                return Optional.empty();
            }
            return Optional.of(new SentFrame(e, (b[0] & 0xFF) >> 4, b[0] & 0x0F, count, VariableByteInteger.decode(b, 1, b.length)));
        } catch (MalformedPacketException ex) {
            return Optional.empty();
        }
    }

    /**
     * Whether the broker delivered a PUBLISH at QoS 2 on the entries: only then has it a PUBREL to send. A broker may
     * grant a QoS 2 subscription a lower QoS, and then delivers nothing at QoS 2.
     */
    static boolean deliveredAtQos2(List<Evidence> entries) {
        return of(entries).stream().anyMatch(f -> f.type() == PUBLISH && (f.flags() >> 1 & 0b11) == 2);
    }

    /** The offset of the variable header. */
    int body() {
        return 1 + remainingLengthBytes;
    }

    byte[] bytes() {
        return evidence.bytes();
    }

    String connection() {
        return evidence.connection();
    }

    /** The connections of the entries, for reasons: "[s7-client, s7-successor]". */
    static String connections(List<Evidence> entries) {
        return entries.stream().map(Evidence::connection).distinct().toList().toString();
    }
}
