package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;

/**
 * Tells an MQTT 5.0 client without identifier that asks to keep its session that its identifier is not valid
 * (CONNACK 0x85), while the broker behind took the connection, so the connection stays open after the refusal.
 */
final class IdentifierRefusalKeptOpen implements PacketTransform {

    /** CONNACK reason code Client Identifier not valid (MQTT 5.0 §3.2.2.2). */
    private static final int CLIENT_IDENTIFIER_NOT_VALID = 0x85;

    private boolean refuse;

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).filter(c -> !p.session().connectSeen() && c.protocolLevel() == 5).ifPresent(c ->
                refuse = c.clientId().isEmpty() && !c.cleanStart());
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Connack.class).filter(c -> refuse).ifPresent(c -> {
            refuse = false;
            p.replace(new Connack(c.flags(), false, CLIENT_IDENTIFIER_NOT_VALID, MqttProperties.EMPTY));
        });
    }
}
