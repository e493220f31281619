package org.iomt.patch.actors;

import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKey;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.profile.ProfileProblem;
import org.iomt.mqtt.drivers.ConnackLimits;
import org.iomt.patch.checks.ServerKeepAliveCheck;
import org.iomt.patch.profile.PatchKeys;

import java.time.Duration;
import java.util.List;

/** What a profile says about a reporting device, derived once for the observation and the simulator alike. */
public final class ReportingDevices {

    private ReportingDevices() {
    }

    /** The claimed topic with {@code {serial}} and {@code {gtin}} replaced from the identity. */
    public static String topic(Profile profile) {
        return resolve(profile, profile.get(PatchKeys.MQTT_TOPIC));
    }

    private static String resolve(Profile profile, String topic) {
        return topic
                .replace("{serial}", profile.find(ProfileKeys.UDI_SERIAL).orElse(profile.get(ProfileKeys.SERIAL)))
                .replace("{gtin}", profile.find(ProfileKeys.UDI_GTIN).orElse(""));
    }

    /**
     * The will a device claims to leave in every CONNECT, placeholders of its topic resolved as for the readings.
     *
     * @param topic  will topic
     * @param qos    will QoS
     * @param retain will retain
     */
    public record Will(String topic, int qos, boolean retain) {
    }

    /** The claimed will, if the profile claims one. */
    public static java.util.Optional<Will> will(Profile profile) {
        return profile.find(PatchKeys.MQTT_WILL_TOPIC).map(t -> new Will(resolve(profile, t),
                profile.get(PatchKeys.MQTT_WILL_QOS), profile.get(PatchKeys.MQTT_WILL_RETAIN)));
    }

    /**
     * The user name the device presents when the profile claims authentication: that of target.credentials, or for a
     * simulated patch given none, the one made for the run from its serial number.
     */
    public static java.util.Optional<String> userName(Profile profile) {
        if (!profile.get(PatchKeys.MQTT_AUTHENTICATION)) {
            return java.util.Optional.empty();
        }
        return profile.find(org.iomt.mqtt.drivers.MqttKeys.USERNAME).or(() -> "simulated".equals(profile.get(ProfileKeys.TARGET_KIND))
                ? java.util.Optional.of(SIMULATED_USER_PREFIX + profile.get(ProfileKeys.SERIAL)) : java.util.Optional.empty());
    }

    /**
     * How the user name made for a simulated patch begins; its serial number follows. It differs from the patch's
     * client identifier, so that a CONNECT with the two swapped shows on the wire.
     */
    public static final String SIMULATED_USER_PREFIX = "user-";

    /**
     * The command topic a device claims to subscribe to, and the QoS it subscribes at.
     *
     * @param topic command topic, placeholders resolved as for the readings
     * @param qos   QoS of the subscription, at which the suite sends its command
     */
    public record Commands(String topic, int qos) {
    }

    /** The claimed command topic, if the profile claims one. */
    public static java.util.Optional<Commands> commands(Profile profile) {
        return profile.find(PatchKeys.MQTT_COMMANDS_TOPIC).map(t -> new Commands(resolve(profile, t),
                profile.get(PatchKeys.MQTT_COMMANDS_QOS)));
    }

