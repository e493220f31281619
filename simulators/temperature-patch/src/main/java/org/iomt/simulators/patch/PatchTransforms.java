package org.iomt.simulators.patch;

import org.iomt.standards.gs1.Gs1CheckDigit;
import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.StringPair;
import org.iomt.standards.mqtt.Unsubscribe;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.StringPair;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.VariableByteInteger;
import org.iomt.standards.senml.SenmlNumberNode;
import org.iomt.standards.senml.SenmlRecordBuilder;
import org.iomt.standards.websocket.WebSocketFrame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

import static org.iomt.simulators.patch.PatchTransform.connectEdit;
import static org.iomt.simulators.patch.PatchTransform.connectFrameEdit;
import static org.iomt.simulators.patch.PatchTransform.readingEdit;
import static org.iomt.simulators.patch.PatchTransform.readingRelease;
import static org.iomt.simulators.patch.PatchTransform.recordEdit;

/** What each {@link PatchFault} does to the patch, as a transform of what the conformant patch uses, sends or does. */
final class PatchTransforms {

    /** The temperature {@link PatchFault#FEVER_OUT_OF_RANGE} reports, in Cel. */
    private static final double FEVER = 47.5;
    /** How far {@link PatchFault#STALE_TIMESTAMP} puts readings in the past, in seconds. */
    private static final int STALE_SECONDS = 3600;
    /** A PUBACK reason code MQTT 5.0 leaves undefined (§3.4.2.1). */
    private static final int UNDEFINED_PUBACK_REASON = 0x01;
    /** A PUBREC reason code MQTT 5.0 leaves undefined (§3.5.2.1), below 0x80 so that the flow goes on. */
    private static final int UNDEFINED_PUBREC_REASON = 0x01;
    /** A DISCONNECT reason code MQTT 5.0 leaves undefined (§3.14.2.1). */
    private static final int UNDEFINED_DISCONNECT_REASON = 0x03;
    /** A PUBCOMP reason code MQTT 5.0 leaves undefined (§3.7.2.1). */
    private static final int UNDEFINED_PUBCOMP_REASON = 0x01;

    /**
     * How long a reading of the {@code qos2-packet-id-in-use} patch waits for its receipt before the patch gives its
     * identifier away: longer than the broker takes inside the window, shorter than a reading interval.
     */
    private static final Duration HELD_RECEIPT = Duration.ofSeconds(1);

    /** How long {@link PatchFault#QOS2_STATE_DROPPED_WHILE_CONNECTED} keeps a QoS 2 reading awaiting its PUBREC. */
    private static final Duration UNRECEIVED_KEPT = Duration.ofMillis(500);
    /** The PUBREL reason code of MQTT 5.0 that says no message is held under the packet identifier (§3.6.2.1). */
    private static final int PACKET_ID_NOT_FOUND = 0x92;

    /** The Response Topic {@link PatchFault#RESPONSE_TOPIC_ILL_FORMED_UTF8} names. */
    private static final String REPLY_TOPIC = "iomt/patch/replies";
    /** The User Property value {@link PatchFault#USER_PROPERTY_ILL_FORMED_UTF8} gives (under the name "site"). */
    private static final String SITE = "ward-7b";

    /** The password {@link PatchFault#PASSWORD_WITHOUT_USER_NAME} presents, though no broker asked for one. */
    private static final byte[] UNASKED_PASSWORD = "unasked".getBytes(StandardCharsets.UTF_8);
    /** The user name {@link PatchFault#USER_NAME_WITHOUT_FLAG} appends: the field's length, then "patch". */
    private static final byte[] UNFLAGGED_USER_NAME = {0, 5, 'p', 'a', 't', 'c', 'h'};

    private PatchTransforms() {
    }

    /** The transforms of the faults the settings switch on, applied in catalogue order. */
    static PatchTransform active(PatchSettings settings) {
        return new FaultChain(Arrays.stream(PatchFault.values()).filter(settings::has).map(f -> of(f, settings)).toList());
    }

