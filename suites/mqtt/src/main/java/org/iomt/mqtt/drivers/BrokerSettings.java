package org.iomt.mqtt.drivers;

import java.time.Duration;
import java.util.Optional;

/**
 * How the tester broker listens and what it demands of a client.
 *
 * @param host            address to bind
 * @param port            port to bind; 0 picks a free one
 * @param credentials     user name and password a client must present, if any
 * @param connectDeadline how long a new connection may stay silent before its CONNECT (then it is closed)
 * @param maxPacketBytes  largest packet accepted; larger ones close the connection
 * @param tls             the certificates of a TLS listener, if the broker listens with TLS
 * @param webSocket       whether a client opens a WebSocket (on {@link #WEBSOCKET_PATH}) before MQTT, which then
 *                        travels in its frames
 * @param enhancedAuthentication MQTT 5.0: the Authentication Method the broker takes up, and whose user, if any; a
 *                        CONNECT naming another is refused (CONNACK 0x8C)
 */
public record BrokerSettings(String host, int port, Optional<Credentials> credentials, Duration connectDeadline, int maxPacketBytes,
                             Optional<ServerTls> tls, boolean webSocket, Optional<EnhancedAuthentication> enhancedAuthentication) {

    /** The path a WebSocket client opens, as brokers commonly serve MQTT over WebSocket. */
    public static final String WEBSOCKET_PATH = "/mqtt";

    public static BrokerSettings loopback() {
        return new BrokerSettings("127.0.0.1", 0, Optional.empty(), Duration.ofSeconds(10), 1 << 20, Optional.empty(), false, Optional.empty());
    }

    public BrokerSettings listeningOn(String host, int port) {
        return new BrokerSettings(host, port, credentials, connectDeadline, maxPacketBytes, tls, webSocket, enhancedAuthentication);
    }

    public BrokerSettings requiring(Credentials credentials) {
        return new BrokerSettings(host, port, Optional.of(credentials), connectDeadline, maxPacketBytes, tls, webSocket, enhancedAuthentication);
    }

    /** Listens with TLS, presenting the certificates in the order {@link ServerTls} gives. */
    public BrokerSettings withTls(ServerTls serverTls) {
        return new BrokerSettings(host, port, credentials, connectDeadline, maxPacketBytes, Optional.of(serverTls), webSocket, enhancedAuthentication);
    }

    /** Serves MQTT over WebSocket: each client opens a WebSocket first. */
    public BrokerSettings overWebSocket() {
        return new BrokerSettings(host, port, credentials, connectDeadline, maxPacketBytes, tls, true, enhancedAuthentication);
    }

    /** Takes up MQTT 5.0 enhanced authentication by SCRAM-SHA-256 for this user, in CONNECT and in re-authentication. */
    public BrokerSettings authenticatingByScram(Credentials user) {
        return new BrokerSettings(host, port, credentials, connectDeadline, maxPacketBytes, tls, webSocket,
                Optional.of(new EnhancedAuthentication(org.iomt.standards.scram.Scram.SHA_256, user)));
    }

    /**
     * An Authentication Method of MQTT 5.0 enhanced authentication and the user it admits.
     *
     * @param method the method's name, as the CONNECT's Authentication Method gives it
     * @param user   the user name and password the exchange proves
     */
    public record EnhancedAuthentication(String method, Credentials user) {
    }

    /**
     * A user name and password. {@link #toString()} never shows the password.
     */
    public record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[username=" + username + ", password=<redacted>]";
        }
    }
}
