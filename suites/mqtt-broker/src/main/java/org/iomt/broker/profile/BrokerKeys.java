package org.iomt.broker.profile;

import org.iomt.core.profile.ProfileKey;

import java.time.Duration;
import java.util.List;

/** The profile keys of an MQTT broker under test: where it listens, the Mosquitto it may be, and the timers of its scenarios. */
public final class BrokerKeys {

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
    public static final ProfileKey<String> BROKER_UNAUTHORISED_TOPIC = ProfileKey.text("target.broker.unauthorisedTopic", null,
            "a topic the broker does not authorise the suite's client to publish to (live)", "MQTT 3.1.1 §3.3.5");
    public static final ProfileKey<String> MOSQUITTO =
            ProfileKey.text("target.mosquitto.executable", "mosquitto",
                    "the Mosquitto program a mosquitto target starts: a path, or a name looked up on PATH", "DESIGN §8");
    public static final ProfileKey<List<String>> VARIATIONS = ProfileKey.texts("target.variations",
            "behaviours the standards allow that the proxy gives a mosquitto target (docs/broker-proxy.md)", "DESIGN §5");
    public static final ProfileKey<String> TOPIC_PREFIX =
            ProfileKey.text("target.topicPrefix", "iomt-conformance", "first level of every topic the suite uses on a broker", "DESIGN §6");
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

    private BrokerKeys() {
    }

    /** Every key of the holder, for the device class's list of keys. */
    public static java.util.List<ProfileKey<?>> all() {
        return java.util.List.of(BROKER_VERSIONS, BROKER_HOST, BROKER_PORT, BROKER_TLS_PORT, BROKER_TLS_CA, BROKER_TLS_NAME, BROKER_CLIENT_CERTIFICATE, BROKER_CLIENT_KEY, BROKER_MUTUAL_TLS_PORT, MOSQUITTO, TOPIC_PREFIX, RESPONSE_TIMEOUT, SILENT_KEEP_ALIVE, SESSION_EXPIRY, MESSAGE_EXPIRY, WILL_DELAY, KEEP_ALIVE_TOLERANCE, VARIATIONS, BROKER_UNAUTHORISED_TOPIC);
    }
}
