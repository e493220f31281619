package org.iomt.core.run;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;

import java.io.File;

/**
 * The Allure plugin of one run: writes into that run's own results folder rather than through Allure's one global
 * lifecycle, so that runs side by side in one JVM keep their results apart. Cucumber makes it from
 * {@code org.iomt.core.run.RunAllureResults:<folder>}.
 */
public final class RunAllureResults extends AllureCucumber7Jvm {

    public RunAllureResults(File resultsFolder) {
        super(new AllureLifecycle(new FileSystemResultsWriter(resultsFolder.toPath())));
    }
}
