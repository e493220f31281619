package org.iomt.patch.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * MQTT 5.0: the spans in which the device's send quota stayed zero on a connection whose CONNACK announced a Receive
 * Maximum: each from the device's PUBLISH that left as many QoS 1 and 2 PUBLISHes unacknowledged as that maximum, to
 * the broker's packet that ended one of their flows, or to the end of the connection or of the watch.
 */
final class ZeroQuotaSpans {

    private ZeroQuotaSpans() {
    }

    /**
     * One span of zero quota.
     *
     * @param start the PUBLISH that used the quota up
     * @param end   the broker's packet that freed it, or the end of the connection or of the watch
     */
    record Span(Evidence start, Evidence end) {

        /** The entries of the span's connection that came in the given direction after its start and before its end. */
        List<Evidence> within(List<Evidence> evidence, Direction direction) {
            return evidence.stream().filter(e -> e.connection().equals(start.connection()) && e.direction() == direction
                    && e.seq() > start.seq() && e.seq() < end.seq()).toList();
        }
    }

    /** The spans of zero quota on one connection, after its CONNACK announcing a Receive Maximum, in order. */
    static List<Span> on(List<Evidence> evidence, String connection, Evidence connack) {
        int maximum = ConnackAnnouncements.value(connack, MqttPropertyId.RECEIVE_MAXIMUM);
        Set<Integer> unacknowledged = new LinkedHashSet<>();
        List<Span> spans = new ArrayList<>();
        Evidence start = null;
        for (Evidence e : evidence) {
            if (!e.connection().equals(connection) || e.seq() <= connack.seq()) {
                continue;
            }
            if (e.direction() == Direction.DEVICE_TO_SUITE) {
                Optional<Publish> p = e.as(Publish.class).filter(x -> x.qos() > 0);
                if (p.isPresent() && unacknowledged.add(p.get().packetId()) && unacknowledged.size() >= maximum
                        && start == null) {
                    start = e;
                }
            } else if (e.direction() == Direction.SUITE_TO_DEVICE && endsFlow(e)
                    && unacknowledged.remove(e.as(PublishAck.class).orElseThrow().packetId())
                    && start != null && unacknowledged.size() < maximum) {
                spans.add(new Span(start, e));
                start = null;
            }
        }
        Optional<Evidence> end = ConnackAnnouncements.end(evidence, connection);
        if (start != null && end.isPresent()) {
            spans.add(new Span(start, end.get()));
        }
        return spans;
    }

    /** Whether a packet of the broker ends a QoS 1 or 2 flow of the device: PUBACK, PUBCOMP, or a refusing PUBREC. */
    private static boolean endsFlow(Evidence e) {
        return e.as(PublishAck.class).map(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBCOMP
                || a.type() == PacketType.PUBREC && a.reasonCode() >= 0x80).orElse(false);
    }
}
