package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Topics;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A message that matches two or more of the client's subscriptions reaches it twice more than the broker sent it.
 * At QoS 1 and 2 the copies reuse the packet id with DUP set, and the client's acknowledgements of the copies (PUBACK
 * or PUBREC) are swallowed, so the broker sees one acknowledgement per message it sent.
 */
final class OverlapDuplicates implements PacketTransform {

    private static final int EXTRA_COPIES = 2;

    private final Set<String> filters = new LinkedHashSet<>();
    private final Map<Integer, Integer> extraAcksOwed = new HashMap<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).ifPresent(s -> s.subscriptions().stream().map(Subscription::topicFilter).forEach(filters::add));
        p.packet(Unsubscribe.class).ifPresent(u -> u.topicFilters().forEach(filters::remove));
        p.packet(PublishAck.class).filter(ack -> ack.type() == PacketType.PUBACK || ack.type() == PacketType.PUBREC)
                .ifPresent(ack -> {
                    Integer owed = extraAcksOwed.get(ack.packetId());
                    if (owed != null) {
                        p.drop();
                        extraAcksOwed.compute(ack.packetId(), (id, n) -> n == 1 ? null : n - 1);
                    }
                });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> matchingFilters(pub) >= 2).ifPresent(pub -> {
            for (int i = 0; i < EXTRA_COPIES; i++) {
                p.alsoForward(pub.qos() > 0 ? pub.withDup(true) : pub);
            }
            if (pub.qos() > 0) {
                extraAcksOwed.merge(pub.packetId(), EXTRA_COPIES, Integer::sum);
            }
        });
    }

    private long matchingFilters(Publish pub) {
        return filters.stream().filter(f -> Topics.matches(f, pub.topic())).count();
    }
}
