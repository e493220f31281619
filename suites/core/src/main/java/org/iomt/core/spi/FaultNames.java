package org.iomt.core.spi;

import org.iomt.simulators.Fault;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads fault names against a simulator's fault catalogue. */
public final class FaultNames {

    private FaultNames() {
    }

    /**
     * The faults named, or an exception naming each unknown one and listing the catalogue.
     *
     * @param catalogue the simulator's faults
     * @param device    the simulated device, for the message
     */
    public static <F extends Enum<F> & Fault> Set<F> parse(Class<F> catalogue, List<String> names, String device)
            throws UnknownFaultException {
        Set<F> faults = EnumSet.noneOf(catalogue);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Fault.byLabel(catalogue, name).ifPresentOrElse(faults::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownFaultException("unknown fault" + (unknown.size() > 1 ? "s " : " ")
                    + unknown.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + " for the " + device + "; its faults are: "
                    + EnumSet.allOf(catalogue).stream().map(Fault::label).collect(Collectors.joining(", ")));
        }
        return faults;
    }
}
