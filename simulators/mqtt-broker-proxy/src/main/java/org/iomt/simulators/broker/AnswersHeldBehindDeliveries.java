package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * On an MQTT 5.0 connection, a PINGRESP or SUBACK from the broker waits in the proxy while a QoS 1 or QoS 2 PUBLISH
 * the broker delivered is unacknowledged by the client, as from a broker that stops serving a client whose send quota
 * is used up; they pass, in order, once the client has acknowledged every delivery.
 */
final class AnswersHeldBehindDeliveries implements PacketTransform {

    private final Set<Integer> unacknowledged = new HashSet<>();
    private final List<MqttPacket> held = new ArrayList<>();

    @Override
    public void toClient(Passage p) {
        if (p.session().version() != MqttVersion.V5_0) {
            return;
        }
        p.packet(Publish.class).filter(pub -> pub.qos() > 0).ifPresent(pub -> unacknowledged.add(pub.packetId()));
        if ((p.is(PacketType.PINGRESP) || p.is(PacketType.SUBACK)) && !unacknowledged.isEmpty()) {
            p.packet().ifPresent(held::add);
            p.drop();
        }
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                .ifPresent(a -> unacknowledged.remove(a.packetId()));
        if (unacknowledged.isEmpty() && !held.isEmpty()) {
            held.forEach(packet -> p.session().send(Direction.TO_CLIENT, packet));
            held.clear();
        }
    }
}
