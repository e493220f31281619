package org.iomt.suites.checks;

import org.iomt.suites.model.Evidence;
import org.iomt.suites.model.Outcome;

import java.util.List;

/** Judges one requirement on recorded evidence, without side effects. */
public interface Check {

    /** The requirement the findings of this check cite ({@code <set>:<id>}). */
    String requirement();

    Outcome judge(List<Evidence> evidence);
}
