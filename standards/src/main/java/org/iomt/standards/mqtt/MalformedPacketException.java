package org.iomt.standards.mqtt;

/**
 * A frame that cannot be decoded at all. {@link #ruleId()} names the normative statement that was broken
 * (for example "MQTT-1.5.4-2") or is {@link #MALFORMED} when no single statement applies; the message says
 * what was wrong and at which byte offset of the frame.
 */
public final class MalformedPacketException extends Exception {

    /** Rule id used when the frame is malformed without breaking one numbered statement. */
    public static final String MALFORMED = "MQTT-malformed";

    private final String ruleId;
    private final int offset;

    public MalformedPacketException(String ruleId, int offset, String what) {
        super(what + " at byte offset " + offset + " [" + ruleId + "]");
        this.ruleId = ruleId;
        this.offset = offset;
    }

    /** The statement id, such as "MQTT-3.3.1-4", or "MQTT-malformed". */
    public String ruleId() {
        return ruleId;
    }

    /** Byte offset in the frame (or stream buffer) where the problem was found. */
    public int offset() {
        return offset;
    }
}
