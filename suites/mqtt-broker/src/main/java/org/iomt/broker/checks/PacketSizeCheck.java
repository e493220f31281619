package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.List;

/**
 * The size of what a broker sends a client that announced a Maximum Packet Size (MQTT 5.0 §3.1.2.11.4): the size of
 * a packet is all its bytes, fixed header included, which is what the evidence records of each frame.
 */
public final class PacketSizeCheck {

    private PacketSizeCheck() {
    }

    /**
     * No frame from the broker on the connection is larger than the maximum; judged only once the control message,
     * small enough and published after the large one, has been delivered, so the broker had its chance to send.
     */
    public static Outcome noneLargerThan(String requirement, List<Evidence> connection, int maximum,
                                         DeliveryCheck.Control control) {
        List<Evidence> tooLarge = connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.bytes().length > maximum).toList();
        if (!tooLarge.isEmpty()) {
            return Outcome.judged(tooLarge.stream().map(e -> Finding.of(requirement, "expected no packet larger than the "
                    + maximum + " bytes the client announced as its Maximum Packet Size; the broker sent " + e.bytes().length
                    + " bytes: " + e.decoded(), e)).toList(), tooLarge);
        }
        if (DeliveryCheck.find(control.deliveries(), control.payload()).isEmpty()) {
            return Outcome.inconclusive("\"" + control.payload() + "\" was not delivered, so it is not shown that "
                    + control.shows(), control.deliveries());
        }
        return Outcome.judged(List.of(), connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE).toList());
    }
}
