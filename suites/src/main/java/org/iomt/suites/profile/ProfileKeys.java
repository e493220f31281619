package org.iomt.suites.profile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every key the suite reads from a profile, typed, with its default, meaning and clause. */
public final class ProfileKeys {

    public static final ProfileKey<String> DEVICE =
            ProfileKey.text("device", null, "device class under test; selects the features", "DESIGN §6");

    public static final ProfileKey<String> VENDOR = ProfileKey.text("identity.vendor", null, "manufacturer", "ISO/IEC 17025 §7.8.2");
    public static final ProfileKey<String> MODEL = ProfileKey.text("identity.model", null, "model name", "ISO/IEC 17025 §7.8.2");
    public static final ProfileKey<String> FIRMWARE = ProfileKey.text("identity.firmware", null, "firmware version", "ISO/IEC 17025 §7.8.2");
    public static final ProfileKey<String> SERIAL = ProfileKey.text("identity.serial", null, "serial number of the unit tested", "ISO/IEC 17025 §7.8.2");
    public static final ProfileKey<String> UDI_GTIN =
            ProfileKey.text("identity.udi.gtin", null, "GTIN-14 of the device (UDI device identifier)", "GS1 General Specifications §3.2 AI (01)");
    public static final ProfileKey<String> UDI_SERIAL =
            ProfileKey.text("identity.udi.serial", null, "serial number in the UDI production identifier", "GS1 General Specifications §3.2 AI (21)");

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
    public static final ProfileKey<java.time.Duration> MQTT_BACKOFF =
            ProfileKey.duration("claims.mqtt.backoff", null, "least time the device waits before connecting again after its "
                    + "broker refused a CONNECT", "MQTT 3.1.1 §3.2.2.3 / 5.0 §3.2.2.2, §4.13; iomt-temperature-patch TP-BACKOFF");
    public static final ProfileKey<Boolean> MQTT_TLS = new ProfileKey<>("claims.mqtt.tls", java.util.Optional.of(false),
            "the device reaches its broker only over TLS, validating the broker's certificate chain and host name",
            "MQTT 3.1.1 §5.4.5 / 5.0 §5.4.5; RFC 5280 §6; RFC 6125 §6", com.fasterxml.jackson.databind.JsonNode::asBoolean);
    public static final ProfileKey<Boolean> MQTT_AUTHENTICATION = new ProfileKey<>("claims.mqtt.authentication",
            java.util.Optional.of(false), "the device presents the user name and password of target.credentials in every CONNECT",
            "MQTT §3.1.3.5, §3.1.3.6", com.fasterxml.jackson.databind.JsonNode::asBoolean);
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

    public static final ProfileKey<List<String>> EPC_SCHEMES =
            ProfileKey.texts("claims.epc.schemes", "EPC schemes the tags use, by tag URI name", "GS1 TDS §14");
    public static final ProfileKey<Map<String, Set<Integer>>> EPC_FILTERS = new ProfileKey<>("claims.epc.filters",
            Optional.of(Map.of()), "filter values each scheme's tags use", "GS1 TDS §10", ProfileKeys::filters);
    public static final ProfileKey<List<String>> COMPANY_PREFIXES =
            ProfileKey.texts("claims.epc.companyPrefixes", "GS1 Company Prefixes the tags are encoded under", "GS1 General Specifications §1.4");

    public static final ProfileKey<String> TARGET_KIND =
            ProfileKey.text("target.kind", null, "simulated (built-in simulator), live (a real device), export or mosquitto", "DESIGN §6");
    public static final ProfileKey<List<String>> FAULTS =
            ProfileKey.texts("target.faults", "faults switched on in the simulator", "DESIGN §7");
    public static final ProfileKey<String> LISTEN_HOST =
            ProfileKey.text("target.listen.host", "127.0.0.1", "address the tester broker binds in live mode", "DESIGN §6");
    public static final ProfileKey<Integer> LISTEN_PORT =
            ProfileKey.integer("target.listen.port", null, "port the tester broker listens on in live mode", "DESIGN §6");
    public static final ProfileKey<String> USERNAME =
            ProfileKey.text("target.credentials.username", null, "user name the device must present", "MQTT §3.1.3.5");
    public static final ProfileKey<String> PASSWORD =
            ProfileKey.text("target.credentials.password", null, "password the device must present", "MQTT §3.1.3.6");

    public static final ProfileKey<String> DEVICE_TLS_CA = ProfileKey.text("target.tls.ca", null,
            "live device over TLS: PEM certificate of the lab's CA the device trusts, relative to the profile", "RFC 5280 §6");
    public static final ProfileKey<String> DEVICE_TLS_CA_KEY = ProfileKey.text("target.tls.caKey", null,
            "live device over TLS: private key of that CA, with which the suite issues the run's broker certificates, "
                    + "relative to the profile", "RFC 5280 §4.1");
    public static final ProfileKey<String> DEVICE_TLS_SERVER_NAME = ProfileKey.text("target.tls.serverName", null,
            "live device over TLS: the host name (or address) the device dials, which the broker's certificate names",
            "RFC 6125 §6");

