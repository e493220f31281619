package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.VariableByteInteger;
import org.iomt.standards.senml.SenmlJsonDecoder;
import org.iomt.standards.senml.SenmlSyntaxException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * A PUBLISH at QoS 0 carries no packet identifier (MQTT 3.1.1 §2.3.1, 5.0 §2.2.1), read from the bytes of every
 * QoS 0 PUBLISH frame the device sent. Nothing in a frame marks where a packet identifier would be, so the check
 * relies on the payload being a SenML JSON pack: a frame whose payload decodes as one right after the topic name (and,
 * in 5.0, the properties) has none; a frame in which it decodes only two bytes further carries those two bytes as a
 * packet identifier. A frame whose payload decodes neither way is not judged.
 */
public record Qos0PacketIdCheck(String requirement, MqttVersion version) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        int qos0 = 0;
        for (Evidence e : evidence) {
            byte[] frame = e.bytes();
            if (e.direction() != Direction.DEVICE_TO_SUITE || SentTopics.type(frame) != SentTopics.PUBLISH
                    || (frame[0] & 0x06) != 0) {
                continue;
            }
            qos0++;
            OptionalInt afterTopic = afterTopic(frame);
            if (afterTopic.isEmpty()) {
                continue;
            }
            int at = afterTopic.getAsInt();
            if (senmlAt(frame, at)) {
                judged.add(e);
            } else if (at + 2 <= frame.length && senmlAt(frame, at + 2)) {
                judged.add(e);
                int id = (frame[at] & 0xFF) << 8 | frame[at + 1] & 0xFF;
                findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": QoS 0 PUBLISH "
                        + "carries two bytes (packet identifier " + id + ") between its topic name and its "
                        + (version == MqttVersion.V5_0 ? "properties" : "SenML payload"), e));
            }
        }
        if (qos0 == 0) {
            return Outcome.inconclusive("the device sent no PUBLISH at QoS 0 during the observation window", List.of());
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no PUBLISH at QoS 0 had a SenML JSON payload by which to tell where its "
                    + "topic name ends and its payload begins", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    /** Where the topic name of a PUBLISH frame ends. */
    private static OptionalInt afterTopic(byte[] frame) {
        try {
            int lengthBytes = VariableByteInteger.length(frame, 1, frame.length);
            int at = 1 + lengthBytes;
            if (lengthBytes < 0 || at + 2 > frame.length) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(at + 2 + ((frame[at] & 0xFF) << 8 | frame[at + 1] & 0xFF));
        } catch (MalformedPacketException ex) {
            return OptionalInt.empty();
        }
    }

    /** Whether a SenML JSON pack follows at {@code at} (in 5.0 after a property list there). */
    private boolean senmlAt(byte[] frame, int at) {
        int payload = at;
        if (version == MqttVersion.V5_0) {
            try {
                payload = at + VariableByteInteger.length(frame, at, frame.length)
                        + VariableByteInteger.decode(frame, at, frame.length);
            } catch (MalformedPacketException ex) {
                return false;
            }
        }
        if (payload < 0 || payload >= frame.length) {
            return false;
        }
        try {
            SenmlJsonDecoder.decode(Arrays.copyOfRange(frame, payload, frame.length));
            return true;
        } catch (SenmlSyntaxException ex) {
            return false;
        }
    }
}
