package org.iomt.broker.target;

import org.iomt.simulators.broker.BrokerFault;

import java.util.Set;

/** The broker faults that live in Mosquitto's generated configuration rather than in the proxy. */
final class BrokerFaults {

    private BrokerFaults() {
    }

    static LocalMosquitto.Options configuration(Set<BrokerFault> faults) {
        return new LocalMosquitto.Options(
                faults.contains(BrokerFault.TLS_CERTIFICATE_WRONG_NAME) ? "broker.wrong-name.invalid" : "localhost",
                faults.contains(BrokerFault.TLS_ANONYMOUS_ALLOWED),
                !faults.contains(BrokerFault.CLIENT_CERTIFICATE_NOT_REQUIRED),
                !faults.contains(BrokerFault.CREDENTIALS_NEVER_ACCEPTED));
    }
}
