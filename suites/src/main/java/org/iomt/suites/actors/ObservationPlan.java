package org.iomt.suites.actors;

import java.time.Duration;

/**
 * How long the suite watches a reporting device before judging, all from the profile.
 *
 * @param connectTimeout   how long to wait for the device's first packet
 * @param readings         readings to observe
 * @param interval         claimed reporting interval
 * @param intervalTolerance accepted relative deviation of the interval
 * @param keepAlive        claimed Keep Alive; the window lasts at least twice as long, so silence shows
 */
public record ObservationPlan(Duration connectTimeout, int readings, Duration interval, double intervalTolerance, Duration keepAlive) {

    /** The longest the window may stay open after the device's first packet. */
    public Duration windowBound() {
        Duration forReadings = Duration.ofMillis((long) (interval.toMillis() * readings * (1 + intervalTolerance)));
        Duration forKeepAlive = keepAlive.multipliedBy(2);
        return (forReadings.compareTo(forKeepAlive) > 0 ? forReadings : forKeepAlive).plusSeconds(1);
    }
}
