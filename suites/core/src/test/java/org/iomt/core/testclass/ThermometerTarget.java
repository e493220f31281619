package org.iomt.core.testclass;

import org.iomt.core.model.EvidenceLog;
import org.iomt.core.spi.DeviceTarget;

import java.util.List;

/** The in-memory thermometer as a run's target: nothing to start, one evidence log. */
final class ThermometerTarget implements DeviceTarget {

    private final Thermometer thermometer;

    ThermometerTarget(Thermometer thermometer) {
        this.thermometer = thermometer;
    }

    @Override
    public void start() {
        // an in-memory thermometer is ready as soon as it exists
    }

    @Override
    public List<Object> observations() {
        return List.of(thermometer);
    }

    @Override
    public List<EvidenceLog> logs() {
        return List.of(thermometer.log());
    }

    @Override
    public void close() {
        // nothing was started
    }
}
