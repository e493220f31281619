package org.iomt.core.model;

/**
 * The decoded value of the evidence entry that records the end of a device connection.
 *
 * @param keepAliveExpired true when the suite closed it because the device was silent for one and a half times
 *                         its Keep Alive
 * @param causedBySuite    true when the suite ended it (a Keep Alive that expired among the reasons) or made the device
 *                         end it on purpose (a certificate the device must refuse), not the device or the network
 * @param description      how it ended, for people
 */
public record ConnectionEnded(boolean keepAliveExpired, boolean causedBySuite, String description) {

    /** Ended by the device, the network or the peer the suite talks to, of their own accord. */
    public static ConnectionEnded byPeer(String description) {
        return new ConnectionEnded(false, false, description);
    }

    /** Ended by the suite, or on purpose by the suite's doing, for a reason other than an expired Keep Alive. */
    public static ConnectionEnded causedBySuite(String description) {
        return new ConnectionEnded(false, true, description);
    }
}
