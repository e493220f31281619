package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An UNSUBSCRIBE of several filters deletes only the first: the proxy forwards it with its first filter alone, and
 * gives the client an MQTT 5.0 UNSUBACK with a success code for each filter it named.
 */
final class UnsubscribeOnlyFirstFilter implements PacketTransform {

    private static final int SUCCESS = 0x00;

    /** How many filters the client named in each shortened UNSUBSCRIBE, by packet identifier. */
    private final Map<Integer, Integer> named = new HashMap<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Unsubscribe.class).filter(u -> u.topicFilters().size() > 1).ifPresent(u -> {
            named.put(u.packetId(), u.topicFilters().size());
            p.replace(new Unsubscribe(u.flags(), u.packetId(), u.properties(), u.topicFilters().subList(0, 1)));
        });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Unsuback.class).ifPresent(ack -> {
            Integer count = named.remove(ack.packetId());
            if (count != null && !ack.reasonCodes().isEmpty()) {
                List<Integer> codes = new ArrayList<>(ack.reasonCodes());
                while (codes.size() < count) {
                    codes.add(SUCCESS);
                }
                p.replace(new Unsuback(ack.flags(), ack.packetId(), ack.properties(), codes));
            }
        });
    }
}