    /** The transform of one fault for a patch with these settings. */
    static PatchTransform of(PatchFault fault, PatchSettings settings) {
        return switch (fault) {
            // the CONNECT
            case WRONG_PROTOCOL_LEVEL -> connectEdit(c -> c.withProtocolLevel(3));
            case WRONG_PROTOCOL_NAME -> connectEdit(c -> c.withProtocolName("MQIsdp"));
            case RESERVED_FLAG_SET -> connectEdit(c -> c.withReservedFlag(true));
            case EMPTY_CLIENT_ID_PERSISTENT -> new EmptyClientIdPersistent();
            case CLEAN_SESSION -> connectEdit(c -> c.cleanStart() ? c
                    : c.withCleanStart(true).withProperties(c.properties().without(MqttPropertyId.SESSION_EXPIRY_INTERVAL)));
            case WRONG_PASSWORD -> connectEdit(c -> c.passwordFlag() ? c.withCredentials(c.username(),
                    concat(c.password(), "-not".getBytes(StandardCharsets.UTF_8))) : c);
            case WILL_MISSING -> connectEdit(PatchTransforms::withoutWill);
            case WILL_QOS_WITHOUT_WILL_FLAG -> connectEdit(c -> c.willFlag() ? c : c.withWillFlags(false, 1, c.willRetain()));
            case WILL_RETAIN_WITHOUT_WILL_FLAG -> connectEdit(c -> c.willFlag() ? c : c.withWillFlags(false, c.willQos(), true));
            case WILL_QOS_THREE -> connectEdit(c -> c.willFlag() ? c.withWillFlags(true, 3, c.willRetain()) : c);
            // the CONNECT payload: its fields against its flags, their order and their encoding
            case WILL_FIELDS_MISSING -> connectEdit(c -> c.willFlag()
                    ? c.withWill(null, null, c.willQos(), c.willRetain(), MqttProperties.EMPTY) : c);
            case WILL_FIELDS_WITHOUT_WILL_FLAG -> connectFrameEdit(f -> ConnectFrameEdit.of(f).clearFlags(ConnectFrameEdit.WILL_BITS));
            case USER_NAME_WITHOUT_FLAG -> connectFrameEdit(PatchTransforms::withUnflaggedUserName);
            case USER_NAME_MISSING -> connectEdit(c -> c.usernameFlag() ? c : c.withCredentialFlags(true, c.passwordFlag()));
            case PASSWORD_WITHOUT_FLAG -> connectFrameEdit(f -> ConnectFrameEdit.of(f).clearFlags(ConnectFrameEdit.PASSWORD_FLAG));
            case PASSWORD_MISSING -> connectEdit(c -> c.passwordFlag() ? c.withCredentials(c.username(), null)
                    .withCredentialFlags(c.usernameFlag(), true) : c);
            case PASSWORD_WITHOUT_USER_NAME -> connectEdit(c -> c.usernameFlag() || c.passwordFlag() ? c
                    : c.withCredentials(null, UNASKED_PASSWORD));
            case CLIENT_ID_MISSING -> connectFrameEdit(f -> ConnectFrameEdit.of(f).withoutClientId());
            case USER_NAME_BEFORE_CLIENT_ID -> connectEdit(c -> c.usernameFlag() ? new Connect(c.flags(), c.protocolName(),
                    c.protocolLevel(), c.reservedFlag(), c.cleanStart(), c.willFlag(), c.willQos(), c.willRetain(), true,
                    c.passwordFlag(), c.keepAlive(), c.properties(), c.username(), c.willProperties(), c.willTopic(),
                    c.willPayload(), c.clientId(), c.password()) : c);
            case CLIENT_ID_NOT_UTF8 -> connectFrameEdit(f -> ConnectFrameEdit.of(f).withIllFormedFirstByte(ConnectFrameEdit.Field.CLIENT_ID));
            case WILL_TOPIC_NOT_UTF8 -> connectFrameEdit(f -> ConnectFrameEdit.of(f).withIllFormedFirstByte(ConnectFrameEdit.Field.WILL_TOPIC));
            case USER_NAME_NOT_UTF8 -> connectFrameEdit(f -> ConnectFrameEdit.of(f).withIllFormedFirstByte(ConnectFrameEdit.Field.USER_NAME));
            // the PUBLISH of a reading, its redelivery, the SUBSCRIBE and the PUBACK of a command
            case WILDCARD_IN_TOPIC -> readingEdit(p -> new Publish(p.flags(), wildcarded(p.topic()), p.packetId(), p.properties(),
                    p.payload()));
            case QOS_0 -> readingEdit(p -> p.withFlags(p.flags() & ~0b0110));
            case DUP_ON_FIRST_SEND, QOS2_DUP_ON_FIRST_SEND -> readingEdit(p -> p.qos() > 0 ? p.withDup(true) : p);
            case PUBREL_FLAGS_WRONG -> readingRelease(r -> r.withFlags(0));
            case PUBREL_WRONG_ID -> readingRelease(r -> PublishAck.pubrel(r.packetId() ^ 0x8000));
            case PUBREL_UNDEFINED_REASON -> readingRelease(r -> settings.version() == MqttVersion.V5_0
                    ? r.withReason(0x01, MqttProperties.EMPTY) : r);
            case PUBRELS_IN_PUBLISH_ORDER -> new PatchTransform() {
                @Override
                public boolean releasesInPublishOrder(boolean conformant) {
                    return true;
                }
            };
            case PUBREL_NOT_RESENT -> new PatchTransform() {
                @Override
                public List<MqttPacket> releaseResent(Publish reading, PublishAck release) {
                    return List.of();
                }
            };
            case PUBLISH_RESENT_AFTER_PUBREL -> new PatchTransform() {
                @Override
                public List<MqttPacket> releaseResent(Publish reading, PublishAck release) {
                    return List.of(reading.withDup(true), release);
                }
            };
            case DUP_AT_QOS_0 -> readingEdit(p -> p.qos() == 0 ? p.withDup(true) : p);
            case TOPIC_ALIAS_UNANNOUNCED -> readingEdit(p -> settings.version() == MqttVersion.V5_0
                    ? p.withProperties(p.properties().without(MqttPropertyId.TOPIC_ALIAS).with(MqttPropertyId.TOPIC_ALIAS, 1)) : p);
            case PUBLISH_WITH_SUBSCRIPTION_IDENTIFIER -> readingEdit(p -> settings.version() == MqttVersion.V5_0
                    ? p.withProperties(p.properties().with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, 1)) : p);
            case PACKET_ID_ZERO -> new PatchTransform() {
                @Override
                public int readingPacketId(IntSupplier next) {
                    return 0;
                }
            };
            case NO_REDELIVERY -> new PatchTransform() {
                @Override
                public Optional<Publish> redelivery(Publish conformant, IntSupplier nextPacketId) {
                    return Optional.empty();
                }
            };
            case REDELIVERY_WITHOUT_DUP -> new PatchTransform() {
                @Override
                public Optional<Publish> redelivery(Publish conformant, IntSupplier nextPacketId) {
                    return Optional.of(conformant.withDup(false));
                }
            };
            case REDELIVERY_NEW_PACKET_ID -> new PatchTransform() {
                @Override
                public Optional<Publish> redelivery(Publish p, IntSupplier nextPacketId) {
                    return Optional.of(new Publish(p.flags(), p.topic(), nextPacketId.getAsInt(), p.properties(), p.payload()));
                }
            };
            case SUBSCRIBE_FLAGS_WRONG -> new PatchTransform() {
                @Override
                public Subscribe subscribe(Subscribe s) {
                    return new Subscribe(0b0000, s.packetId(), s.properties(), s.subscriptions());
                }
            };
            case FILTER_HASH_NOT_LAST -> subscribeEdit(f -> f + "#");
            case FILTER_PLUS_IN_LEVEL -> subscribeEdit(f -> f + "+");
            case EMPTY_FILTER -> subscribeEdit(f -> "");
            case SUBSCRIBE_WITHOUT_FILTERS -> new PatchTransform() {
                @Override
                public Subscribe subscribe(Subscribe s) {
                    return new Subscribe(s.flags(), s.packetId(), s.properties(), List.of());
                }
            };
            // the suite's broker closes the connection at the broken reading: after the PUBACK of a QoS 1 command, so
            // that the command's acknowledgement is not cut off
            case TOPIC_ILL_FORMED_UTF8 -> new FirstFrameEdit(PacketType.PUBLISH,
                    settings.commands().filter(c -> c.qos() > 0).isPresent() ? Optional.of(PacketType.PUBACK) : Optional.empty(),
                    (packet, frame) -> lastByteOf(frame, ((Publish) packet).topic(), 0xFF));
            case FILTER_ILL_FORMED_UTF8 -> new FirstFrameEdit(PacketType.SUBSCRIBE, Optional.empty(),
                    (packet, frame) -> lastByteOf(frame, firstFilter(packet), 0xFF));
            case FILTER_NULL_CHARACTER -> new FirstFrameEdit(PacketType.SUBSCRIBE, Optional.empty(),
                    (packet, frame) -> lastByteOf(frame, firstFilter(packet), 0x00));
            case REMAINING_LENGTH_NOT_MINIMAL -> new PatchTransform() {
                @Override
                public byte[] sentFrame(MqttPacket packet, byte[] frame) {
                    // a PINGREQ is two bytes, its type and remaining length 0; 80 00 says 0 in two bytes
                    return settings.version() == MqttVersion.V5_0 && packet.type() == PacketType.PINGREQ
                            ? new byte[] {frame[0], (byte) 0x80, 0x00} : frame;
                }
            };
            case PACKET_ID_AT_QOS_0 -> new PatchTransform() {
                @Override
                public byte[] sentFrame(MqttPacket packet, byte[] frame) {
                    return packet instanceof Publish p && p.qos() == 0 ? withPacketIdAfterTopic(frame, p.topic()) : frame;
                }
            };
            case PINGREQ_FLAGS_WRONG -> new PatchTransform() {
                @Override
                public Optional<PingReq> keepAlivePing(PingReq conformant) {
                    return Optional.of(new PingReq(0b0001));
                }
            };
            case COMMAND_NOT_ACKNOWLEDGED -> new PatchTransform() {
                @Override
                public Optional<PublishAck> commandAck(PublishAck conformant) {
                    return Optional.empty();
                }
            };
            case COMMAND_ACK_WRONG_ID -> new PatchTransform() {
                @Override
                public Optional<PublishAck> commandAck(PublishAck conformant) {
                    return Optional.of(PublishAck.puback(conformant.packetId() % 0xFFFF + 1));
                }
            };
            // the SenML reading
            case VALUE_AS_STRING -> new PatchTransform() {
                @Override
                public void temperatureRecord(SenmlRecordBuilder record, double value, double baseTime) {
                    record.field("v", String.valueOf(value));
                }
            };
            case LONG_NUMBER -> new PatchTransform() {
                @Override
                public void temperatureRecord(SenmlRecordBuilder record, double value, double baseTime) {
                    record.field("v", SenmlNumberNode.of(value + "00000000000000000001"));
                }
            };
            case FEVER_OUT_OF_RANGE -> recordEdit(r -> r.value(FEVER));
            case STALE_TIMESTAMP -> new PatchTransform() {
                @Override
                public void temperatureRecord(SenmlRecordBuilder record, double value, double baseTime) {
                    record.baseTime(baseTime - STALE_SECONDS);
                }
            };
            case UNKNOWN_MUST_UNDERSTAND_LABEL -> recordEdit(r -> r.field("cal_", "2026-01-01"));
            case TWO_VALUES -> recordEdit(r -> r.stringValue("normal"));
            case BAD_NAME -> recordEdit(r -> r.name("body temperature"));
            case UNIT_DEGC -> recordEdit(r -> r.unit("degC"));
            case NO_TIMESTAMP -> recordEdit(r -> r.remove("bt"));
            case WRONG_SERIAL -> new PatchTransform() {
                @Override
                public String baseName(String uri) {
                    return uri + "X"; // the serial (AI 21) ends the URI; 'X' needs no percent-encoding
                }
            };
            case WRONG_GTIN_CHECK_DIGIT -> new PatchTransform() {
                @Override
                public String baseName(String uri) {
                    // the formatter refuses a wrong check digit, so the fault edits the correct URI
                    String gtin = settings.gtin();
                    String wrong = gtin.substring(0, 13) + (Gs1CheckDigit.compute(gtin.substring(0, 13)) + 1) % 10;
                    return uri.replace("/01/" + gtin + "/", "/01/" + wrong + "/");
                }
            };
            // timing and behaviour
            case NO_KEEPALIVE -> new PatchTransform() {
                @Override
                public Optional<PingReq> keepAlivePing(PingReq conformant) {
                    return Optional.empty();
                }
            };
            case INTERVAL_OFF -> new PatchTransform() {
                @Override
                public long readingIntervalNanos(long conformant) {
                    return conformant / 2;
                }
            };
            case PUBLISH_BEFORE_CONNECT -> new PatchTransform() {
                @Override
                public void beforeConnect(ConnectionAction publishPendingReading) throws IOException {
                    publishPendingReading.run();
                }
            };
            case PUBLISHES_AFTER_REFUSAL -> new PatchTransform() {
                @Override
                public void afterRefusal(ConnectionAction publishPendingReading) throws IOException {
                    publishPendingReading.run();
                }
            };
            case RECONNECTS_AT_ONCE -> new PatchTransform() {
                @Override
                public long refusalBackoffMillis(long conformant) {
                    return 0;
                }
            };
            // TLS
            case ACCEPTS_UNTRUSTED_CERTIFICATE -> new PatchTransform() {
                @Override
                public TlsChecks tlsChecks(TlsChecks conformant) {
                    return new TlsChecks(false, conformant.hostName());
                }
            };
            case SKIPS_HOST_NAME_CHECK -> new PatchTransform() {
                @Override
                public TlsChecks tlsChecks(TlsChecks conformant) {
                    return new TlsChecks(conformant.trustedCa(), false);
                }
            };
            case RECEIVE_MAXIMUM_IGNORED -> new PatchTransform() {
                @Override
                public int receiveMaximum(int conformant) {
                    return Integer.MAX_VALUE;
                }
            };
            case TOPIC_ALIAS_ABOVE_MAXIMUM -> new PatchTransform() {
                @Override
                public OptionalInt readingTopicAlias(OptionalInt conformant, int topicAliasMaximum) {
                    return topicAliasMaximum >= 1 ? OptionalInt.of(topicAliasMaximum + 1) : conformant;
                }
            };
            case TOPIC_ALIAS_ZERO -> new PatchTransform() {
                @Override
                public OptionalInt readingTopicAlias(OptionalInt conformant, int topicAliasMaximum) {
                    return topicAliasMaximum >= 1 ? OptionalInt.of(0) : conformant;
                }
            };
            case SERVER_KEEP_ALIVE_IGNORED -> new PatchTransform() {
                @Override
                public int keepAliveInUse(int conformant, int declared) {
                    return declared;
                }
            };
            case COMMAND_ACK_UNDEFINED_REASON -> new PatchTransform() {
                @Override
                public Optional<PublishAck> commandAck(PublishAck conformant) {
                    return Optional.of(new PublishAck(PacketType.PUBACK, conformant.flags(), conformant.packetId(),
                            UNDEFINED_PUBACK_REASON, conformant.properties()));
                }
            };
            case IGNORES_MALFORMED_PACKETS -> new PatchTransform() {
                @Override
                public boolean closesOnInvalidPacket(boolean conformant) {
                    return false;
                }
            };
            case CLIENT_ID_CHANGES_ON_RECONNECT -> new PatchTransform() {
                private int connections;

                @Override
                public String clientId(String configured) {
                    connections++;
                    return connections == 1 ? configured : configured + connections;
                }
            };
            case RESENDS_IN_REVERSE_ORDER -> new PatchTransform() {
                @Override
                public List<Publish> resendOrder(List<Publish> conformant) {
                    List<Publish> reversed = new ArrayList<>(conformant);
                    Collections.reverse(reversed);
                    return reversed;
                }
            };
            case KEEPS_STATE_WITHOUT_SESSION -> new PatchTransform() {
                @Override
                public boolean keepsInFlightWithoutSession(boolean conformant) {
                    return true;
                }
            };
            case READING_QOS_THREE -> new FirstFrameEdit(PacketType.PUBLISH,
                    settings.commands().filter(c -> c.qos() > 0).isPresent() ? Optional.of(PacketType.PUBACK) : Optional.empty(),
                    (packet, frame) -> withBothQosBits(frame));
            case COMMAND_ACKS_REVERSED, COMMAND_PUBRECS_REVERSED -> new PatchTransform() {
                private PublishAck held;
                private boolean reversed;

                @Override
                public List<PublishAck> commandAcksReady(PublishAck ready) {
                    if (reversed) {
                        return List.of(ready);
                    }
                    if (held == null) {
                        held = ready;
                        return List.of();
                    }
                    reversed = true;
                    return List.of(ready, held);
                }
            };
            case NO_PING_AT_ZERO_QUOTA -> new PatchTransform() {
                @Override
                public Optional<PingReq> keepAlivePingAtZeroQuota(PingReq conformant) {
                    return Optional.empty();
                }
            };
            case COMMAND_RELEASE_NOT_COMPLETED -> new PatchTransform() {
                @Override
                public Optional<PublishAck> commandCompletion(PublishAck conformant) {
                    return Optional.empty();
                }
            };
            case COMMAND_COMPLETION_WRONG_ID -> new PatchTransform() {
                @Override
                public Optional<PublishAck> commandCompletion(PublishAck conformant) {
                    return Optional.of(PublishAck.pubcomp(conformant.packetId() % 0xFFFF + 1));
                }
            };
            case COMMAND_PUBREC_UNDEFINED_REASON -> new PatchTransform() {
                @Override
                public Optional<PublishAck> commandAck(PublishAck conformant) {
                    return Optional.of(conformant.type() == PacketType.PUBREC
                            ? conformant.withReason(UNDEFINED_PUBREC_REASON, conformant.properties()) : conformant);
                }
            };
            case COMMAND_PUBCOMP_UNDEFINED_REASON -> new PatchTransform() {
                @Override
                public Optional<PublishAck> commandCompletion(PublishAck conformant) {
                    return Optional.of(conformant.withReason(UNDEFINED_PUBCOMP_REASON, conformant.properties()));
                }
            };
            case UNSUBSCRIBE_FLAGS_WRONG -> new PatchTransform() {
                @Override
                public Unsubscribe unsubscribe(Unsubscribe u) {
                    return new Unsubscribe(0b0000, u.packetId(), u.properties(), u.topicFilters());
                }
            };
            case UNSUBSCRIBE_WITHOUT_FILTERS -> new PatchTransform() {
                @Override
                public Unsubscribe unsubscribe(Unsubscribe u) {
                    return new Unsubscribe(u.flags(), u.packetId(), u.properties(), List.of());
                }
            };
            case UNSUBSCRIBE_FILTER_ILL_FORMED_UTF8 -> new FirstFrameEdit(PacketType.UNSUBSCRIBE, Optional.empty(),
                    (packet, frame) -> lastByteOf(frame, ((Unsubscribe) packet).topicFilters().get(0), 0xFF));
            case UNSUBSCRIBE_WITHOUT_PROPERTY_LENGTH -> new PatchTransform() {
                @Override
                public byte[] sentFrame(MqttPacket packet, byte[] frame) {
                    return settings.version() == MqttVersion.V5_0 && packet.type() == PacketType.UNSUBSCRIBE
                            ? withoutPropertyLengthAfterPacketId(frame) : frame;
                }
            };
            // the first reading, after the PUBACK of a QoS 1 command as for topic-ill-formed-utf8
            case CONTENT_TYPE_ILL_FORMED_UTF8 -> new FirstFrameEdit(PacketType.PUBLISH,
                    settings.commands().filter(c -> c.qos() > 0).isPresent() ? Optional.of(PacketType.PUBACK) : Optional.empty(),
                    (packet, frame) -> ((Publish) packet).properties().first(MqttPropertyId.CONTENT_TYPE)
                            .map(t -> lastByteOf(frame, (String) t.value(), 0xFF)).orElse(frame));
            case RESPONSE_TOPIC_WILDCARD -> readingEdit(p -> settings.version() == MqttVersion.V5_0
                    ? p.withProperties(p.properties().with(MqttPropertyId.RESPONSE_TOPIC, wildcarded(settings.topic()))) : p);
            case RESPONSE_TOPIC_ILL_FORMED_UTF8 -> illFormedReadingProperty(settings, MqttPropertyId.RESPONSE_TOPIC,
                    REPLY_TOPIC, REPLY_TOPIC);
            case USER_PROPERTY_ILL_FORMED_UTF8 -> illFormedReadingProperty(settings, MqttPropertyId.USER_PROPERTY,
                    new StringPair("site", SITE), SITE);
            case DISCONNECT_WITHOUT_CLOSE -> new PatchTransform() {
                @Override
                public boolean closesAfterDisconnect() {
                    return false;
                }
            };
            case PING_AFTER_DISCONNECT -> new PatchTransform() {
                @Override
                public List<MqttPacket> afterDisconnect() {
                    return List.of(new PingReq(0));
                }
            };
            case DISCONNECT_UNDEFINED_REASON -> new PatchTransform() {
                @Override
                public Disconnect disconnect(Disconnect d) {
                    return new Disconnect(d.flags(), UNDEFINED_DISCONNECT_REASON, d.properties());
                }
            };
            case COMMAND_REUSED_ID_IGNORED, COMMAND_REUSED_ID_NOT_RECEIVED -> new ReusedIdentifierTakenForDuplicate();
            case MAXIMUM_PACKET_SIZE_IGNORED -> new MaximumPacketSizeIgnored(settings.version());
            case WEBSOCKET_TEXT_FRAMES -> new PatchTransform() {
                @Override
                public int webSocketDataOpcode(int conformant) {
                    return WebSocketFrame.TEXT;
                }
            };
            case WEBSOCKET_TEXT_FRAMES_TAKEN -> new PatchTransform() {
                @Override
                public boolean takesNonBinaryFrames(boolean conformant) {
                    return true;
                }
            };
            case WEBSOCKET_FRAMES_AS_PACKETS -> new PatchTransform() {
                @Override
                public boolean readsFramesAsPackets(boolean conformant) {
                    return true;
                }
            };
            case WEBSOCKET_WITHOUT_MQTT_SUBPROTOCOL -> new PatchTransform() {
                @Override
                public List<String> webSocketSubprotocols(List<String> conformant) {
                    return List.of();
                }
            };
            case REFUSED_READING_RESENT -> new PatchTransform() {
                @Override
                public boolean endsFlowOnFailedAcknowledgement(boolean conformant) {
                    return false;
                }
            };
            case PUBACK_REASON_STRING_OVERSIZE -> new OversizedAnswers(settings.version(), Set.of(PacketType.PUBACK),
                    MqttPropertyId.REASON_STRING);
            case PUBACK_USER_PROPERTY_OVERSIZE -> new OversizedAnswers(settings.version(), Set.of(PacketType.PUBACK),
                    MqttPropertyId.USER_PROPERTY);
            case QOS2_ANSWERS_REASON_STRING_OVERSIZE -> new OversizedAnswers(settings.version(), QOS2_ANSWERS,
                    MqttPropertyId.REASON_STRING);
            case QOS2_ANSWERS_USER_PROPERTY_OVERSIZE -> new OversizedAnswers(settings.version(), QOS2_ANSWERS,
                    MqttPropertyId.USER_PROPERTY);
            case DISCONNECT_REASON_STRING_OVERSIZE -> new OversizedAnswers(settings.version(), Set.of(PacketType.DISCONNECT),
                    MqttPropertyId.REASON_STRING);
            case DISCONNECT_USER_PROPERTY_OVERSIZE -> new OversizedAnswers(settings.version(), Set.of(PacketType.DISCONNECT),
                    MqttPropertyId.USER_PROPERTY);
            case TOPIC_ALIAS_MAXIMUM_REFUSED -> new PatchTransform() {
                @Override
                public int acceptedTopicAliases(int announced) {
                    return announced - 1;
                }
            };
            case REAUTHENTICATES_WITHOUT_METHOD -> new PatchTransform() {
                @Override
                public boolean reauthenticatesWithoutMethod(boolean conformant) {
                    return true;
                }
            };
            case AUTH_FLAGS_SET -> new PatchTransform() {
                @Override
                public Auth authentication(Auth conformant, int reauthentication) {
                    return new Auth(0b0001, conformant.reasonCode(), conformant.properties());
                }
            };
            case AUTH_FLAGS_TAKEN -> new PatchTransform() {
                @Override
                public boolean takesAuthWithFlags(boolean conformant) {
                    return true;
                }
            };
            case AUTH_REASON_CODE_UNDEFINED -> new FirstReauthentication(REAUTHENTICATE,
                    auth -> new Auth(auth.flags(), UNDEFINED_AUTHENTICATE_CODE, auth.properties()));
            case AUTH_ANSWERED_WITH_REAUTHENTICATE -> new FirstReauthentication(CONTINUE_AUTHENTICATION,
                    auth -> new Auth(auth.flags(), REAUTHENTICATE, auth.properties()));
            case AUTH_METHOD_CHANGED -> new FirstReauthentication(CONTINUE_AUTHENTICATION, PatchTransforms::otherMethod);
            case REAUTHENTICATION_METHOD_CHANGED -> new FirstReauthentication(REAUTHENTICATE, PatchTransforms::otherMethod);
            case FAILED_REAUTHENTICATION_KEPT -> new PatchTransform() {
                @Override
                public boolean closesOnFailedReauthentication(boolean conformant) {
                    return false;
                }
            };
            case AUTH_REASON_STRING_OVERSIZE -> new OversizedAnswers(settings.version(), Set.of(PacketType.AUTH),
                    MqttPropertyId.REASON_STRING);
            case AUTH_USER_PROPERTY_OVERSIZE -> new OversizedAnswers(settings.version(), Set.of(PacketType.AUTH),
                    MqttPropertyId.USER_PROPERTY);
            case PINGREQ_WHILE_AUTHENTICATING -> new PatchTransform() {
                @Override
                public List<MqttPacket> whileAuthenticating() {
                    return List.of(new PingReq(0));
                }
            };
            case TOPIC_ALIASES_CARRIED_OVER -> new PatchTransform() {
                @Override
                public boolean keepsTopicAliasesAcrossConnections(boolean conformant) {
                    return true;
                }
            };
            case NO_ANSWER_AT_ZERO_QUOTA -> new PatchTransform() {
                @Override
                public boolean answersCommandsAtZeroQuota() {
                    return false;
                }
            };
            case PACKET_ID_IN_USE -> new PatchTransform() {
                @Override
                public Optional<Duration> reusesIdentifierInUseAfter() {
                    return Optional.of(Duration.ZERO);
                }
            };
            // only where the broker holds a receipt back (after the window), so that the exchanges inside it stay whole
            case QOS2_PACKET_ID_IN_USE -> new PatchTransform() {
                @Override
                public Optional<Duration> reusesIdentifierInUseAfter() {
                    return settings.version() == MqttVersion.V5_0 ? Optional.of(HELD_RECEIPT) : Optional.empty();
                }
            };
            case QOS2_STATE_DROPPED_WHILE_CONNECTED -> new PatchTransform() {
                @Override
                public Optional<Duration> discardsUnreceivedAfter(Optional<Duration> conformant) {
                    return Optional.of(UNRECEIVED_KEPT);
                }

                @Override
                public Optional<PublishAck> unknownReceiptAnswer(PublishAck receipt) {
                    return settings.version() == MqttVersion.V5_0 ? Optional.of(PublishAck.pubrel(receipt.packetId())
                            .withReason(PACKET_ID_NOT_FOUND, MqttProperties.EMPTY)) : Optional.empty();
                }
            };
            case CLEAN_SESSION_RESENDS -> new PatchTransform() {
                @Override
                public boolean keepsInFlightWithoutSession(boolean conformant) {
                    return true;
                }
            };
            case SESSION_PRESENT_ACCEPTED -> new PatchTransform() {
                @Override
                public boolean closesOnUnexpectedSession(boolean conformant) {
                    return false;
                }
            };
        };
    }

    /** A fault that rewrites every topic filter of the SUBSCRIBE to the command topic. */
    private static PatchTransform subscribeEdit(UnaryOperator<String> filter) {
        return new PatchTransform() {
            @Override
            public Subscribe subscribe(Subscribe s) {
                return new Subscribe(s.flags(), s.packetId(), s.properties(), s.subscriptions().stream()
                        .map(x -> new Subscription(filter.apply(x.topicFilter()), x.options())).toList());
            }
        };
    }

    /**
     * A fault that, in MQTT 5.0, gives every reading the property, and in the bytes of the first reading (after the
     * PUBACK of a QoS 1 command, as for topic-ill-formed-utf8) ends the given string of it in the byte 0xFF.
     */
    private static PatchTransform illFormedReadingProperty(PatchSettings settings, MqttPropertyId id, Object value,
                                                           String broken) {
        if (settings.version() != MqttVersion.V5_0) {
            return new PatchTransform() {
            };
        }
        return new FaultChain(List.of(readingEdit(p -> p.withProperties(p.properties().with(id, value))),
                new FirstFrameEdit(PacketType.PUBLISH, settings.commands().filter(c -> c.qos() > 0).isPresent()
                        ? Optional.of(PacketType.PUBACK) : Optional.empty(), (packet, frame) -> ((Publish) packet).properties().first(id)
                        .isPresent() ? lastByteOf(frame, broken, 0xFF) : frame)));
    }

    /** A QoS 0 PUBLISH frame with packet identifier 1 written after its topic name, its remaining length grown to match. */
    static byte[] withPacketIdAfterTopic(byte[] frame, String topic) {
        int lengthBytes = 1;
        while ((frame[lengthBytes] & 0x80) != 0) {
            lengthBytes++;
        }
        int body = 1 + lengthBytes;
        int afterTopic = body + 2 + topic.getBytes(StandardCharsets.UTF_8).length;
        byte[] length = VariableByteInteger.encode(frame.length - body + 2);
        byte[] out = new byte[1 + length.length + frame.length - body + 2];
        out[0] = frame[0];
        System.arraycopy(length, 0, out, 1, length.length);
        int at = 1 + length.length;
        System.arraycopy(frame, body, out, at, afterTopic - body);
        at += afterTopic - body;
        out[at++] = 0;
        out[at++] = 1;
        System.arraycopy(frame, afterTopic, out, at, frame.length - afterTopic);
        return out;
    }

    /**
     * A frame whose variable header is a packet identifier and an empty property section (an MQTT 5.0 UNSUBSCRIBE, say)
     * with its Property Length byte left out, its remaining length shrunk to match.
     */
    static byte[] withoutPropertyLengthAfterPacketId(byte[] frame) {
        int lengthBytes = 1;
        while ((frame[lengthBytes] & 0x80) != 0) {
            lengthBytes++;
        }
        int body = 1 + lengthBytes;
        int propertyLength = body + 2;
        byte[] length = VariableByteInteger.encode(frame.length - body - 1);
        byte[] out = new byte[1 + length.length + frame.length - body - 1];
        out[0] = frame[0];
        System.arraycopy(length, 0, out, 1, length.length);
        int at = 1 + length.length;
        System.arraycopy(frame, body, out, at, 2);
        System.arraycopy(frame, propertyLength + 1, out, at + 2, frame.length - propertyLength - 1);
        return out;
    }

    /** The first topic filter of a SUBSCRIBE. */
    private static String firstFilter(MqttPacket subscribe) {
        return ((Subscribe) subscribe).subscriptions().get(0).topicFilter();
    }

    /** The frame with the last byte of the first occurrence of the string's UTF-8 bytes set to {@code value}. */
    static byte[] lastByteOf(byte[] frame, String field, int value) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + bytes.length <= frame.length; at++) {
            if (Arrays.equals(frame, at, at + bytes.length, bytes, 0, bytes.length)) {
                byte[] edited = frame.clone();
                edited[at + bytes.length - 1] = (byte) value;
                return edited;
            }
        }
        throw new IllegalArgumentException("\"" + field + "\" is not in the frame");
    }

    /**
     * Edits the bytes of the first packet of one type the patch sends (once it has sent a packet of the {@code after}
     * type, if given), and leaves every other packet as it is.
     */
    /** The frame with both QoS bits of its fixed header set. */
    private static byte[] withBothQosBits(byte[] frame) {
        byte[] edited = frame.clone();
        edited[0] |= 0b0110;
        return edited;
    }

    private static final class FirstFrameEdit implements PatchTransform {
        private final PacketType type;
        private final BiFunction<MqttPacket, byte[], byte[]> edit;
        private boolean armed;
        private boolean done;
        private final Optional<PacketType> after;

        FirstFrameEdit(PacketType type, Optional<PacketType> after, BiFunction<MqttPacket, byte[], byte[]> edit) {
            this.type = type;
            this.after = after;
            this.edit = edit;
            this.armed = after.isEmpty();
        }

        @Override
        public synchronized byte[] sentFrame(MqttPacket packet, byte[] frame) {
            if (after.isPresent() && packet.type() == after.get()) {
                armed = true;
            }
            if (done || !armed || packet.type() != type) {
                return frame;
            }
            done = true;
            return edit.apply(packet, frame);
        }
    }

    /** The CONNECT with no will: flag, QoS, retain and the will fields cleared. */
    /** A user name after the last field of a CONNECT that announces none (nor a password); others as they are. */
    private static byte[] withUnflaggedUserName(byte[] frame) {
        ConnectFrameEdit connect = ConnectFrameEdit.of(frame);
        int credentials = ConnectFrameEdit.USER_NAME_FLAG | ConnectFrameEdit.PASSWORD_FLAG;
        return (connect.flags() & credentials) == 0 ? connect.append(UNFLAGGED_USER_NAME) : frame;
    }

    private static Connect withoutWill(Connect c) {
        return new Connect(c.flags(), c.protocolName(), c.protocolLevel(), c.reservedFlag(), c.cleanStart(), false, 0, false,
                c.usernameFlag(), c.passwordFlag(), c.keepAlive(), c.properties(), c.clientId(), MqttProperties.EMPTY, null,
                null, c.username(), c.password());
    }

    /** The topic with its last level replaced by the '+' wildcard. */
    private static String wildcarded(String topic) {
        int slash = topic.lastIndexOf('/');
        return slash < 0 ? "+" : topic.substring(0, slash) + "/+";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Asks for a persistent session under a zero-length client identifier (until a broker assigns one). */
    private static final class EmptyClientIdPersistent implements PatchTransform {
        @Override
        public String clientId(String configured) {
            return "";
        }

        @Override
        public Connect connect(Connect conformant) {
            return conformant.withCleanStart(false);
        }
    }

    /**
     * Takes a command under a packet identifier it has answered before for a repeat of that command, and answers it
     * no more (no PUBACK at QoS 1, no PUBREC at QoS 2).
     */
    private static final class ReusedIdentifierTakenForDuplicate implements PatchTransform {
        private final java.util.Set<Integer> answered = new java.util.HashSet<>();

        @Override
        public Optional<PublishAck> commandAck(PublishAck conformant) {
            return answered.add(conformant.packetId()) ? Optional.of(conformant) : Optional.empty();
        }
    }

    /**
     * MQTT 5.0: sends each reading on a connection whose broker announced a Maximum Packet Size with a User Property
     * that makes the PUBLISH larger than that size, and discards nothing.
     */
    static final class MaximumPacketSizeIgnored implements PatchTransform {
        private final MqttVersion version;

        MaximumPacketSizeIgnored(MqttVersion version) {
            this.version = version;
        }

        @Override
        public Publish sizedReading(Publish conformant, int maximumPacketSize) {
            return paddedPast(conformant, maximumPacketSize, version, padding -> withPadding(conformant, padding));
        }

        @Override
        public int maximumPacketSize(int conformant) {
            return 0;
        }

        private static Publish withPadding(Publish p, String padding) {
            return p.withProperties(p.properties().with(MqttPropertyId.USER_PROPERTY, new StringPair("padding", padding)));
        }
    }

    /**
     * The packet padded (by the given edit, with a string of that many characters) just past a Maximum Packet Size of
     * the broker's; as it is when the broker announced none (0) or it is larger already.
     */
    private static <P extends MqttPacket> P paddedPast(P conformant, int maximumPacketSize, MqttVersion version,
                                                       java.util.function.Function<String, P> padded) {
        if (maximumPacketSize <= 0) {
            return conformant;
        }
        int over = maximumPacketSize + 1 - MqttEncoder.encode(padded.apply(""), version).length;
        return over > 0 ? padded.apply("x".repeat(over)) : conformant;
    }

    /** The answers of the exchange of a QoS 2 message, in either direction. */
    private static final Set<PacketType> QOS2_ANSWERS = Set.of(PacketType.PUBREC, PacketType.PUBREL, PacketType.PUBCOMP);

    /**
     * MQTT 5.0: gives each answer of the given types that the patch sends on a connection whose broker announced a
     * Maximum Packet Size a Reason String or User Property one byte too long for it, and sends it anyway.
     */
    private static final int CONTINUE_AUTHENTICATION = 0x18;
    private static final int REAUTHENTICATE = 0x19;
    /** The reason code after 0x19, which MQTT 5.0 does not define for AUTH. */
    private static final int UNDEFINED_AUTHENTICATE_CODE = 0x1A;
    /** The Authentication Method a fault names instead of the one the patch authenticated with. */
    private static final String OTHER_METHOD = "SCRAM-SHA-1";

    /** The AUTH naming {@link #OTHER_METHOD} instead. */
    private static Auth otherMethod(Auth auth) {
        return new Auth(auth.flags(), auth.reasonCode(), auth.properties().without(MqttPropertyId.AUTHENTICATION_METHOD)
                .with(MqttPropertyId.AUTHENTICATION_METHOD, OTHER_METHOD));
    }

    /** Edits the AUTH of the given reason code in the patch's first re-authentication, and no other. */
    static final class FirstReauthentication implements PatchTransform {
        private final int reasonCode;
        private final java.util.function.UnaryOperator<Auth> edit;

        FirstReauthentication(int reasonCode, java.util.function.UnaryOperator<Auth> edit) {
            this.reasonCode = reasonCode;
            this.edit = edit;
        }

        @Override
        public Auth authentication(Auth conformant, int reauthentication) {
            return reauthentication == 1 && conformant.reasonCode() == reasonCode ? edit.apply(conformant) : conformant;
        }
    }

    static final class OversizedAnswers implements PatchTransform {
        private final MqttVersion version;
        private final Set<PacketType> types;
        private final MqttPropertyId property;

        OversizedAnswers(MqttVersion version, Set<PacketType> types, MqttPropertyId property) {
            this.version = version;
            this.types = types;
            this.property = property;
        }

        @Override
        public MqttPacket sizedAnswer(MqttPacket conformant, int maximumPacketSize) {
            return types.contains(conformant.type())
                    ? paddedPast(conformant, maximumPacketSize, version, padding -> withPadding(conformant, padding))
                    : conformant;
        }

        @Override
        public int maximumPacketSize(int conformant) {
            return 0;
        }

        private MqttPacket withPadding(MqttPacket packet, String padding) {
            Object value = property == MqttPropertyId.REASON_STRING ? padding : new StringPair("padding", padding);
            if (packet instanceof Disconnect d) {
                return new Disconnect(d.flags(), d.reasonCode(), d.properties().with(property, value));
            }
            if (packet instanceof Auth a) {
                return new Auth(a.flags(), a.reasonCode(), a.properties().with(property, value));
            }
            PublishAck ack = (PublishAck) packet;
            return ack.withReason(ack.reasonCode(), ack.properties().with(property, value));
        }
    }
}
