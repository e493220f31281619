package org.iomt.suites.runner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads fault names against a simulator's fault catalogue. */
final class FaultNames {

    private FaultNames() {
    }

    /**
     * The faults named, or an exception naming each unknown one and listing the catalogue.
     *
     * @param catalogue the simulator's faults
     * @param label     the name of a fault in profiles and on the command line
     * @param device    the simulated device, for the message
     */
    static <F extends Enum<F>> Set<F> parse(Class<F> catalogue, Function<F, String> label, List<String> names, String device)
            throws UnknownFaultException {
        Set<F> faults = EnumSet.noneOf(catalogue);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            EnumSet.allOf(catalogue).stream().filter(f -> label.apply(f).equals(name)).findFirst()
                    .ifPresentOrElse(faults::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownFaultException("unknown fault" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " for the " + device + "; known faults: "
                    + EnumSet.allOf(catalogue).stream().map(label).collect(Collectors.joining(", ")));
        }
        return faults;
    }
}
