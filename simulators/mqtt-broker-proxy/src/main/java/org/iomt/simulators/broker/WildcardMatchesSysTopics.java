package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A subscription to "#" also gets the broker's own $SYS topics, as if the wildcard matched topics beginning with $:
 * the proxy adds a "$SYS/#" subscription at the same QoS to such a SUBSCRIBE, and takes its code out of the SUBACK, so
 * the client sees only what it asked for.
 */
final class WildcardMatchesSysTopics implements PacketTransform {

    private static final String EVERY_TOPIC = "#";
    private static final String SYS = "$SYS/#";

    /** The SUBSCRIBEs the proxy added a subscription to, by packet identifier. */
    private final Set<Integer> widened = new HashSet<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).ifPresent(s -> s.subscriptions().stream().filter(sub -> sub.topicFilter().equals(EVERY_TOPIC))
                .findFirst().ifPresent(every -> {
                    List<Subscription> subscriptions = new ArrayList<>(s.subscriptions());
                    subscriptions.add(new Subscription(SYS, every.options()));
                    widened.add(s.packetId());
                    p.replace(new Subscribe(s.flags(), s.packetId(), s.properties(), subscriptions));
                }));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Suback.class).filter(ack -> widened.remove(ack.packetId()) && !ack.reasonCodes().isEmpty()).ifPresent(ack ->
                p.replace(new Suback(ack.flags(), ack.packetId(), ack.properties(),
                        ack.reasonCodes().subList(0, ack.reasonCodes().size() - 1))));
    }
}
