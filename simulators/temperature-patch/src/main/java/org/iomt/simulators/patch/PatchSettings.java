package org.iomt.simulators.patch;

import org.iomt.standards.mqtt.MqttVersion;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What the patch is and how it behaves, as its profile states it.
 *
 * @param version         MQTT version it speaks
 * @param clientId        MQTT client identifier
 * @param keepAlive       Keep Alive in seconds it declares (and honours)
 * @param qos             QoS of its readings
 * @param topic           topic of its readings
 * @param interval        time between readings
 * @param gtin            GTIN-14 of its UDI
 * @param serial          serial number of its UDI
 * @param temperatureName SenML name of the temperature record
 * @param unit            unit of the temperature record
 * @param credentials     user name and password to present, if any
 * @param persistentSession whether it asks the broker to keep its session (3.1.1 CleanSession 0; 5.0 Clean Start 0 and
 *                        a Session Expiry Interval), and resends unacknowledged readings when the session is resumed
 * @param will            the will message it leaves with the broker in every CONNECT, if any
 * @param faults          faults switched on
 * @param tls             how it reaches the broker over TLS, if it does
 * @param commands        the command topic it subscribes to after connecting, and at which QoS, if any
 * @param refusalBackoff  how long it waits before connecting again after its broker refused a CONNECT, if it says;
 *                        otherwise its ordinary reconnection back-off
 * @param webSocket       whether it reaches the broker over WebSocket (on the path /mqtt), MQTT in binary frames
 * @param enhancedAuthentication MQTT 5.0: how it authenticates in the CONNECT and re-authenticates, if it does
 */
public record PatchSettings(
        MqttVersion version,
        String clientId,
        int keepAlive,
        int qos,
        String topic,
        Duration interval,
        String gtin,
        String serial,
        String temperatureName,
        String unit,
        Optional<Credentials> credentials,
        boolean persistentSession,
        Optional<Will> will,
        Set<PatchFault> faults,
        Optional<Tls> tls,
        Optional<Commands> commands,
        Optional<Duration> refusalBackoff,
        boolean webSocket,
        Optional<EnhancedAuthentication> enhancedAuthentication) {

    public PatchSettings {
        faults = Set.copyOf(faults);
    }

    /** A patch that takes no commands. */
    public PatchSettings(MqttVersion version, String clientId, int keepAlive, int qos, String topic, Duration interval,
                         String gtin, String serial, String temperatureName, String unit, Optional<Credentials> credentials,
                         boolean persistentSession, Optional<Will> will, Set<PatchFault> faults, Optional<Tls> tls) {
        this(version, clientId, keepAlive, qos, topic, interval, gtin, serial, temperatureName, unit, credentials,
                persistentSession, will, faults, tls, Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /** A patch that reaches its broker over plain TCP. */
    public PatchSettings(MqttVersion version, String clientId, int keepAlive, int qos, String topic, Duration interval,
                         String gtin, String serial, String temperatureName, String unit, Optional<Credentials> credentials,
                         boolean persistentSession, Optional<Will> will, Set<PatchFault> faults) {
        this(version, clientId, keepAlive, qos, topic, interval, gtin, serial, temperatureName, unit, credentials,
                persistentSession, will, faults, Optional.empty());
    }

    /**
     * TLS as a careful device uses it: the broker's certificate must chain to a CA in {@code caFile} and carry the
     * name the patch dials.
     *
     * @param caFile     PEM certificates of the CAs the patch trusts
     * @param serverName the broker's host name (or address) as the patch dials it, checked against its certificate
     */
    public record Tls(java.nio.file.Path caFile, String serverName) {
    }

    /**
     * Where the patch takes commands from: it subscribes to this topic after connecting (unless the broker resumed a
     * session, which keeps the subscription), and acknowledges every command as its QoS requires.
     *
     * @param topic the command topic
     * @param qos   the QoS it subscribes at
     */
    public record Commands(String topic, int qos) {
    }

    public boolean has(PatchFault fault) {
        return faults.contains(fault);
    }

    /**
     * A will: what the broker publishes for the patch when its connection is lost without a DISCONNECT.
     *
     * @param topic  topic of the will message
     * @param qos    its QoS
     * @param retain whether the broker is to retain it
     */
    public record Will(String topic, int qos, boolean retain) {
    }

    /**
     * MQTT 5.0 enhanced authentication by SCRAM-SHA-256 (RFC 7677): the CONNECT names the method and carries the
     * client's first message, and the patch re-authenticates on each connection this long after it last authenticated
     * there, if it says.
     *
     * @param user                the user name and password the exchange proves
     * @param reauthenticateAfter time from an authentication to the next re-authentication on the same connection
     */
    public record EnhancedAuthentication(Credentials user, Optional<Duration> reauthenticateAfter) {
    }

    /** User name and password; the password never appears in {@link #toString()}. */
    public record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[username=" + username + ", password=<redacted>]";
        }
    }
}
