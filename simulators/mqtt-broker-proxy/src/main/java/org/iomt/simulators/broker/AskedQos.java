package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;

/**
 * The QoS each filter of a client's SUBSCRIBE asked for, kept by packet identifier until the broker's SUBACK, for the
 * faults that forward a SUBSCRIBE edited and hand the client a SUBACK whose grants they rewrite.
 */
final class AskedQos {

    private final Map<Integer, List<Integer>> asked = new HashMap<>();

    /** Remembers what the client's SUBSCRIBE asked for, before the fault edits it. */
    void remember(Subscribe s) {
        asked.put(s.packetId(), s.subscriptions().stream().map(Subscription::qos).toList());
    }

    /**
     * Replaces each success code of the SUBACK that answers a remembered SUBSCRIBE with {@code grant(code, asked)};
     * failure codes, and a SUBACK whose count of codes differs from the request's, pass unchanged.
     */
    void regrant(Passage p, IntBinaryOperator grant) {
        p.packet(Suback.class).ifPresent(ack -> {
            List<Integer> qos = asked.remove(ack.packetId());
            if (qos == null || qos.size() != ack.reasonCodes().size()) {
                return;
            }
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < qos.size(); i++) {
                int code = ack.reasonCodes().get(i);
                codes.add(code < 0x80 ? grant.applyAsInt(code, qos.get(i)) : code);
            }
            p.replace(new Suback(ack.flags(), ack.packetId(), ack.properties(), codes));
        });
    }
}
