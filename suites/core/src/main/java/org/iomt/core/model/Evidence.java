package org.iomt.core.model;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One recorded exchange with the device: when, which way, on which connection, the exact bytes, and a decoded
 * view for people. {@code decodedValue} holds the decoded object for checks (absent when the bytes did not decode).
 *
 * @param log          name of the log it belongs to, which names its evidence file
 * @param seq          position in its log, starting at 1
 * @param time         wall-clock time of the exchange
 * @param nanos        monotonic time of the exchange ({@link System#nanoTime()}), for measuring intervals
 * @param direction    which way it went
 * @param connection   the transport connection it belongs to
 * @param bytes        exactly what crossed the wire (empty for transport events)
 * @param decoded      one line for people: the decoded packet, or why it did not decode
 * @param decodedValue the decoded value checks read, if the bytes decoded
 */
public record Evidence(
        String log,
        long seq,
        Instant time,
        long nanos,
        Direction direction,
        String connection,
        byte[] bytes,
        String decoded,
        Optional<Object> decodedValue) {

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** This entry as the run record cites it, relative to the run directory: {@code evidence/<log>.jsonl#<seq>}. */
    public String reference() {
        return "evidence/" + log + ".jsonl#" + seq;
    }

    /** The decoded value when it has the given type. */
    public <T> Optional<T> as(Class<T> type) {
        return decodedValue.filter(type::isInstance).map(type::cast);
    }
}
