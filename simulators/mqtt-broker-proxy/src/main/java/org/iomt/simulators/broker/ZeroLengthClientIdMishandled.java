package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.concurrent.ThreadLocalRandom;

/**
 * MQTT 3.1.1: a CONNECT without client identifier that asks to keep its session reaches the broker with an
 * identifier the proxy makes up, so the broker accepts what it must refuse. MQTT 5.0: the Assigned Client Identifier
 * is removed from the CONNACK, so the client never learns the identifier it was given.
 */
final class ZeroLengthClientIdMishandled implements PacketTransform {

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).filter(c -> c.version().orElse(null) == MqttVersion.V3_1_1 && c.clientId().isEmpty()
                && !c.cleanStart()).ifPresent(c -> p.replace(ConnectEdits.withClientId(c, madeUp())));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Connack.class).filter(c -> p.session().version() == MqttVersion.V5_0
                        && c.properties().first(MqttPropertyId.ASSIGNED_CLIENT_IDENTIFIER).isPresent())
                .ifPresent(c -> p.replace(new Connack(c.flags(), c.sessionPresent(), c.reasonCode(),
                        c.properties().without(MqttPropertyId.ASSIGNED_CLIENT_IDENTIFIER))));
    }

    /** Short and alphanumeric, as every server must accept. */
    private static String madeUp() {
        return "proxy" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }
}
