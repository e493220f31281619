package org.iomt.core.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where a certification run finds its inputs and puts its outputs.
 *
 * @param home     the suite's home: features/ and profiles/ are read from here
 * @param runDir   the run directory that receives run.json, junit.xml, report.html, evidence/, allure-results/
 * @param progress where progress and the summary are printed
 * @param clock    the suite's wall clock
 */
public record RunSettings(Path home, Path runDir, PrintStream progress, Clock clock) {

    public Path features() {
        return home.resolve("features");
    }

    public Path catalogue() {
        return features().resolve("requirements");
    }
}
