package org.iomt.core.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;

import java.util.List;

/** Judges one requirement on recorded evidence, without side effects. */
public interface Check {

    /** The requirement the findings of this check cite ({@code <set>:<id>}). */
    String requirement();

    Outcome judge(List<Evidence> evidence);
}
