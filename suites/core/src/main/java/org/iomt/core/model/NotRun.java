package org.iomt.core.model;

import org.opentest4j.TestAbortedException;

/** Thrown before a scenario runs when the run it belongs to is stopping: the scenario gets no verdict, it is not run. */
public final class NotRun extends TestAbortedException {

    public NotRun(String reason) {
        super(reason);
    }
}
