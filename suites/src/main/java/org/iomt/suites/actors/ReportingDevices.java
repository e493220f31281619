package org.iomt.suites.actors;

import org.iomt.suites.profile.Profile;
import org.iomt.suites.profile.ProfileKeys;

import java.time.Duration;

/** What a profile says about a reporting device, derived once for the observation and the simulator alike. */
public final class ReportingDevices {

    private ReportingDevices() {
    }

    /** The claimed topic with {@code {serial}} and {@code {gtin}} replaced from the identity. */
    public static String topic(Profile profile) {
        return profile.get(ProfileKeys.MQTT_TOPIC)
                .replace("{serial}", profile.find(ProfileKeys.UDI_SERIAL).orElse(profile.get(ProfileKeys.SERIAL)))
                .replace("{gtin}", profile.find(ProfileKeys.UDI_GTIN).orElse(""));
    }

    public static ObservationPlan plan(Profile profile) {
        return new ObservationPlan(
                profile.get(ProfileKeys.CONNECT_TIMEOUT),
                profile.get(ProfileKeys.READINGS),
                profile.find(ProfileKeys.REPORTING_INTERVAL).orElse(Duration.ofSeconds(60)),
                profile.get(ProfileKeys.INTERVAL_TOLERANCE),
                Duration.ofSeconds(profile.find(ProfileKeys.MQTT_KEEP_ALIVE).orElse(0)));
    }
}
