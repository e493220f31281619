package org.iomt.core.testclass;

import org.iomt.core.model.Direction;
import org.iomt.core.model.EvidenceLog;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** An in-memory thermometer: each reading it takes is recorded as evidence, in Celsius unless its fault says otherwise. */
public final class Thermometer {

    /** What the thermometer measures, in degrees Celsius. */
    static final double BODY_TEMPERATURE = 36.6;

    private final EvidenceLog log;
    private final Set<ThermometerFault> faults;

    public Thermometer(EvidenceLog log, Set<ThermometerFault> faults) {
        this.log = log;
        this.faults = Set.copyOf(faults);
    }

    /** Takes one reading and records it as the device would send it. */
    public void takeReading() {
        double value = faults.contains(ThermometerFault.READING_IN_FAHRENHEIT) ? BODY_TEMPERATURE * 9 / 5 + 32 : BODY_TEMPERATURE;
        String text = String.format(java.util.Locale.ROOT, "%.1f", value);
        log.append(Direction.DEVICE_TO_SUITE, "thermometer", text.getBytes(StandardCharsets.US_ASCII), "reading " + text, value);
    }

    public EvidenceLog log() {
        return log;
    }
}
