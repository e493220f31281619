package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second SUBSCRIBE to a filter the connection already subscribed to does not replace the first subscription's QoS:
 * the proxy asks the broker for the first QoS again, and hands the client a SUBACK that grants what it asked for.
 */
final class ResubscriptionKeepsOldQos implements PacketTransform {

    /** The QoS each filter was first subscribed at on this connection. */
    private final Map<String, Integer> firstQos = new HashMap<>();
    /** The QoS each subscription of an edited SUBSCRIBE asked for, by packet identifier. */
    private final Map<Integer, List<Integer>> asked = new HashMap<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).ifPresent(s -> {
            List<Subscription> forwarded = new ArrayList<>();
            for (Subscription sub : s.subscriptions()) {
                int first = firstQos.computeIfAbsent(sub.topicFilter(), f -> sub.qos());
                forwarded.add(new Subscription(sub.topicFilter(), (sub.options() & ~3) | first));
            }
            if (!forwarded.equals(s.subscriptions())) {
                asked.put(s.packetId(), s.subscriptions().stream().map(Subscription::qos).toList());
                p.replace(new Subscribe(s.flags(), s.packetId(), s.properties(), forwarded));
            }
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
                codes.add(code < 0x80 ? qos.get(i) : code);
            }
            p.replace(new Suback(ack.flags(), ack.packetId(), ack.properties(), codes));
        });
    }
}
