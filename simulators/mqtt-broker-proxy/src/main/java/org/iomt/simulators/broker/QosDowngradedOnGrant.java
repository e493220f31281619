package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

/**
 * A subscription asking for QoS 2 reaches the broker asking for QoS 1 (the other option bits of MQTT 5.0 kept), so the
 * broker's SUBACK grants QoS 1 and its deliveries keep to it.
 */
final class QosDowngradedOnGrant implements PacketTransform {

    private static final int QOS_BITS = 0b11;

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).filter(s -> s.subscriptions().stream().anyMatch(sub -> sub.qos() == 2)).ifPresent(s ->
                p.replace(new Subscribe(s.flags(), s.packetId(), s.properties(), s.subscriptions().stream()
                        .map(sub -> sub.qos() == 2 ? new Subscription(sub.topicFilter(), (sub.options() & ~QOS_BITS) | 1) : sub)
                        .toList())));
    }
}
