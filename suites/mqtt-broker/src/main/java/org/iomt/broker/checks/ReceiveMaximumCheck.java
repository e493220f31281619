package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Flow control towards a client (MQTT 5.0 §4.9): while the client acknowledges nothing, the broker has no more QoS 1
 * and QoS 2 deliveries outstanding than the Receive Maximum the client announced. A retransmission (DUP set) of a
 * packet identifier already outstanding counts once.
 */
public final class ReceiveMaximumCheck {

    private ReceiveMaximumCheck() {
    }

    /**
     * @param deliveries     what the client received while it withheld every acknowledgement
     * @param receiveMaximum the Receive Maximum of its CONNECT
     * @param published      how many QoS 1 or 2 messages were published for it, more than {@code receiveMaximum}
     */
    public static Outcome withinReceiveMaximum(String requirement, List<Evidence> deliveries, int receiveMaximum, int published) {
        Set<Integer> outstanding = new LinkedHashSet<>();
        List<Evidence> judged = new ArrayList<>();
        Evidence beyond = null;
        for (Evidence e : deliveries) {
            Publish p = e.as(Publish.class).orElse(null);
            if (p == null || p.qos() == 0 || outstanding.contains(p.packetId())) {
                continue;
            }
            outstanding.add(p.packetId());
            judged.add(e);
            if (outstanding.size() > receiveMaximum && beyond == null) {
                beyond = e;
            }
        }
        if (beyond != null) {
            return Outcome.judged(List.of(new Finding(requirement, "expected at most " + receiveMaximum + " unacknowledged "
                    + "deliveries at QoS 1 or 2 to a client with Receive Maximum " + receiveMaximum + "; the broker sent "
                    + outstanding.size() + " of the " + published + " messages without waiting for an acknowledgement", judged)), judged);
        }
        if (outstanding.size() < receiveMaximum) {
            return Outcome.inconclusive("the broker delivered only " + outstanding.size() + " of the " + published + " messages, "
                    + "fewer than the Receive Maximum of " + receiveMaximum + ", so it is not shown that it held any back", judged);
        }
        return Outcome.judged(List.of(), judged);
    }
}
