package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A member of a Shared Subscription gets its messages at a higher QoS than it was granted: the proxy asks the broker
 * for QoS 1 where an MQTT 5.0 client asked for QoS 0 on a {@code $share/} filter, and hands the client a SUBACK
 * that grants what it asked for. The client acknowledges the QoS 1 deliveries, as the broker expects.
 */
final class SharedQosRaised implements PacketTransform {

    private static final String SHARED = "$share/";

    /** The QoS each subscription of a raised SUBSCRIBE asked for, by packet identifier. */
    private final Map<Integer, List<Integer>> asked = new HashMap<>();

    @Override
    public void toBroker(Passage p) {
        if (p.session().version() != MqttVersion.V5_0) {
            return;
        }
        p.packet(Subscribe.class).filter(s -> s.subscriptions().stream().anyMatch(SharedQosRaised::raises)).ifPresent(s -> {
            asked.put(s.packetId(), s.subscriptions().stream().map(Subscription::qos).toList());
            p.replace(new Subscribe(s.flags(), s.packetId(), s.properties(), s.subscriptions().stream()
                    .map(sub -> raises(sub) ? new Subscription(sub.topicFilter(), sub.options() | 1) : sub).toList()));
        });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Suback.class).ifPresent(ack -> {
            List<Integer> qos = asked.remove(ack.packetId());
            if (qos == null || qos.size() != ack.reasonCodes().size()) {
                return;
            }
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < qos.size(); i++) {
                int code = ack.reasonCodes().get(i);
                codes.add(code < 0x80 ? Math.min(code, qos.get(i)) : code);
            }
            p.replace(new Suback(ack.flags(), ack.packetId(), ack.properties(), codes));
        });
    }

    private static boolean raises(Subscription sub) {
        return sub.topicFilter().startsWith(SHARED) && sub.qos() == 0;
    }
}
