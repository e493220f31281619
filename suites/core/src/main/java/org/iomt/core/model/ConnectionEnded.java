package org.iomt.core.model;

/**
 * The decoded value of the evidence entry that records the end of a device connection.
 *
 * @param keepAliveExpired true when the suite closed it because the device was silent for one and a half times
 *                         its Keep Alive
 * @param description      how it ended, for people
 */
public record ConnectionEnded(boolean keepAliveExpired, String description) {
}
