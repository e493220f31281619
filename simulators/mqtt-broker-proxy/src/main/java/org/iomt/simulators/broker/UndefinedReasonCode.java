package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PublishAck;

/**
 * Rewrites reason codes the broker sends an MQTT 5.0 client to values that the table of the packet does not hold:
 * CONNACK 0x8C (bad authentication method) to 0x8B, which only DISCONNECT defines; PUBACK 0x10 (no matching
 * subscribers) to 0x03; any DISCONNECT code to 0xA5, still a failure. Codes the clients act on otherwise stay.
 */
final class UndefinedReasonCode implements PacketTransform {

    static final int CONNACK_FROM = 0x8C;
    static final int CONNACK_TO = 0x8B;
    static final int PUBACK_FROM = 0x10;
    static final int PUBACK_TO = 0x03;
    static final int DISCONNECT_TO = 0xA5;

    @Override
    public void toClient(Passage p) {
        if (p.session().version() != MqttVersion.V5_0) {
            return;
        }
        p.packet(Connack.class).filter(c -> c.reasonCode() == CONNACK_FROM)
                .ifPresent(c -> p.replace(new Connack(c.flags(), c.sessionPresent(), CONNACK_TO, c.properties())));
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK && a.reasonCode() == PUBACK_FROM)
                .ifPresent(a -> p.replace(a.withReason(PUBACK_TO, a.properties())));
        p.packet(Disconnect.class).filter(d -> d.reasonCode() != DISCONNECT_TO)
                .ifPresent(d -> p.replace(new Disconnect(d.flags(), DISCONNECT_TO, d.properties())));
    }
}
