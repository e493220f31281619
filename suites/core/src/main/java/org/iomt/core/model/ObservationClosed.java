package org.iomt.core.model;

/**
 * The decoded value of the evidence entry that closes an observation window: checks of timing judge the
 * silence between the device's last packet and this moment too, so a device that stops is not passed.
 *
 * @param readings how many readings the window held
 */
public record ObservationClosed(int readings) {
}
