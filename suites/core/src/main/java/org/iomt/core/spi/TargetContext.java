package org.iomt.core.spi;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What a run gives a device class's target.
 *
 * @param progress    where the target says what it started and where a live device must connect
 * @param clock       the suite's wall clock
 * @param evidenceDir the run's evidence folder, for files a target keeps as evidence (such as a broker's log)
 */
public record TargetContext(PrintStream progress, Clock clock, Path evidenceDir) {
}
