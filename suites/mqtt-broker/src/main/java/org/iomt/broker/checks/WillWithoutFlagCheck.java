package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;

import java.util.List;

/**
 * No will came when a connection without Will Flag ended, judged beside a second client's will. The client's earlier
 * connection had a will that its normal DISCONNECT discarded; that will arriving before the connection without will
 * ended belongs to another rule (a will published after a normal DISCONNECT), so it leaves this one unjudged.
 */
public final class WillWithoutFlagCheck {

    private WillWithoutFlagCheck() {
    }

    /**
     * @param deliveries every PUBLISH the watching subscriber received on the will's topic
     * @param will       the payload of the will the client's earlier connection had
     * @param drop       the entry recording when the suite dropped the connection without will
     * @param control    the payload of the second client's will
     */
    public static Outcome judge(String requirement, List<Evidence> deliveries, String will, Evidence drop, String control) {
        List<Evidence> early = deliveries.stream().filter(e -> e.seq() < drop.seq())
                .filter(e -> DeliveryCheck.find(List.of(e), will).isPresent()).toList();
        if (!early.isEmpty()) {
            return Outcome.inconclusive("the will \"" + will + "\" reached connection " + early.get(0).connection()
                    + " before connection " + drop.connection() + ", which set no Will Flag, ended: the broker published "
                    + "it for the earlier connection despite its normal DISCONNECT, so what followed the end of the "
                    + "connection without will cannot be told apart", early);
        }
        return DeliveryCheck.notDeliveredUnlike(requirement, deliveries, will, "when a connection that set no Will Flag "
                + "ended", new DeliveryCheck.Control(deliveries, control, "the broker publishes the will of a client that "
                + "loses its connection"));
    }
}
