package org.iomt.simulators.broker;

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
    private final AskedQos asked = new AskedQos();

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).ifPresent(s -> {
            List<Subscription> forwarded = new ArrayList<>();
            for (Subscription sub : s.subscriptions()) {
                int first = firstQos.computeIfAbsent(sub.topicFilter(), f -> sub.qos());
                forwarded.add(new Subscription(sub.topicFilter(), (sub.options() & ~3) | first));
            }
            if (!forwarded.equals(s.subscriptions())) {
                asked.remember(s);
                p.replace(new Subscribe(s.flags(), s.packetId(), s.properties(), forwarded));
            }
        });
    }

    @Override
    public void toClient(Passage p) {
        asked.regrant(p, (granted, wanted) -> wanted);
    }
}