    /**
     * The one command the suite sends a device that claims a command topic: a SenML pack setting the reporting
     * interval to the claimed one, so that a device may apply it or ignore it without changing what is judged.
     */
    public static byte[] command(Profile profile) {
        double seconds = profile.find(PatchKeys.REPORTING_INTERVAL).orElse(Duration.ofSeconds(60)).toMillis() / 1000.0;
        return ("[{\"n\":\"reportingInterval\",\"u\":\"s\",\"v\":" + seconds + "}]")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Keys the built-in simulator needs to play the device a profile describes. */
    public static final List<ProfileKey<?>> SIMULATOR_NEEDS = List.of(PatchKeys.MQTT_VERSION, PatchKeys.MQTT_QOS,
            PatchKeys.MQTT_TOPIC, PatchKeys.MQTT_KEEP_ALIVE, PatchKeys.REPORTING_INTERVAL, ProfileKeys.UDI_GTIN,
            ProfileKeys.UDI_SERIAL, PatchKeys.TEMPERATURE_NAME, PatchKeys.TEMPERATURE_UNIT);

    /** The profile states every claim the built-in patch needs to play the device it describes. */
    public static void requireSimulatorClaims(Profile profile) throws ProfileException {
        List<ProfileProblem> missing = missing(profile, SIMULATOR_NEEDS);
        if (!missing.isEmpty()) {
            throw new ProfileException(profile.file(), missing);
        }
    }

    /** The keys a profile leaves out although its target needs them, as problems located in the file. */
    public static List<ProfileProblem> missing(Profile profile, List<ProfileKey<?>> needed) {
        return needed.stream().filter(k -> profile.find(k).isEmpty())
                .map(k -> new ProfileProblem(k.path(), "required here: " + k.meaning())).toList();
    }

    public static ObservationPlan plan(Profile profile) {
        return new ObservationPlan(
                profile.get(PatchKeys.CONNECT_TIMEOUT),
                profile.get(PatchKeys.READINGS),
                profile.find(PatchKeys.REPORTING_INTERVAL).orElse(Duration.ofSeconds(60)),
                profile.get(PatchKeys.INTERVAL_TOLERANCE),
                Duration.ofSeconds(profile.find(PatchKeys.MQTT_KEEP_ALIVE).orElse(0)),
                profile.find(PatchKeys.MQTT_QOS).orElse(0) >= 1,
                commands(profile).map(c -> new ObservationPlan.Command(c.topic(), c.qos(), command(profile),
                        profile.find(PatchKeys.MQTT_COMMANDS_END_SESSION).map(e -> e.getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
                profile.find(PatchKeys.MQTT_BACKOFF),
                limits(profile),
                profile.find(PatchKeys.MQTT_QOS).orElse(0) == 2,
                "persistent".equals(profile.get(PatchKeys.MQTT_SESSION)),
                profile.get(PatchKeys.MQTT_WEBSOCKET),
                profile.find(PatchKeys.MQTT_AUTHENTICATION_METHOD).isPresent(),
                profile.find(PatchKeys.MQTT_AUTHENTICATION_METHOD).flatMap(m -> profile.find(PatchKeys.MQTT_REAUTHENTICATE)));
    }

    /** Receive Maximum the broker announces to a 5.0 device: one, so that a single unacknowledged reading fills it. */
    static final int RECEIVE_MAXIMUM = 1;
    /** Topic Alias Maximum the broker announces to a 5.0 device. */
    static final int TOPIC_ALIAS_MAXIMUM = 2;
    /**
     * Maximum Packet Size (bytes) the broker announces to a 5.0 device: room for a reading of some kilobytes, so that a
     * device need not discard one, while a device that ignores the limit may still go past it.
     */
    static final int MAXIMUM_PACKET_SIZE = 4096;

    /**
     * The limits the broker announces to a device speaking MQTT 5.0: a Receive Maximum of one, a Topic Alias Maximum,
     * a Maximum Packet Size, and, when the claimed Keep Alive leaves room, a Server Keep Alive of half of it.
     */
    static java.util.Optional<ConnackLimits> limits(Profile profile) {
        if (!"5.0".equals(profile.get(PatchKeys.MQTT_VERSION))) {
            return java.util.Optional.empty();
        }
        ConnackLimits limits = ConnackLimits.none().withReceiveMaximum(RECEIVE_MAXIMUM).withTopicAliasMaximum(TOPIC_ALIAS_MAXIMUM)
                .withMaximumPacketSize(MAXIMUM_PACKET_SIZE);
        int keepAlive = profile.find(PatchKeys.MQTT_KEEP_ALIVE).orElse(0);
        if (keepAlive >= ServerKeepAliveCheck.LEAST_SHORTENED) {
            limits = limits.withServerKeepAlive(keepAlive / 2);
        }
        return java.util.Optional.of(limits);
    }
}
