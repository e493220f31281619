package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.FrameLengths;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.RawFields;
import org.iomt.standards.mqtt.RawPropertyStrings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The strings of one MQTT 5.0 property in a PUBLISH the broker delivered (a Response Topic, a Content Type, both
 * strings of each User Property) are UTF-8 Encoded Strings: well-formed UTF-8 without U+0000 (§1.5.4). Read from the
 * bytes, so that a string the suite's decoder refuses is judged rather than lost; the delivery is the frame that ends
 * with a message the suite published with that property.
 */
public final class ForwardedStringsCheck {

    private ForwardedStringsCheck() {
    }

    /**
     * @param entries everything the subscriber's connection recorded
     * @param payload the message the suite published with the property
     * @param what    the property's name, for reasons
     */
    public static Outcome wellFormed(String requirement, List<Evidence> entries, String payload, MqttPropertyId property,
                                     String what) {
        byte[] message = payload.getBytes(StandardCharsets.UTF_8);
        Optional<SentFrame> delivery = SentFrame.of(entries).stream().filter(f -> f.type() == SentFrame.PUBLISH
                && endsWith(f.bytes(), message)).findFirst();
        if (delivery.isEmpty()) {
            return Outcome.inconclusive("\"" + payload + "\" was not delivered on connections " + SentFrame.connections(entries)
                    + ", so no " + what + " the broker passed on can be judged", entries);
        }
        SentFrame f = delivery.get();
        List<byte[]> strings;
        try {
            Optional<Integer> at = FrameLengths.propertyLengthOffset(f.bytes());
            if (at.isEmpty()) {
                return fail(requirement, f, "it ends before its properties");
            }
            strings = RawPropertyStrings.of(f.bytes(), at.get(), property);
        } catch (MalformedPacketException e) {
            return fail(requirement, f, "its properties do not read: " + e.getMessage());
        }
        if (strings.isEmpty()) {
            return Outcome.inconclusive("the delivery of \"" + payload + "\" on connection " + f.connection() + " carries no "
                    + what + " (that it must pass one on is another rule), so none can be judged", List.of(f.evidence()));
        }
        List<String> broken = new ArrayList<>();
        for (byte[] s : strings) {
            Optional<String> text = RawFields.utf8(s);
            if (text.isEmpty()) {
                broken.add(HexFormat.of().formatHex(s) + " is not well-formed UTF-8");
            } else if (text.get().indexOf('\u0000') >= 0) {
                broken.add(HexFormat.of().formatHex(s) + " holds U+0000");
            }
        }
        return broken.isEmpty() ? Outcome.judged(List.of(), List.of(f.evidence()))
                : fail(requirement, f, String.join("; ", broken));
    }

    private static Outcome fail(String requirement, SentFrame f, String why) {
        return Outcome.judged(List.of(Finding.of(requirement, "expected the strings of the property in the delivery on "
                + "connection " + f.connection() + " to be UTF-8 Encoded Strings; " + why, f.evidence())), List.of(f.evidence()));
    }

    private static boolean endsWith(byte[] frame, byte[] message) {
        return frame.length >= message.length
                && Arrays.equals(frame, frame.length - message.length, frame.length, message, 0, message.length);
    }
}