    public static final ProfileKey<List<String>> BROKER_VERSIONS =
            ProfileKey.texts("claims.mqtt.version", "MQTT versions an MQTT server accepts", "MQTT 3.1.1 §3.1.2.2 / 5.0 §3.1.2.2");
    public static final ProfileKey<String> BROKER_HOST =
            ProfileKey.text("target.broker.host", null, "host of the MQTT server under test (live)", "DESIGN §6");
    public static final ProfileKey<Integer> BROKER_PORT =
            ProfileKey.integer("target.broker.port", null, "plain MQTT port of the server under test (live)", "MQTT 5.0 §4.2");
    public static final ProfileKey<Integer> BROKER_TLS_PORT =
            ProfileKey.integer("target.broker.tls.port", null, "TLS port of the server under test (live)", "MQTT 5.0 §4.2");
    public static final ProfileKey<String> BROKER_TLS_CA =
            ProfileKey.text("target.broker.tls.ca", null, "CA the server's certificate must chain to, relative to the profile", "RFC 5280 §6");
    public static final ProfileKey<String> BROKER_TLS_NAME =
            ProfileKey.text("target.broker.tls.serverName", null, "name the server's certificate must carry; default: host", "RFC 6125 §6");
    public static final ProfileKey<String> BROKER_CLIENT_CERTIFICATE = ProfileKey.text("target.broker.tls.clientCertificate", null,
            "client certificate (PEM) the suite presents, relative to the profile", "RFC 8446 §4.4.2");
    public static final ProfileKey<String> BROKER_CLIENT_KEY = ProfileKey.text("target.broker.tls.clientKey", null,
            "PKCS#8 PEM key of the client certificate, relative to the profile", "RFC 8446 §4.4.3");
    public static final ProfileKey<Integer> BROKER_MUTUAL_TLS_PORT = ProfileKey.integer("target.broker.tls.mutualPort", null,
            "port of the listener that requires client certificates; default: the TLS port", "RFC 8446 §4.3.2");
    public static final ProfileKey<String> MOSQUITTO =
            ProfileKey.text("target.mosquitto.executable", "mosquitto",
                    "the Mosquitto program a mosquitto target starts: a path, or a name looked up on PATH", "DESIGN §8");
    public static final ProfileKey<String> TOPIC_PREFIX =
            ProfileKey.text("target.topicPrefix", "iomt-conformance", "first level of every topic the suite uses on a broker", "DESIGN §6");

    public static final ProfileKey<String> EXPORT_FILE =
            ProfileKey.text("target.file", null, "the reader export to judge, relative to the profile's folder", "DESIGN §6");
    public static final ProfileKey<Integer> POPULATION_SIZE =
            ProfileKey.integer("target.population.size", 200, "tags the built-in population holds", "DESIGN §7");
    public static final ProfileKey<Integer> POPULATION_SEED =
            ProfileKey.integer("target.population.seed", 1, "seed of the built-in population's serial numbers", "DESIGN §7");

    public static final ProfileKey<Duration> CONNECT_TIMEOUT =
            ProfileKey.duration("timers.connect", Duration.ofSeconds(30), "how long to wait for the device to connect", "DESIGN §5");
    public static final ProfileKey<Integer> READINGS =
            ProfileKey.integer("timers.readings", 3, "readings to observe before judging", "DESIGN §5");
    public static final ProfileKey<Duration> RESPONSE_TIMEOUT =
            ProfileKey.duration("timers.response", Duration.ofSeconds(3), "how long to wait for a broker's answer to one packet", "DESIGN §5");
    public static final ProfileKey<Integer> SILENT_KEEP_ALIVE =
            ProfileKey.integer("timers.keepAlive", 1, "Keep Alive (s) of the client that goes silent to test enforcement", "MQTT §3.1.2.10");
    public static final ProfileKey<Integer> SESSION_EXPIRY =
            ProfileKey.integer("timers.sessionExpiry", 2, "Session Expiry Interval (s) when session expiry is tested", "MQTT 5.0 §3.1.2.11.2");
    public static final ProfileKey<Integer> MESSAGE_EXPIRY =
            ProfileKey.integer("timers.messageExpiry", 1, "Message Expiry Interval (s) when message expiry is tested", "MQTT 5.0 §3.3.2.3.3");
    public static final ProfileKey<Integer> WILL_DELAY =
            ProfileKey.integer("timers.willDelay", 2, "Will Delay Interval (s) when the will delay is tested", "MQTT 5.0 §3.1.3.2.2");
    public static final ProfileKey<Duration> KEEP_ALIVE_TOLERANCE =
            ProfileKey.duration("tolerances.keepAlive", Duration.ofSeconds(1),
                    "time allowed beyond 1.5 x Keep Alive before a silent client must be disconnected", "MQTT §3.1.2.10");
    public static final ProfileKey<Duration> CLOCK_SKEW =
            ProfileKey.duration("tolerances.clockSkew", Duration.ofSeconds(5), "accepted difference between reading time and suite clock", "RFC 8428 §4.5.3");
    public static final ProfileKey<Double> INTERVAL_TOLERANCE =
            ProfileKey.number("tolerances.interval", 0.25, "accepted relative deviation of the reporting interval", "product claim");
    public static final ProfileKey<Double> BODY_MIN =
            ProfileKey.number("tolerances.bodyTemperature.min", 30.0, "lowest plausible body temperature (Cel)", "clinical plausibility");
    public static final ProfileKey<Double> BODY_MAX =
            ProfileKey.number("tolerances.bodyTemperature.max", 43.0, "highest plausible body temperature (Cel)", "clinical plausibility");

    private ProfileKeys() {
    }

    private static Map<String, Set<Integer>> filters(com.fasterxml.jackson.databind.JsonNode node) {
        Map<String, Set<Integer>> filters = new java.util.TreeMap<>();
        node.fields().forEachRemaining(e -> {
            Set<Integer> values = new java.util.TreeSet<>();
            e.getValue().forEach(v -> values.add(v.asInt()));
            filters.put(e.getKey(), Set.copyOf(values));
        });
        return Map.copyOf(filters);
    }
}
