package org.iomt.core.spi;

import org.iomt.core.model.EvidenceLog;
import org.iomt.core.spi.EnvironmentException;

import java.util.List;

/**
 * What a device class needs around a run: the drivers and, for a simulated target, the built-in simulator. Started
 * before the features run, closed after; its logs are written to the run's evidence folder whatever happened.
 */
public interface DeviceTarget extends AutoCloseable {

    /**
     * Starts drivers and simulators, and prints where a live device must connect.
     *
     * @throws EnvironmentException when a port it must listen on is taken or a peer it must reach does not answer
     */
    void start() throws java.io.IOException, org.iomt.core.profile.ProfileException, EnvironmentException;

    /** What the device class's scenarios observe, found by type through the active run. */
    List<Object> observations();

    /** Every evidence log the target records into. */
    List<EvidenceLog> logs();

    /** Stops simulators first, then drivers, so that what a device sends while leaving is recorded. */
    @Override
    void close();
}
