package org.iomt.suites.drivers.mqtt;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a scenario may change in the tester broker's otherwise correct behaviour. Every switch is off by default;
 * a scenario turns on what it needs.
 */
public final class BrokerControls {

    private final AtomicBoolean withholdAcknowledgements = new AtomicBoolean();
    private final AtomicBoolean dropOnNextPublish = new AtomicBoolean();

    /** While on, PUBLISH packets at QoS 1 and 2 get no PUBACK or PUBREC: the device must keep them unacknowledged. */
    public BrokerControls withholdAcknowledgements(boolean on) {
        withholdAcknowledgements.set(on);
        return this;
    }

    /** The next PUBLISH received closes its connection without acknowledgement, as a network loss would. */
    public BrokerControls dropConnectionOnNextPublish() {
        dropOnNextPublish.set(true);
        return this;
    }

    boolean acknowledgementsWithheld() {
        return withholdAcknowledgements.get();
    }

    boolean takeDropOnPublish() {
        return dropOnNextPublish.getAndSet(false);
    }
}
