package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Subscribe;

/**
 * An MQTT 5.0 SUBSCRIBE that requests QoS 2 for any of its filters never reaches the broker: the proxy answers with
 * DISCONNECT, reason QoS not supported, and closes the connection, as a broker without QoS 2 that refuses such a
 * subscription instead of granting less does. The broker sees its client vanish.
 */
final class Qos2SubscriptionRefused implements PacketTransform {

    /** QoS not supported (MQTT 5.0 §3.14.2.1). */
    static final int QOS_NOT_SUPPORTED = 0x9B;

    @Override
    public void toBroker(Passage p) {
        if (p.session().version() != MqttVersion.V5_0) {
            return;
        }
        p.packet(Subscribe.class).filter(s -> s.subscriptions().stream().anyMatch(sub -> sub.qos() == 2)).ifPresent(s -> {
            p.drop();
            p.session().send(Direction.TO_CLIENT, new Disconnect(0, QOS_NOT_SUPPORTED, MqttProperties.EMPTY));
            p.session().resetUpstream();
        });
    }
}
