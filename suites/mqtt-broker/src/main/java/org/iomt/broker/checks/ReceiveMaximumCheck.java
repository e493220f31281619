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
 * packet identifier already outstanding counts once. A broker may keep fewer in flight than the client allows, down to
 * one (§4.9), so any number from one to the Receive Maximum keeps the rule; none shows nothing.
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
        if (outstanding.isEmpty()) {
            return Outcome.inconclusive("the broker delivered none of the " + published + " messages at QoS 1 or 2 while the "
                    + "client acknowledged nothing, so it is not shown that it delivers to the subscription at all", deliveries);
        }
        return Outcome.judged(List.of(), judged);
    }
}
