package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.ObservationClosed;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the suite's broker announced to the device in the CONNACK of each connection, and when each connection ended. */
final class ConnackAnnouncements {

    private ConnackAnnouncements() {
    }

    /** The accepting CONNACK of each connection whose CONNACK carried the given property, in the order they came. */
    static Map<String, Evidence> announcing(List<Evidence> evidence, MqttPropertyId property) {
        Map<String, Evidence> connacks = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e.direction() == Direction.SUITE_TO_DEVICE) {
                e.as(Connack.class).filter(c -> c.reasonCode() == 0 && c.properties().first(property).isPresent())
                        .ifPresent(c -> connacks.put(e.connection(), e));
            }
        }
        return connacks;
    }

    /** A packet the device sent on a connection after that connection's announcing CONNACK, with that CONNACK. */
    record SentUnder(Evidence connack, Evidence sent) {
    }

    /** What the device sent on each connection of {@code connacks} after its CONNACK there, in the order it came. */
    static List<SentUnder> sentAfter(List<Evidence> evidence, Map<String, Evidence> connacks) {
        List<SentUnder> sent = new java.util.ArrayList<>();
        for (Evidence e : evidence) {
            Evidence connack = connacks.get(e.connection());
            if (connack != null && e.seq() > connack.seq() && e.direction() == Direction.DEVICE_TO_SUITE && e.bytes().length > 0) {
                sent.add(new SentUnder(connack, e));
            }
        }
        return sent;
    }

    /** Why a rule on the broker's Maximum Packet Size has nothing to judge when no CONNACK announced one. */
    static final String NO_MAXIMUM_PACKET_SIZE = "the suite's broker announced a Maximum Packet Size on no connection of "
            + "the device (it does so from the device's second accepted connection on)";

    /** The value of an integer property of a CONNACK. */
    static int value(Evidence connack, MqttPropertyId property) {
        return (Integer) connack.as(Connack.class).orElseThrow().properties().first(property).orElseThrow().value();
    }

    /** The Maximum Packet Size a CONNACK announced, in bytes (the four-byte integer read unsigned). */
    static long maximumPacketSize(Evidence connack) {
        return Integer.toUnsignedLong(value(connack, MqttPropertyId.MAXIMUM_PACKET_SIZE));
    }

    /** Where the watch over a connection ended: its end, or the close of the observation window while it was open. */
    static Optional<Evidence> end(List<Evidence> evidence, String connection) {
        return evidence.stream().filter(e -> e.connection().equals(connection) && e.as(ConnectionEnded.class).isPresent()
                || e.as(ObservationClosed.class).isPresent()).findFirst();
    }
}
