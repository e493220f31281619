package org.iomt.simulators.patch;

import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.Unsubscribe;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.senml.SenmlRecordBuilder;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

/**
 * What one fault changes in the patch. Each hook receives what the conformant patch would use, send or do, and
 * returns what the faulty patch uses, sends or does instead; a hook a fault does not override leaves it as it was.
 */
interface PatchTransform {

    // ---------------------------------------------------------------- the connection

    /** The checks the patch makes of its broker's certificate over TLS. */
    default TlsChecks tlsChecks(TlsChecks conformant) {
        return conformant;
    }

    /** Over WebSocket: the subprotocols the patch offers in its opening handshake. */
    default List<String> webSocketSubprotocols(List<String> conformant) {
        return conformant;
    }

    /** Over WebSocket: the opcode of the data frames the patch sends its packets in. */
    default int webSocketDataOpcode(int conformant) {
        return conformant;
    }

    /**
     * MQTT 5.0 enhanced authentication: the AUTH the patch sends at a step of the exchange of its CONNECT
     * ({@code reauthentication} 0) or of its n-th re-authentication, counted over all its connections from 1.
     */
    default Auth authentication(Auth conformant, int reauthentication) {
        return conformant;
    }

    /** Whether the patch takes an AUTH whose fixed-header flags are not 0000 as well-formed, instead of closing on it. */
    default boolean takesAuthWithFlags(boolean conformant) {
        return conformant;
    }

    /** Whether the patch closes the connection when the broker's last AUTH of a re-authentication proves nothing. */
    default boolean closesOnFailedReauthentication(boolean conformant) {
        return conformant;
    }

    /** What the patch sends right after its last AUTH of the CONNECT's exchange, before the CONNACK has come. */
    default List<MqttPacket> whileAuthenticating() {
        return List.of();
    }

    /** MQTT 5.0: whether the patch, naming no Authentication Method, starts a re-authentication on its first connection. */
    default boolean reauthenticatesWithoutMethod(boolean conformant) {
        return conformant;
    }

    /** Over WebSocket: whether the patch reads a text frame's payload as MQTT, instead of closing the connection on it. */
    default boolean takesNonBinaryFrames(boolean conformant) {
        return conformant;
    }

    /** Over WebSocket: whether the patch takes each frame it receives for one whole packet. */
    default boolean readsFramesAsPackets(boolean conformant) {
        return conformant;
    }

    /** Runs on a new connection before the CONNECT goes out, for faults that send something first. */
    default void beforeConnect(ConnectionAction publishPendingReading) throws IOException {
    }

    /** The client identifier the patch introduces itself with while no broker has assigned it one. */
    default String clientId(String configured) {
        return configured;
    }

    /** The CONNECT the patch sends. */
    default Connect connect(Connect conformant) {
        return conformant;
    }

    /**
     * The bytes of the CONNECT as the patch writes them, for what its model cannot express: a payload field without its
     * flag, a field left out, a string that is not UTF-8.
     */
    default byte[] connectFrame(byte[] conformant) {
        return conformant;
    }

    /** Runs when the broker refused the CONNECT, before the patch leaves the connection. */
    default void afterRefusal(ConnectionAction publishPendingReading) throws IOException {
    }

    /**
     * Whether the patch closes the connection on a packet of its broker's that it cannot decode, that breaks a rule of
     * the packet's form, or that breaks the protocol (a second CONNACK).
     */
    default boolean closesOnInvalidPacket(boolean conformant) {
        return conformant;
    }

    /**
     * MQTT 5.0: the highest Topic Alias the patch takes in a PUBLISH from its broker, given the Topic Alias Maximum it
     * announced; a higher one ends the connection.
     */
    default int acceptedTopicAliases(int announced) {
        return announced;
    }

    /** MQTT 5.0: whether the patch keeps the Topic Alias mappings its broker made on a connection for the next one. */
    default boolean keepsTopicAliasesAcrossConnections(boolean conformant) {
        return conformant;
    }

    /** The unacknowledged messages of a resumed session, in the order the patch sends them again. */
    default List<Publish> resendOrder(List<Publish> conformant) {
        return conformant;
    }

    /** Whether the patch keeps its unacknowledged readings, to send again, when the broker answers Session Present 0. */
    default boolean keepsInFlightWithoutSession(boolean conformant) {
        return conformant;
    }

    /**
     * MQTT 5.0: whether the patch takes a PUBACK with a failure reason code (0x80 or above) as the end of its reading's
     * flow; a patch that does not keeps the reading to send again.
     */
    default boolean endsFlowOnFailedAcknowledgement(boolean conformant) {
        return conformant;
    }

