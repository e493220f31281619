package org.iomt.distribution.violations.model;

import org.iomt.distribution.violations.glue.PlantedSteps;

/** A model type that reaches up into the glue. */
public record PlantedReading(PlantedSteps steps) {
}
