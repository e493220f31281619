package org.iomt.broker.actors;

import org.iomt.standards.mqtt.MqttVersion;

import java.util.HexFormat;

/**
 * One packet of the robustness sweep that a broker must answer by closing the connection: its name, the packet type it
 * pretends to be, the family of rules it breaks and its bytes.
 *
 * @param name       unique within the corpus of a version, such as {@code PUBLISH/property-duplicated}
 * @param packetType the packet type the frame claims to be, by which the sweep reports ("reserved type 0" for none)
 * @param family     the family of rules the frame breaks
 * @param version    the protocol version the frame belongs to
 * @param afterConnect whether the frame follows a well-formed, accepted CONNECT on its connection (false for CONNECTs)
 * @param frame      the whole frame as sent
 */
public record MalformedCase(String name, String packetType, MalformedFamily family, MqttVersion version,
                            boolean afterConnect, byte[] frame) {

    /** The frame as lower-case hex, for findings and reports. */
    public String hex() {
        return HexFormat.of().formatHex(frame);
    }

    /** What the evidence says the frame is. */
    public String description() {
        return "malformed " + packetType + " of the sweep (" + name + ", MQTT " + version.label() + ")";
    }
}
