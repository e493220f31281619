package org.iomt.mqtt.model;

/**
 * The decoded value of the evidence entry that records a TLS handshake the tester broker held with a device: which
 * certificate it presented and whether the device went through with the handshake. It names certificates only by
 * their role and subject; no key material is ever recorded.
 *
 * @param presented which certificate the broker presented
 * @param completed whether the handshake completed (the device accepted the certificate)
 * @param detail    for people: the negotiated protocol, or the alert or error that ended the handshake
 */
public record TlsHandshake(Presented presented, boolean completed, String detail) {

    /** The certificates the tester broker presents, in the order a careful device meets them. */
    public enum Presented {
        UNTRUSTED("a certificate for the broker's name from a CA the device does not trust"),
        WRONG_NAME("a certificate from the device's trusted CA for another host name"),
        TRUSTED("the certificate the device's trusted CA issued for the broker's name");

        private final String description;

        Presented(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
