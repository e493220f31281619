package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.PacketType;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What one fault does to the packets of one connection, each way. One instance serves one connection, so a fault
 * may keep state (packet ids it owes an answer for, subscriptions); the proxy calls it under the connection's lock.
 */
interface PacketTransform {

    /** Acts on a packet from the client on its way to the broker. */
    default void toBroker(Passage p) {
    }

    /** Acts on a packet from the broker on its way to the client. */
    default void toClient(Passage p) {
    }

    /** Called about ten times a second, for faults that act on silence. */
    default void tick(Session session, long nowNanos) {
    }

    /** Called once when the connection has closed, for faults that hold something for it beyond the connection. */
    default void closed() {
    }

    /** A fault that only looks at packets going to the broker. */
    static PacketTransform onWayToBroker(Consumer<Passage> action) {
        return new PacketTransform() {
            @Override
            public void toBroker(Passage p) {
                action.accept(p);
            }
        };
    }

    /** A fault that only looks at packets going to the client. */
    static PacketTransform onWayToClient(Consumer<Passage> action) {
        return new PacketTransform() {
            @Override
            public void toClient(Passage p) {
                action.accept(p);
            }
        };
    }

    /** Edits every packet of one kind going to the broker; an edit that changes nothing leaves the bytes as they were. */
    static <T extends MqttPacket> PacketTransform editToBroker(Class<T> kind, UnaryOperator<T> edit) {
        return onWayToBroker(p -> edit(p, kind, edit));
    }

    /** Edits every packet of one kind going to the client; an edit that changes nothing leaves the bytes as they were. */
    static <T extends MqttPacket> PacketTransform editToClient(Class<T> kind, UnaryOperator<T> edit) {
        return onWayToClient(p -> edit(p, kind, edit));
    }

    /** Never passes packets of this type from the broker on to the client. */
    static PacketTransform withheldFromClient(PacketType type) {
        return onWayToClient(p -> {
            if (p.is(type)) {
                p.drop();
            }
        });
    }

    private static <T extends MqttPacket> void edit(Passage p, Class<T> kind, UnaryOperator<T> edit) {
        p.packet(kind).ifPresent(original -> {
            T edited = edit.apply(original);
            if (!edited.equals(original)) {
                p.replace(edited);
            }
        });
    }
}
