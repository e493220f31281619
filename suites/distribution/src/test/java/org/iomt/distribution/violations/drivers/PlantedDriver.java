package org.iomt.distribution.violations.drivers;

import org.iomt.distribution.violations.actors.PlantedActor;

/** A driver that knows the actor using it. */
public record PlantedDriver(PlantedActor actor) {
}
