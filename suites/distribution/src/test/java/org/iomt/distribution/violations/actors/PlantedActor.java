package org.iomt.distribution.violations.actors;

import org.iomt.distribution.violations.glue.PlantedSteps;

/** An actor that calls back into the step definitions. */
public record PlantedActor(PlantedSteps steps) {
}
