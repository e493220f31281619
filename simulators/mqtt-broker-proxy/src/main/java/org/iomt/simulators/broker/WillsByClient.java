package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The last will each client identifier connected with through one proxy, for the faults that keep wills past their end. */
final class WillsByClient {

    private final Map<String, Connect> wills = new ConcurrentHashMap<>();

    /**
     * A CONNECT with a will is remembered under its client identifier and passes unchanged; one that resumes a
     * session without a will gets the will remembered for its identifier, if any.
     */
    Connect keepOrRestore(Connect c) {
        return c.cleanStart() && !c.willFlag() ? c : keepOrRestoreOnAnySession(c);
    }

    /** As {@link #keepOrRestore}, for a CONNECT without a will whether it resumes a session or starts a clean one. */
    Connect keepOrRestoreOnAnySession(Connect c) {
        if (c.willFlag()) {
            wills.put(c.clientId(), c);
            return c;
        }
        Connect earlier = wills.get(c.clientId());
        if (earlier == null) {
            return c;
        }
        return c.withWill(earlier.willTopic(), earlier.willPayload(), earlier.willQos(), earlier.willRetain(),
                earlier.willProperties());
    }
}
