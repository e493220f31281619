package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A SUBSCRIBE of several filters subscribes to the first only: the proxy forwards it with its first filter alone, and
 * gives the client a SUBACK that repeats the first filter's code once for each filter it named.
 */
final class SubscribeOnlyFirstFilter implements PacketTransform {

    /** How many filters the client named in each shortened SUBSCRIBE, by packet identifier. */
    private final Map<Integer, Integer> named = new HashMap<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).filter(s -> s.subscriptions().size() > 1).ifPresent(s -> {
            named.put(s.packetId(), s.subscriptions().size());
            p.replace(new Subscribe(s.flags(), s.packetId(), s.properties(), s.subscriptions().subList(0, 1)));
        });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Suback.class).ifPresent(ack -> {
            Integer count = named.remove(ack.packetId());
            if (count != null && ack.reasonCodes().size() == 1) {
                p.replace(new Suback(ack.flags(), ack.packetId(), ack.properties(),
                        Collections.nCopies(count, ack.reasonCodes().get(0))));
            }
        });
    }
}
