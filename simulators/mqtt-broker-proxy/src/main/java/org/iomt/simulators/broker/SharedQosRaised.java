package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

/**
 * A member of a Shared Subscription gets its messages at a higher QoS than it was granted: the proxy asks the broker
 * for QoS 1 where an MQTT 5.0 client asked for QoS 0 on a {@code $share/} filter, and hands the client a SUBACK
 * that grants what it asked for. The client acknowledges the QoS 1 deliveries, as the broker expects.
 */
final class SharedQosRaised implements PacketTransform {

    private static final String SHARED = "$share/";

    private final AskedQos asked = new AskedQos();

    @Override
    public void toBroker(Passage p) {
        if (p.session().version() != MqttVersion.V5_0) {
            return;
        }
        p.packet(Subscribe.class).filter(s -> s.subscriptions().stream().anyMatch(SharedQosRaised::raises)).ifPresent(s -> {
            asked.remember(s);
            p.replace(new Subscribe(s.flags(), s.packetId(), s.properties(), s.subscriptions().stream()
                    .map(sub -> raises(sub) ? new Subscription(sub.topicFilter(), sub.options() | 1) : sub).toList()));
        });
    }

    @Override
    public void toClient(Passage p) {
        asked.regrant(p, Math::min);
    }

    private static boolean raises(Subscription sub) {
        return sub.topicFilter().startsWith(SHARED) && sub.qos() == 0;
    }
}
