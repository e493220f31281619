package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.PacketType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One frame on its way through the proxy, as the faults see it in turn. A fault may replace the packet, drop it,
 * answer it on the proxy's own account, or send more packets after it. A frame that no fault touched is forwarded
 * byte for byte; a replaced one is re-encoded.
 */
final class Passage {

    private final Direction direction;
    private final byte[] frame;
    private final MalformedPacketException malformed;
    private final Session session;
    private MqttPacket packet;
    private boolean replaced;
    private byte[] rewritten;
    private boolean dropped;
    private final List<MqttPacket> following = new ArrayList<>();
    private int edits;

    /** A frame that decoded to {@code packet}, or did not decode ({@code packet} null, {@code malformed} says why). */
    Passage(Direction direction, byte[] frame, MqttPacket packet, MalformedPacketException malformed, Session session) {
        this.direction = direction;
        this.frame = frame;
        this.packet = packet;
        this.malformed = malformed;
        this.session = session;
    }

    Direction direction() {
        return direction;
    }

    /** The packet as it now stands; empty when the frame could not be decoded or was dropped. */
    Optional<MqttPacket> packet() {
        return dropped ? Optional.empty() : Optional.ofNullable(packet);
    }

    /** The packet if it is of this kind. */
    <T extends MqttPacket> Optional<T> packet(Class<T> kind) {
        return packet().filter(kind::isInstance).map(kind::cast);
    }

    /** True when the packet is of this type. */
    boolean is(PacketType type) {
        return packet().map(p -> p.type() == type).orElse(false);
    }

    /** Why the frame could not be decoded (or framed), if it could not. */
    Optional<MalformedPacketException> malformed() {
        return Optional.ofNullable(malformed);
    }

    Session session() {
        return session;
    }

    /** Forwards {@code replacement} instead of the frame. */
    void replace(MqttPacket replacement) {
        packet = replacement;
        replaced = true;
        rewritten = null;
        edits++;
    }

    /**
     * Forwards these bytes instead of the frame, for a fault below what the packet model can say (reserved bits, the
     * length of an encoding); later faults still see the packet as it was decoded.
     */
    void rewrite(byte[] bytes) {
        rewritten = bytes.clone();
        edits++;
    }

    /** Forwards nothing; later faults do not see the packet. */
    void drop() {
        dropped = true;
        edits++;
    }

    /** Sends a packet back to where this one came from, as if its destination had answered. */
    void answer(MqttPacket reply) {
        session.send(direction.back(), reply);
        edits++;
    }

    /** Sends a packet after this one, to the same destination. */
    void alsoForward(MqttPacket extra) {
        following.add(extra);
        edits++;
    }

    boolean dropped() {
        return dropped;
    }

    /** How many changes the faults have made so far, to tell which fault acted. */
    int edits() {
        return edits;
    }

    /** The bytes to forward as they are: a fault's rewrite, else the original frame when no fault replaced the packet. */
    Optional<byte[]> untouchedFrame() {
        if (rewritten != null) {
            return Optional.of(rewritten);
        }
        return replaced ? Optional.empty() : Optional.of(frame);
    }

    /** The packets to send after this one. */
    List<MqttPacket> following() {
        return following;
    }
}
