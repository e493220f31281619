package org.iomt.core.model;

import org.opentest4j.TestAbortedException;

/**
 * Thrown by a step when a precondition was not met or the device did nothing in time: the scenario's verdict is
 * INCONCLUSIVE, never a proven violation and never a pass.
 */
public final class Inconclusive extends TestAbortedException {

    public Inconclusive(String reason) {
        super(reason);
    }
}
