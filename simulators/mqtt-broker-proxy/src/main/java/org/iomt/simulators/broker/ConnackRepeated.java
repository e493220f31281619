package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;

/** Sends an MQTT 5.0 client the CONNACK of its connection once more after every PINGRESP of the broker. */
final class ConnackRepeated implements PacketTransform {

    private Connack connack;

    @Override
    public void toClient(Passage p) {
        p.packet(Connack.class).ifPresent(c -> connack = c);
        if (connack != null && p.session().version() == MqttVersion.V5_0 && p.is(PacketType.PINGRESP)) {
            p.alsoForward(connack);
        }
    }
}
