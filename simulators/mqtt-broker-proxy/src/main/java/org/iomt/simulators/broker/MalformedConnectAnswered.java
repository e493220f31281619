package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;

/**
 * An MQTT 3.1.1 CONNECT with its reserved flag set, which the broker must close without a CONNACK, is answered in the
 * broker's place with a CONNACK refusing it (return code 0x02) before the connection closes.
 */
final class MalformedConnectAnswered implements PacketTransform {

    private static final int V3_IDENTIFIER_REJECTED = 0x02;

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).filter(c -> c.reservedFlag() && c.version().filter(MqttVersion.V3_1_1::equals).isPresent()).ifPresent(c -> {
            p.drop();
            p.answer(new Connack(0, false, V3_IDENTIFIER_REJECTED, MqttProperties.EMPTY));
            p.session().resetUpstream();
        });
    }
}
