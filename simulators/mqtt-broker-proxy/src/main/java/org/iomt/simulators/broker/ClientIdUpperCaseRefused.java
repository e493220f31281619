package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;

/**
 * A CONNECT whose client identifier holds an upper-case letter is refused in the broker's place, as by a broker that
 * takes only lower-case identifiers: CONNACK 0x02 (3.1.1) or 0x85 (5.0), then the connection closes.
 */
final class ClientIdUpperCaseRefused implements PacketTransform {

    private static final int V3_IDENTIFIER_REJECTED = 0x02;
    private static final int V5_CLIENT_IDENTIFIER_NOT_VALID = 0x85;

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).filter(c -> c.clientId().chars().anyMatch(Character::isUpperCase)).ifPresent(c -> {
            p.drop();
            p.answer(new Connack(0, false, p.session().version() == MqttVersion.V5_0 ? V5_CLIENT_IDENTIFIER_NOT_VALID
                    : V3_IDENTIFIER_REJECTED, MqttProperties.EMPTY));
            p.session().resetUpstream();
        });
    }
}
