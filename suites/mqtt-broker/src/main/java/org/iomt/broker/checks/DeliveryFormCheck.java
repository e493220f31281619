package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.RawFields;
import org.iomt.standards.mqtt.VariableByteInteger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The form of the PUBLISH packets the broker sent, read from their bytes: a topic name in well-formed UTF-8 without
 * wildcards, no packet identifier at QoS 0 and, in MQTT 5.0, no Topic Alias 0.
 */
public final class DeliveryFormCheck {

    private static final int QOS = 0x06;
    private static final int IDENTIFIER = 2;

    private DeliveryFormCheck() {
    }

    /** The topic name of every PUBLISH the broker sent is a length-prefixed string of well-formed UTF-8. */
    public static Outcome topicNamesUtf8(String requirement, List<Evidence> entries) {
        List<SentFrame> deliveries = deliveries(entries);
        if (deliveries.isEmpty()) {
            return noDelivery(entries);
        }
        List<Finding> findings = new ArrayList<>();
        for (SentFrame f : deliveries) {
            Optional<byte[]> topic = topicBytes(f);
            if (topic.isEmpty()) {
                findings.add(Finding.of(requirement, "expected the delivery on connection " + f.connection() + " to begin "
                        + "with a length-prefixed topic name; its length runs past the packet", f.evidence()));
            } else if (!wellFormed(topic.get())) {
                findings.add(Finding.of(requirement, "expected the topic name of the delivery on connection " + f.connection()
                        + " to be well-formed UTF-8; its bytes were " + hex(topic.get()), f.evidence()));
            }
        }
        return Outcome.judged(findings, evidence(deliveries));
    }

    /** No topic name of a PUBLISH the broker sent holds '+' or '#'. */
    public static Outcome topicNamesWithoutWildcards(String requirement, List<Evidence> entries) {
        List<SentFrame> deliveries = deliveries(entries).stream().filter(f -> topicBytes(f).isPresent()).toList();
        if (deliveries.isEmpty()) {
            return noDelivery(entries);
        }
        List<Finding> findings = new ArrayList<>();
        for (SentFrame f : deliveries) {
            String topic = new String(topicBytes(f).orElseThrow(), StandardCharsets.UTF_8);
            if (topic.indexOf('+') >= 0 || topic.indexOf('#') >= 0) {
                findings.add(Finding.of(requirement, "expected no wildcard in the topic name of the delivery on connection "
                        + f.connection() + "; it was \"" + topic + "\"", f.evidence()));
            }
        }
        return Outcome.judged(findings, evidence(deliveries));
    }

    /**
     * No QoS 0 PUBLISH the broker sent carries a packet identifier. A delivery is judged when it carries a payload the
     * suite published: its bytes after the topic name are read without an identifier and, failing that, with two
     * bytes skipped; the reading that leaves exactly the published payload tells which form the broker sent.
     */
    public static Outcome qos0WithoutIdentifier(String requirement, List<Evidence> entries, List<byte[]> published,
                                                boolean withProperties) {
        List<SentFrame> atQos0 = deliveries(entries).stream().filter(f -> (f.flags() & QOS) == 0).toList();
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (SentFrame f : atQos0) {
            int after = topicBytes(f).map(t -> f.body() + 2 + t.length).orElse(-1);
            if (after < 0) {
                continue;
            }
            if (carries(f, after, published, withProperties)) {
                judged.add(f.evidence());
            } else if (carries(f, after + IDENTIFIER, published, withProperties)) {
                judged.add(f.evidence());
                findings.add(Finding.of(requirement, "expected no packet identifier in the QoS 0 delivery on connection "
                        + f.connection() + "; two bytes, " + hex(Arrays.copyOfRange(f.bytes(), after, after + IDENTIFIER))
                        + ", stood between its topic name and the message the suite published", f.evidence()));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the broker delivered at QoS 0 no message the suite published on connections "
                    + SentFrame.connections(entries), entries);
        }
        return Outcome.judged(findings, judged);
    }

    /** No MQTT 5.0 PUBLISH the broker sent carries a Topic Alias of 0. */
    public static Outcome noTopicAliasZero(String requirement, List<Evidence> entries) {
        List<SentFrame> deliveries = deliveries(entries).stream()
                .filter(f -> f.evidence().as(Publish.class).isPresent()).toList();
        if (deliveries.isEmpty()) {
            return noDelivery(entries);
        }
        List<Finding> findings = new ArrayList<>();
        for (SentFrame f : deliveries) {
            boolean zero = f.evidence().as(Publish.class).orElseThrow().properties().all(MqttPropertyId.TOPIC_ALIAS).stream()
                    .anyMatch(p -> p.intValue() == 0);
            if (zero) {
                findings.add(Finding.of(requirement, "expected no Topic Alias 0 in the delivery on connection " + f.connection()
                        + "; it carried one", f.evidence()));
            }
        }
        return Outcome.judged(findings, evidence(deliveries));
    }

    private static boolean carries(SentFrame f, int at, List<byte[]> published, boolean withProperties) {
        byte[] b = f.bytes();
        int payload = at;
        if (withProperties) {
            try {
                int count = at < b.length ? VariableByteInteger.length(b, at, b.length) : -1;
                if (count < 0) {
                    return false;
                }
                payload = at + count + VariableByteInteger.decode(b, at, b.length);
            } catch (MalformedPacketException e) {
                return false;
            }
        }
        if (payload > b.length) {
            return false;
        }
        byte[] rest = Arrays.copyOfRange(b, payload, b.length);
        return published.stream().anyMatch(p -> Arrays.equals(p, rest));
    }

    private static List<SentFrame> deliveries(List<Evidence> entries) {
        return SentFrame.of(entries).stream().filter(f -> f.type() == SentFrame.PUBLISH).toList();
    }

    /** The topic name's bytes, when its length prefix fits the frame. */
    private static Optional<byte[]> topicBytes(SentFrame f) {
        return RawFields.lengthPrefixed(f.bytes(), f.body());
    }

    private static boolean wellFormed(byte[] bytes) {
        return RawFields.utf8(bytes).isPresent();
    }

    private static Outcome noDelivery(List<Evidence> entries) {
        return Outcome.inconclusive("the broker delivered no message on connections " + SentFrame.connections(entries), entries);
    }

    private static List<Evidence> evidence(List<SentFrame> frames) {
        return frames.stream().map(SentFrame::evidence).toList();
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte x : bytes) {
            s.append(s.length() == 0 ? "" : " ").append(String.format("%02x", x & 0xFF));
        }
        return s.toString();
    }
}
