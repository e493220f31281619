package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A client's PUBREL for a QoS 2 PUBLISH whose Message Expiry Interval passed before the PUBREL came never reaches the
 * broker, as if the broker dropped the flow along with the expired message; no PUBCOMP comes.
 */
final class ExpiredReleaseSwallowed implements PacketTransform {

    /** When each QoS 2 PUBLISH with an expiry passed, by packet identifier: the proxy's clock when it expires. */
    private final Map<Integer, Long> expiresAt = new HashMap<>();

    @Override
    public void toBroker(Passage p) {
        long now = System.nanoTime();
        p.packet(Publish.class).filter(pub -> pub.qos() == 2).ifPresent(pub -> pub.properties()
                .first(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL)
                .ifPresent(e -> expiresAt.put(pub.packetId(), now + TimeUnit.SECONDS.toNanos(e.intValue()))));
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL).ifPresent(a -> {
            Long expiry = expiresAt.remove(a.packetId());
            if (expiry != null && now > expiry) {
                p.drop();
            }
        });
    }
}
