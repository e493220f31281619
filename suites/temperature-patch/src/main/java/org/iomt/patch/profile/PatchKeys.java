package org.iomt.patch.profile;

import org.iomt.core.profile.ProfileKey;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The profile keys of the temperature patch: its MQTT and reading claims, where it connects, and its timers and tolerances. */
public final class PatchKeys {

    public static final ProfileKey<String> MQTT_VERSION =
            ProfileKey.text("claims.mqtt.version", null, "MQTT version the device speaks", "MQTT 3.1.1 §3.1.2.2 / 5.0 §3.1.2.2");
    public static final ProfileKey<Integer> MQTT_QOS =
            ProfileKey.integer("claims.mqtt.qos", null, "QoS the device publishes readings at", "MQTT §4.3");
    public static final ProfileKey<String> MQTT_TOPIC =
            ProfileKey.text("claims.mqtt.topic", null, "topic of the readings, {serial} and {gtin} replaced", "MQTT §4.7");
    public static final ProfileKey<Integer> MQTT_KEEP_ALIVE =
            ProfileKey.integer("claims.mqtt.keepAlive", null, "Keep Alive (s) the device declares", "MQTT §3.1.2.10");
    public static final ProfileKey<String> MQTT_SESSION =
            ProfileKey.text("claims.mqtt.session", "clean", "session the device asks for: clean, or persistent (kept across "
                    + "connections, unacknowledged readings resent)", "MQTT 3.1.1 §3.1.2.4 / 5.0 §3.1.2.4, §3.1.2.11.2, §4.4");
    public static final ProfileKey<String> MQTT_WILL_TOPIC =
            ProfileKey.text("claims.mqtt.will.topic", null, "topic of the will message in every CONNECT, {serial} and {gtin} "
                    + "replaced", "MQTT 3.1.1 §3.1.3.3 / 5.0 §3.1.3.3");
    public static final ProfileKey<Integer> MQTT_WILL_QOS =
            ProfileKey.integer("claims.mqtt.will.qos", 0, "QoS of the will message", "MQTT §3.1.2.6");
    public static final ProfileKey<Boolean> MQTT_WILL_RETAIN = new ProfileKey<>("claims.mqtt.will.retain",
            java.util.Optional.of(false), "whether the will message is to be retained", "MQTT §3.1.2.7",
            com.fasterxml.jackson.databind.JsonNode::asBoolean);
    public static final ProfileKey<String> MQTT_COMMANDS_TOPIC =
            ProfileKey.text("claims.mqtt.commands.topic", null, "topic the device subscribes to for commands (a new reporting "
                    + "interval, say), {serial} and {gtin} replaced", "MQTT 3.1.1 §3.8 / 5.0 §3.8, §4.5");
    public static final ProfileKey<Integer> MQTT_COMMANDS_QOS =
            ProfileKey.integer("claims.mqtt.commands.qos", 0, "QoS the device subscribes to its command topic at, and "
                    + "acknowledges commands by", "MQTT 3.1.1 §3.3.4 / 5.0 §3.3.4, §4.5");
    public static final ProfileKey<String> MQTT_COMMANDS_END_SESSION =
            ProfileKey.text("claims.mqtt.commands.endSession", null, "the command (its payload, on the command topic) on "
                    + "which the device ends its session cleanly: it unsubscribes from its command topic, then sends "
                    + "DISCONNECT and closes the connection", "MQTT 3.1.1 §3.10, §3.14 / 5.0 §3.10, §3.14");
    public static final ProfileKey<java.time.Duration> MQTT_BACKOFF =
            ProfileKey.duration("claims.mqtt.backoff", null, "least time the device waits before connecting again after its "
                    + "broker refused a CONNECT", "MQTT 3.1.1 §3.2.2.3 / 5.0 §3.2.2.2, §4.13; iomt-temperature-patch TP-BACKOFF");
    public static final ProfileKey<Boolean> MQTT_TLS = new ProfileKey<>("claims.mqtt.tls", java.util.Optional.of(false),
            "the device reaches its broker only over TLS, validating the broker's certificate chain and host name",
            "MQTT 3.1.1 §5.4.5 / 5.0 §5.4.5; RFC 5280 §6; RFC 6125 §6", com.fasterxml.jackson.databind.JsonNode::asBoolean);
    public static final ProfileKey<Boolean> MQTT_WEBSOCKET = new ProfileKey<>("claims.mqtt.webSocket", java.util.Optional.of(false),
            "the device reaches its broker over WebSocket, on the path /mqtt, MQTT travelling in binary frames",
            "MQTT 3.1.1 §6 / 5.0 §6; RFC 6455", com.fasterxml.jackson.databind.JsonNode::asBoolean);
    public static final ProfileKey<Boolean> MQTT_AUTHENTICATION = new ProfileKey<>("claims.mqtt.authentication",
            java.util.Optional.of(false), "the device presents the user name and password of target.credentials in every CONNECT",
            "MQTT §3.1.3.5, §3.1.3.6", com.fasterxml.jackson.databind.JsonNode::asBoolean);
    public static final ProfileKey<String> MQTT_AUTHENTICATION_METHOD = ProfileKey.text(
            "claims.mqtt.enhancedAuthentication.method", null, "MQTT 5.0: the Authentication Method the device names in every "
                    + "CONNECT and authenticates by, proving the password of target.credentials (SCRAM-SHA-256, RFC 7677)",
            "MQTT 5.0 §3.1.2.11.9, §4.12; RFC 5802; RFC 7677");
    public static final ProfileKey<Duration> MQTT_REAUTHENTICATE = ProfileKey.duration(
            "claims.mqtt.enhancedAuthentication.reauthenticate", null, "MQTT 5.0: how long after each authentication the "
                    + "device re-authenticates on the same connection (AUTH 0x19)", "MQTT 5.0 §4.12.1");
    public static final ProfileKey<String> PAYLOAD_FORMAT =
            ProfileKey.text("claims.payload.format", null, "payload format of the readings", "RFC 8428");
    public static final ProfileKey<String> TEMPERATURE_NAME =
            ProfileKey.text("claims.temperature.name", null, "SenML name of the body-temperature record", "RFC 8428 §4.5.1");
    public static final ProfileKey<String> TEMPERATURE_UNIT =
            ProfileKey.text("claims.temperature.unit", null, "unit of the body temperature", "RFC 8428 §12.1");
    public static final ProfileKey<Duration> REPORTING_INTERVAL =
            ProfileKey.duration("claims.reporting.interval", null, "time between two readings", "product claim");
    public static final ProfileKey<String> IDENTITY_CARRIER =
            ProfileKey.text("claims.identity.carrier", null, "where the device states its UDI", "product claim");
    public static final ProfileKey<String> LISTEN_HOST =
            ProfileKey.text("target.listen.host", "127.0.0.1", "address the tester broker binds in live mode", "DESIGN §6");
    public static final ProfileKey<Integer> LISTEN_PORT =
            ProfileKey.integer("target.listen.port", null, "port the tester broker listens on in live mode", "DESIGN §6");
    public static final ProfileKey<String> DEVICE_TLS_CA = ProfileKey.text("target.tls.ca", null,
            "live device over TLS: PEM certificate of the lab's CA the device trusts, relative to the profile", "RFC 5280 §6");
    public static final ProfileKey<String> DEVICE_TLS_CA_KEY = ProfileKey.text("target.tls.caKey", null,
            "live device over TLS: private key of that CA, with which the suite issues the run's broker certificates, "
                    + "relative to the profile", "RFC 5280 §4.1");
    public static final ProfileKey<String> DEVICE_TLS_SERVER_NAME = ProfileKey.text("target.tls.serverName", null,
            "live device over TLS: the host name (or address) the device dials, which the broker's certificate names",
            "RFC 6125 §6");
    public static final ProfileKey<Duration> CONNECT_TIMEOUT =
            ProfileKey.duration("timers.connect", Duration.ofSeconds(30), "how long to wait for the device to connect", "DESIGN §5");
    public static final ProfileKey<Integer> READINGS =
            ProfileKey.integer("timers.readings", 3, "readings to observe before judging", "DESIGN §5");
    public static final ProfileKey<Duration> CLOCK_SKEW =
            ProfileKey.duration("tolerances.clockSkew", Duration.ofSeconds(5), "accepted difference between reading time and suite clock", "RFC 8428 §4.5.3");
    public static final ProfileKey<Double> INTERVAL_TOLERANCE =
            ProfileKey.number("tolerances.interval", 0.25, "accepted relative deviation of the reporting interval", "product claim");
    public static final ProfileKey<Double> BODY_MIN =
            ProfileKey.number("tolerances.bodyTemperature.min", 30.0, "lowest plausible body temperature (Cel)", "clinical plausibility");
    public static final ProfileKey<Double> BODY_MAX =
            ProfileKey.number("tolerances.bodyTemperature.max", 43.0, "highest plausible body temperature (Cel)", "clinical plausibility");

    private PatchKeys() {
    }

    /** Every key of the holder, for the device class's list of keys. */
    public static java.util.List<ProfileKey<?>> all() {
        return java.util.List.of(MQTT_VERSION, MQTT_QOS, MQTT_TOPIC, MQTT_KEEP_ALIVE, MQTT_SESSION, MQTT_WILL_TOPIC, MQTT_WILL_QOS, MQTT_WILL_RETAIN, MQTT_COMMANDS_TOPIC, MQTT_COMMANDS_QOS, MQTT_COMMANDS_END_SESSION, MQTT_BACKOFF, MQTT_TLS, MQTT_WEBSOCKET, MQTT_AUTHENTICATION, PAYLOAD_FORMAT, TEMPERATURE_NAME, TEMPERATURE_UNIT, REPORTING_INTERVAL, IDENTITY_CARRIER, LISTEN_HOST, LISTEN_PORT, DEVICE_TLS_CA, DEVICE_TLS_CA_KEY, DEVICE_TLS_SERVER_NAME, CONNECT_TIMEOUT, READINGS, CLOCK_SKEW, INTERVAL_TOLERANCE, BODY_MIN, BODY_MAX);
    }
}
