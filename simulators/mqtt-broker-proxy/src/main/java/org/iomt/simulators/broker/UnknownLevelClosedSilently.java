package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PacketType;

/**
 * A CONNECT whose protocol level is neither MQTT 3.1.1's nor 5.0's gets no CONNACK: the broker's answer is dropped,
 * and the client sees only the connection close.
 */
final class UnknownLevelClosedSilently implements PacketTransform {

    private boolean unknownLevel;

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).ifPresent(c -> unknownLevel = c.version().isEmpty());
    }

    @Override
    public void toClient(Passage p) {
        if (unknownLevel && p.is(PacketType.CONNACK)) {
            p.drop();
        }
    }
}