    /**
     * Whether the patch, having asked for a clean start, closes the connection when its broker's CONNACK says Session
     * Present 1: it holds no session that could be present.
     */
    default boolean closesOnUnexpectedSession(boolean conformant) {
        return conformant;
    }

    /** How long the patch waits before it connects again after a refused CONNECT. */
    default long refusalBackoffMillis(long conformant) {
        return conformant;
    }

    // ---------------------------------------------------------------- timing

    /** The time between two readings. */
    default long readingIntervalNanos(long conformant) {
        return conformant;
    }

    /**
     * The Keep Alive (s) the patch keeps on a connection: the broker's Server Keep Alive when its CONNACK carried one,
     * else the one the patch declared.
     */
    default int keepAliveInUse(int conformant, int declared) {
        return conformant;
    }

    /** The PINGREQ the patch sends when it has been idle for half its Keep Alive; empty when it sends none. */
    default Optional<PingReq> keepAlivePing(PingReq conformant) {
        return Optional.of(conformant);
    }

    /**
     * MQTT 5.0: the PINGREQ the patch sends when idle while as many readings are unacknowledged as its broker's Receive
     * Maximum allows; empty when it holds it back then.
     */
    default Optional<PingReq> keepAlivePingAtZeroQuota(PingReq conformant) {
        return Optional.of(conformant);
    }

    // ---------------------------------------------------------------- the SenML reading

    /** The base name: the patch's UDI as a GS1 Digital Link URI (without the trailing '/'). */
    default String baseName(String conformant) {
        return conformant;
    }

    /** Edits the temperature record of a reading, built with the given value (Cel) and base time (s). */
    default void temperatureRecord(SenmlRecordBuilder record, double value, double baseTime) {
    }

    // ---------------------------------------------------------------- the packets

    /** The PUBLISH of a new reading, before it is given a packet identifier. */
    default Publish reading(Publish conformant) {
        return conformant;
    }

    /**
     * MQTT 5.0: the PUBLISH of a new reading (before its packet identifier) on a connection whose broker announced this
     * Maximum Packet Size in bytes (0 when it announced none).
     */
    default Publish sizedReading(Publish conformant, int maximumPacketSize) {
        return conformant;
    }

    /**
     * MQTT 5.0: the largest packet (bytes, 0 for no limit) the patch sends, given its broker's Maximum Packet Size (0
     * when it announced none); a larger one is discarded.
     */
    default int maximumPacketSize(int conformant) {
        return conformant;
    }

    /**
     * MQTT 5.0: an acknowledgement (PUBACK, PUBREC, PUBREL, PUBCOMP) or DISCONNECT as the patch sends it on a connection
     * whose broker announced this Maximum Packet Size in bytes (0 when it announced none).
     */
    default MqttPacket sizedAnswer(MqttPacket conformant, int maximumPacketSize) {
        return conformant;
    }

    /** The Receive Maximum the patch keeps to: the broker's (65535 when its CONNACK announced none). */
    default int receiveMaximum(int conformant) {
        return conformant;
    }

    /**
     * The Topic Alias the patch gives its readings (with the full topic name), given the Topic Alias Maximum of the
     * broker's CONNACK; the conformant patch uses 1 where the broker allows any, and none elsewhere.
     */
    default OptionalInt readingTopicAlias(OptionalInt conformant, int topicAliasMaximum) {
        return conformant;
    }

    /** The packet identifier of a new reading at QoS 1 or 2, given where the patch draws its next identifier. */
    default int readingPacketId(IntSupplier next) {
        return next.getAsInt();
    }

    /** A reading resent on a resumed session (DUP set, its first packet identifier); empty when it is not resent. */
    default Optional<Publish> redelivery(Publish conformant, IntSupplier nextPacketId) {
        return Optional.of(conformant);
    }

    /** The PUBREL that answers the broker's PUBREC of a QoS 2 reading; empty when the patch sends none. */
    default Optional<PublishAck> readingRelease(PublishAck conformant) {
        return Optional.of(conformant);
    }

    /**
     * Whether the patch, given a PUBREC while a QoS 2 reading it published earlier still awaits its own, holds the
     * PUBREL back until that one's PUBREC, releasing in the order it published instead of the order of the PUBRECs.
     */
    default boolean releasesInPublishOrder(boolean conformant) {
        return conformant;
    }

    /**
     * What the patch sends again on a resumed session for a QoS 2 reading it released and its broker did not complete:
     * the PUBREL; empty when it sends nothing and forgets the release.
     */
    default List<MqttPacket> releaseResent(Publish reading, PublishAck release) {
        return List.of(release);
    }

