package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttVersion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hand-made recording, for the tests of the checks that read the broker's frames from their bytes: MQTT 5.0 frames
 * written out as hex or encoded from packets, each with its bytes, on a default connection or a named one.
 */
final class WireLog {

    private final List<Evidence> log = new ArrayList<>();
    private final String connection;

    WireLog(String connection) {
        this.connection = connection;
    }

    /** The entries so far, a live view in order. */
    List<Evidence> entries() {
        return log;
    }

    /** A frame the broker sent, as hex, decoded (leniently) when it decodes. */
    Evidence broker(String hex) {
        return broker(connection, hex);
    }

    Evidence broker(String on, String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        Optional<Object> packet;
        try {
            packet = Optional.of(MqttDecoder.decode(bytes, MqttVersion.V5_0));
        } catch (MalformedPacketException e) {
            packet = Optional.empty();
        }
        return add(Direction.DEVICE_TO_SUITE, on, bytes, packet);
    }

    Evidence broker(MqttPacket packet) {
        return add(Direction.DEVICE_TO_SUITE, connection, MqttEncoder.encode(packet, MqttVersion.V5_0), Optional.of(packet));
    }

    Evidence suite(MqttPacket packet) {
        return add(Direction.SUITE_TO_DEVICE, connection, MqttEncoder.encode(packet, MqttVersion.V5_0), Optional.of(packet));
    }

    private Evidence add(Direction direction, String on, byte[] bytes, Optional<Object> packet) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, on, bytes,
                packet.map(String::valueOf).orElse("undecoded"), packet);
        log.add(e);
        return e;
    }

    static void assertPasses(Outcome o) {
        assertTrue(o.passed(), String.valueOf(o));
    }

    static void assertInconclusive(Outcome o) {
        assertTrue(o.findings().isEmpty() && o.inconclusiveReason() != null, String.valueOf(o));
    }
}
