package org.iomt.simulators.patch;

/**
 * What the patch checks of its broker's certificate over TLS.
 *
 * @param trustedCa the certificate chains to the patch's CA
 * @param hostName  the certificate names the host the patch dials
 */
record TlsChecks(boolean trustedCa, boolean hostName) {

    /** Both checks, as a conformant patch makes them. */
    static final TlsChecks BOTH = new TlsChecks(true, true);
}
