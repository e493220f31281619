package org.iomt.simulators;

import java.util.EnumSet;
import java.util.Optional;

/** A named fault of a simulator's catalogue: how profiles and the command line name it, and what it does. */
public interface Fault {

    /** The name used in profiles and on the command line. */
    String label();

    /** What the fault makes the simulator do, for people. */
    String description();

    /** The fault of the catalogue with this name. */
    static <F extends Enum<F> & Fault> Optional<F> byLabel(Class<F> catalogue, String label) {
        return EnumSet.allOf(catalogue).stream().filter(f -> f.label().equals(label)).findFirst();
    }
}
