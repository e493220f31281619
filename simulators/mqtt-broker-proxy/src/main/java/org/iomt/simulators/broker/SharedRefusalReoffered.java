package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;

import java.util.HashMap;
import java.util.Map;

/**
 * A message a member of a Shared Subscription refused is offered to the group again: when an MQTT 5.0 client that
 * holds a {@code $share/} subscription answers a delivery with a PUBACK or PUBREC of reason code 0x80 or above, the
 * proxy passes the answer on and publishes the message once more to the broker at QoS 0 on that connection, so the
 * broker hands it to one of the members again.
 */
final class SharedRefusalReoffered implements PacketTransform {

    private static final String SHARED = "$share/";
    private static final int FAILURE = 0x80;

    private final Map<Integer, Publish> deliveries = new HashMap<>();
    private boolean member;

    @Override
    public void toBroker(Passage p) {
        if (p.session().version() != MqttVersion.V5_0) {
            return;
        }
        p.packet(Subscribe.class).filter(s -> s.subscriptions().stream().anyMatch(sub -> sub.topicFilter().startsWith(SHARED)))
                .ifPresent(s -> member = true);
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                .ifPresent(ack -> {
                    Publish delivered = deliveries.remove(ack.packetId());
                    if (delivered != null && member && ack.reasonCode() >= FAILURE) {
                        p.alsoForward(Publish.of(delivered.topic(), 0, false, 0, delivered.payload()));
                    }
                });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() > 0).ifPresent(pub -> deliveries.put(pub.packetId(), pub));
    }
}
