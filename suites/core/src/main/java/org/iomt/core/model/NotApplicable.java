package org.iomt.core.model;

import org.opentest4j.TestAbortedException;

/** Thrown before a scenario runs when the profile does not claim what it needs: the verdict is NOT_APPLICABLE. */
public final class NotApplicable extends TestAbortedException {

    public NotApplicable(String reason) {
        super(reason);
    }
}
