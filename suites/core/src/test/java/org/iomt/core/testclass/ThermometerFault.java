package org.iomt.core.testclass;

import org.iomt.simulators.Fault;

import java.util.List;

/** The test thermometer's one fault. */
public enum ThermometerFault implements Fault {

    READING_IN_FAHRENHEIT("reading-in-fahrenheit", "reports the body temperature in degrees Fahrenheit although it claims Celsius",
            List.of("test-thermometer:THERMO-1"));

    private final String label;
    private final String description;
    private final List<String> violates;

    ThermometerFault(String label, String description, List<String> violates) {
        this.label = label;
        this.description = description;
        this.violates = violates;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    /** The rows the fault makes fail, {@code <set>:<id>}. */
    public List<String> violates() {
        return violates;
    }
}