    /**
     * How long the patch keeps a QoS 2 reading whose PUBREC has not come while its connection stays open, before it
     * discards it from its session; empty (the conformant patch) keeps it until its PUBREC or the end of the session.
     */
    default Optional<Duration> discardsUnreceivedAfter(Optional<Duration> conformant) {
        return conformant;
    }

    /**
     * What the patch answers to this PUBREC (below 0x80) when no reading of its session holds its packet identifier;
     * empty (the conformant patch, which holds every reading until its PUBREC) when it answers nothing.
     */
    default Optional<PublishAck> unknownReceiptAnswer(PublishAck receipt) {
        return Optional.empty();
    }

    /** The SUBSCRIBE to the command topic. */
    default Subscribe subscribe(Subscribe conformant) {
        return conformant;
    }

    /**
     * The acknowledgements to send now that this one is ready, in order: the conformant patch sends each as soon as it
     * is ready; a fault may hold one back and send it later, after another.
     */
    default List<PublishAck> commandAcksReady(PublishAck ready) {
        return List.of(ready);
    }

    /** The PUBACK of a QoS 1 command or the PUBREC of a QoS 2 command; empty when the patch sends none. */
    default Optional<PublishAck> commandAck(PublishAck conformant) {
        return Optional.of(conformant);
    }

    /**
     * MQTT 5.0: whether the patch answers a command at once while as many readings are unacknowledged as its broker's
     * Receive Maximum allows (its send quota is zero); when not, it answers once the quota frees.
     */
    default boolean answersCommandsAtZeroQuota() {
        return true;
    }

    /**
     * How long a reading must have waited for its acknowledgement before the patch gives its packet identifier, still in
     * use, to a new reading (the oldest such one); empty for the conformant patch, which never does.
     */
    default Optional<java.time.Duration> reusesIdentifierInUseAfter() {
        return Optional.empty();
    }

    /** The PUBCOMP that answers the broker's PUBREL of a QoS 2 command; empty when the patch sends none. */
    default Optional<PublishAck> commandCompletion(PublishAck conformant) {
        return Optional.of(conformant);
    }

    /** The UNSUBSCRIBE from the command topic with which the patch begins to end its session. */
    default Unsubscribe unsubscribe(Unsubscribe conformant) {
        return conformant;
    }

    /** The DISCONNECT with which the patch ends its session. */
    default Disconnect disconnect(Disconnect conformant) {
        return conformant;
    }

    /** What the patch sends after its DISCONNECT on the same connection: nothing. */
    default List<MqttPacket> afterDisconnect() {
        return List.of();
    }

    /** Whether the patch closes the connection after its DISCONNECT. */
    default boolean closesAfterDisconnect() {
        return true;
    }

    /**
     * The bytes of a packet the patch sends other than its CONNECT, for faults the packet model cannot express
     * (ill-formed UTF-8, a non-minimal length); given the packet and its conformant encoding.
     */
    default byte[] sentFrame(MqttPacket packet, byte[] conformant) {
        return conformant;
    }

    /** Something a fault has the patch do on its connection. */
    @FunctionalInterface
    interface ConnectionAction {
        void run() throws IOException;
    }

    /** A fault that only edits the CONNECT. */
    static PatchTransform connectEdit(UnaryOperator<Connect> edit) {
        return new PatchTransform() {
            @Override
            public Connect connect(Connect conformant) {
                return edit.apply(conformant);
            }
        };
    }

    /** A fault that only edits the bytes of the CONNECT. */
    static PatchTransform connectFrameEdit(UnaryOperator<byte[]> edit) {
        return new PatchTransform() {
            @Override
            public byte[] connectFrame(byte[] conformant) {
                return edit.apply(conformant);
            }
        };
    }

    /** A fault that only edits the PUBLISH of new readings. */
    static PatchTransform readingEdit(UnaryOperator<Publish> edit) {
        return new PatchTransform() {
            @Override
            public Publish reading(Publish conformant) {
                return edit.apply(conformant);
            }
        };
    }

    /** A fault that only edits the PUBREL with which the patch releases a QoS 2 reading. */
    static PatchTransform readingRelease(UnaryOperator<PublishAck> edit) {
        return new PatchTransform() {
            @Override
            public Optional<PublishAck> readingRelease(PublishAck conformant) {
                return Optional.of(edit.apply(conformant));
            }
        };
    }

    /** A fault that only edits the temperature record, whatever its value and time. */
    static PatchTransform recordEdit(Consumer<SenmlRecordBuilder> edit) {
        return new PatchTransform() {
            @Override
            public void temperatureRecord(SenmlRecordBuilder record, double value, double baseTime) {
                edit.accept(record);
            }
        };
    }
}
