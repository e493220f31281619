package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPacketRules;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Topics;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import static org.iomt.simulators.broker.PacketTransform.editToBroker;
import static org.iomt.simulators.broker.PacketTransform.editToClient;
import static org.iomt.simulators.broker.PacketTransform.onWayToBroker;
import static org.iomt.simulators.broker.PacketTransform.onWayToClient;
import static org.iomt.simulators.broker.PacketTransform.withheldFromClient;

/** What each {@link BrokerFault} does on the wire: a fresh transform per connection, since some keep state. */
final class FaultTransforms {

    private FaultTransforms() {
    }

    /** Added to a non-zero Session Expiry Interval by {@link BrokerFault#SESSION_EXPIRY_EXTENDED}: an hour, in seconds. */
    private static final int SESSION_EXTENSION = 3600;
    /** Subscription option bits of MQTT 5.0 (§3.8.3.1). */
    private static final int NO_LOCAL = 0x04;
    private static final int RETAIN_AS_PUBLISHED = 0x08;
    private static final int RETAIN_HANDLING = 0x30;

    /** What {@link BrokerFault#ACK_ID_LOW_BYTE_ONLY} keeps of a packet identifier. */
    private static final int LOW_BYTE = 0xFF;

    /** The Authentication Method {@link BrokerFault#AUTH_SENT_UNASKED} names in a CONNACK. */
    private static final String UNASKED_METHOD = "SCRAM-SHA-1";

    /** The reason code of a successful unsubscription (MQTT 5.0 §3.11.3). */
    private static final int SUCCESS = 0x00;

    /** The reserved bit {@link BrokerFault#CONNACK_FLAG_BIT_SET} sets in a CONNACK's acknowledge flags. */
    private static final int RESERVED_ACKNOWLEDGE_BIT = 0x02;
    /** A PINGRESP whose Remaining Length 0 takes two bytes, as {@link BrokerFault#REMAINING_LENGTH_PADDED} sends it. */
    private static final byte[] PADDED_PINGRESP = {(byte) 0xD0, (byte) 0x80, 0x00};
    /** A SUBACK code neither MQTT 3.1.1 nor 5.0 defines. */
    private static final int UNDEFINED_SUBACK_CODE = 0x81;
    /** The UNSUBACK code "no subscription existed" (MQTT 5.0 §3.11.3), and one the table does not hold. */
    private static final int NO_SUBSCRIPTION_EXISTED = 0x11;
    private static final int UNDEFINED_UNSUBACK_CODE = 0x12;
    /** A reason code no table of PUBREC, PUBREL or PUBCOMP holds, below 0x80 so that the flow goes on. */
    private static final int UNDEFINED_QOS2_CODE = 0x03;

    /** The fixed-header flags an UNSUBSCRIBE must carry (§3.10.1). */
    private static final int UNSUBSCRIBE_FLAGS = 0b0010;
    /** The lowest reason code that reports a failure (MQTT 5.0 §2.4). */
    private static final int FAILURE_CODE = 0x80;

    /** The MQTT 5.0 CONNACK reason code Unsupported Protocol Version (§3.2.2.2). */
    private static final int UNSUPPORTED_PROTOCOL_VERSION = 0x84;

    /** A byte no well-formed UTF-8 string holds, which {@link BrokerFault#DELIVERY_TOPIC_NOT_UTF8} puts in a topic name. */
    private static final int NEVER_IN_UTF8 = 0xFF;

    /** U+FEFF, whose UTF-8 form EF BB BF {@link BrokerFault#BYTE_ORDER_MARK_STRIPPED} removes from topic names. */
    private static final String ZERO_WIDTH_NO_BREAK_SPACE = "\uFEFF";

    /** Session Expiry Interval (s) that {@code sessions-always-kept} gives a 5.0 CONNECT that names none. */
    private static final int KEPT_SESSION_EXPIRY = 300;

    /**
     * A fault's transform for one connection; {@code expiries}, {@code clientIds}, {@code wills}, {@code shared},
     * {@code aliases} and {@code deliveries} are shared by every connection through the proxy.
     */
    static PacketTransform of(BrokerFault fault, ExpiryLedger expiries, ClientIdsInUse clientIds, WillsByClient wills,
                              SharedMembersByClient shared, AliasesByClient aliases, Qos2DeliveriesByClient deliveries) {
        return switch (fault) {
            // configured in the broker itself: nothing to do on the wire
            case TLS_CERTIFICATE_WRONG_NAME, TLS_ANONYMOUS_ALLOWED, CLIENT_CERTIFICATE_NOT_REQUIRED, CREDENTIALS_NEVER_ACCEPTED ->
                    new PacketTransform() {
            };
            case TOPIC_ALIAS_FORCED -> editToClient(Publish.class, pub -> pub.properties().first(MqttPropertyId.TOPIC_ALIAS).isPresent()
                    ? pub : pub.withProperties(pub.properties().with(MqttPropertyId.TOPIC_ALIAS, 1)));
            case DOLLAR_TOPICS_MATCHED -> onWayToBroker(p -> p.packet(Publish.class).filter(pub -> pub.topic().startsWith("$"))
                    .ifPresent(pub -> p.alsoForward(Publish.of(pub.topic().substring(1), 0, pub.retain(), 0, pub.payload())
                            .withProperties(pub.properties()))));
            case SUBACK_CODES_REVERSED -> editToClient(Suback.class, sub -> new Suback(sub.flags(), sub.packetId(), sub.properties(),
                    reversedList(sub.reasonCodes())));
            case REDELIVERY_WITHOUT_DUP -> editToClient(Publish.class, pub -> pub.dup() == 1 ? pub.withDup(false) : pub);
            case RETAINED_NOT_STORED -> editToBroker(Publish.class,
                    pub -> pub.retain() && pub.payload().length > 0 ? pub.withFlags(pub.flags() & ~1) : pub);
            case RETAINED_NOT_CLEARED -> new AbsorbedPublishes(pub -> pub.retain() && pub.payload().length == 0);
            case RETAIN_FLAG_ON_LIVE_DELIVERY -> editToClient(Publish.class, pub -> pub.withFlags(pub.flags() | 1));
            case QOS2_ANSWERED_WITH_PUBACK -> new Qos2AnsweredWithPuback();
            case PUBCOMP_WITHHELD -> withheldFromClient(PacketType.PUBCOMP);
            case CONNACK_WITHHELD_V5 -> onWayToClient(p -> {
                if (p.is(PacketType.CONNACK) && p.session().version() == MqttVersion.V5_0) {
                    p.drop();
                }
            });
            case WILDCARD_PUBLISH_ACCEPTED -> new AbsorbedPublishes(pub -> Topics.hasWildcard(pub.topic()));
            case SECOND_CONNECT_ACCEPTED -> onWayToBroker(p -> {
                if (p.is(PacketType.CONNECT) && p.session().connectSeen()) {
                    p.drop();
                }
            });
            case LENIENT_PARSER -> new LenientParser();
            case WILL_LOST -> editToBroker(Connect.class, c -> c.willFlag() ? c.withWillFlags(false, 0, false) : c);
            case WILL_RETAIN_DROPPED -> editToBroker(Connect.class, c -> c.withWillFlags(c.willFlag(), c.willQos(), false));
            case WILL_RETAIN_FORCED -> editToBroker(Connect.class, c -> c.willFlag() ? c.withWillFlags(true, c.willQos(), true) : c);
            case WILL_SENT_AFTER_DISCONNECT -> onWayToBroker(p -> {
                if (p.is(PacketType.DISCONNECT)) {
                    p.drop();
                    p.session().resetUpstream();
                }
            });
            case SESSION_PRESENT_CLEARED -> editToClient(Connack.class,
                    c -> new Connack(c.flags(), false, c.reasonCode(), c.properties()));
            case SESSIONS_NOT_KEPT -> editToBroker(Connect.class,
                    c -> c.withCleanStart(true).withProperties(c.properties().without(MqttPropertyId.SESSION_EXPIRY_INTERVAL)));
            case OVERLAP_DUPLICATES -> new OverlapDuplicates();
            case UNSUBACK_WITHHELD -> withheldFromClient(PacketType.UNSUBACK);
            case PINGRESP_WITHHELD -> withheldFromClient(PacketType.PINGRESP);
            case KEEP_ALIVE_NOT_ENFORCED -> new KeepAliveNotEnforced();
            case SESSION_PRESENT_SET -> editToClient(Connack.class,
                    c -> c.reasonCode() == 0 ? new Connack(c.flags(), true, c.reasonCode(), c.properties()) : c);
            case SESSIONS_ALWAYS_KEPT -> editToBroker(Connect.class, FaultTransforms::keepingSession);
            case TAKEOVER_IGNORED -> new TakeoverIgnored(clientIds);
            case ZERO_LENGTH_CLIENT_ID_MISHANDLED -> new ZeroLengthClientIdMishandled();
            case REFUSED_CONNECTION_KEPT_OPEN -> new RefusedConnectionKeptOpen();
            case REFUSAL_WITH_SESSION_PRESENT -> editToClient(Connack.class,
                    c -> c.reasonCode() != 0 ? new Connack(c.flags(), true, c.reasonCode(), c.properties()) : c);
            case CONNACK_WITHHELD_V3 -> onWayToClient(p -> {
                if (p.is(PacketType.CONNACK) && p.session().version() == MqttVersion.V3_1_1) {
                    p.drop();
                }
            });
            case PUBACK_WITHHELD -> withheldFromClient(PacketType.PUBACK);
            case QOS_UPGRADED -> new QosUpgraded();
            case RETAIN_FLAG_FORCED -> editToBroker(Publish.class,
                    pub -> pub.payload().length > 0 ? pub.withFlags(pub.flags() | 1) : pub);
            case RETAIN_FLAG_DROPPED -> editToClient(Publish.class, pub -> pub.withFlags(pub.flags() & ~1));
            case PLUS_MATCHES_MULTIPLE_LEVELS -> new PlusMatchesMultipleLevels();
            // a malformed UNSUBSCRIBE goes on to the broker: the fault ignores unsubscriptions, not the packet rules
            case UNSUBSCRIBE_IGNORED -> onWayToBroker(p -> p.packet(Unsubscribe.class)
                    .filter(u -> MqttPacketRules.violations(u, p.session().version()).isEmpty()).ifPresent(u -> {
                p.drop();
                p.answer(new Unsuback(0, u.packetId(), MqttProperties.EMPTY, p.session().version() == MqttVersion.V5_0
                        ? u.topicFilters().stream().map(f -> SUCCESS).toList() : List.of()));
            }));
            case USER_PROPERTIES_DROPPED -> editToClient(Publish.class,
                    pub -> pub.withProperties(pub.properties().without(MqttPropertyId.USER_PROPERTY)));
            case USER_PROPERTIES_REORDERED -> editToClient(Publish.class,
                    pub -> pub.withProperties(reversed(pub.properties(), MqttPropertyId.USER_PROPERTY)));
            case MESSAGE_EXPIRY_IGNORED -> new MessageExpiryRewrite(MessageExpiryRewrite.Mode.IGNORED, expiries);
            case MESSAGE_EXPIRY_NOT_DECREMENTED -> new MessageExpiryRewrite(MessageExpiryRewrite.Mode.NOT_DECREMENTED, expiries);
            case PAYLOAD_FORMAT_DROPPED -> droppedFromDeliveries(MqttPropertyId.PAYLOAD_FORMAT_INDICATOR);
            case CONTENT_TYPE_DROPPED -> droppedFromDeliveries(MqttPropertyId.CONTENT_TYPE);
            case RESPONSE_TOPIC_DROPPED -> droppedFromDeliveries(MqttPropertyId.RESPONSE_TOPIC);
            case CORRELATION_DATA_DROPPED -> droppedFromDeliveries(MqttPropertyId.CORRELATION_DATA);
            case RECEIVE_MAXIMUM_IGNORED -> editToBroker(Connect.class,
                    c -> c.withProperties(c.properties().without(MqttPropertyId.RECEIVE_MAXIMUM)));
            case SUBSCRIPTION_IDENTIFIER_DROPPED -> droppedFromDeliveries(MqttPropertyId.SUBSCRIPTION_IDENTIFIER);
            case NO_LOCAL_IGNORED -> subscriptionOptions(options -> options & ~NO_LOCAL);
            case RETAIN_AS_PUBLISHED_IGNORED -> subscriptionOptions(options -> options & ~RETAIN_AS_PUBLISHED);
            case RETAIN_HANDLING_IGNORED -> subscriptionOptions(options -> options & ~RETAIN_HANDLING);
            case SESSION_EXPIRY_EXTENDED -> new PacketTransform() {
                @Override
                public void toBroker(Passage p) {
                    p.packet(Connect.class).ifPresent(c -> replaceIfChanged(p, c, c.withProperties(extended(c.properties()))));
                    p.packet(Disconnect.class).ifPresent(d -> replaceIfChanged(p, d,
                            new Disconnect(d.flags(), d.reasonCode(), extended(d.properties()))));
                }
            };
            case TOPIC_ALIAS_DROPPED -> editToBroker(Publish.class,
                    pub -> pub.withProperties(pub.properties().without(MqttPropertyId.TOPIC_ALIAS)));
            case MAXIMUM_PACKET_SIZE_IGNORED -> editToBroker(Connect.class,
                    c -> c.withProperties(c.properties().without(MqttPropertyId.MAXIMUM_PACKET_SIZE)));
            case WILL_DELAY_IGNORED -> editToBroker(Connect.class, c -> c.willFlag()
                    ? c.withWill(c.willTopic(), c.willPayload(), c.willQos(), c.willRetain(),
                    c.willProperties().without(MqttPropertyId.WILL_DELAY_INTERVAL)) : c);
            case SHARED_QOS_RAISED -> new SharedQosRaised();
            case WILDCARD_MATCHES_SYS_TOPICS -> new WildcardMatchesSysTopics();
            case RESPONSE_INFORMATION_UNASKED -> new UnaskedInformation(UnaskedInformation.Request.RESPONSE_INFORMATION);
            case PROBLEM_INFORMATION_UNASKED -> new UnaskedInformation(UnaskedInformation.Request.PROBLEM_INFORMATION);
            case PROTOCOL_NAME_IGNORED -> editToBroker(Connect.class,
                    c -> c.protocolName().equals("MQTT") || c.protocolName().equals("MQIsdp") ? c : c.withProtocolName("MQTT"));
            case UNKNOWN_LEVEL_CLOSED_SILENTLY -> new UnknownLevelClosedSilently();
            case V5_CONNECT_CLOSED -> onWayToBroker(p -> p.packet(Connect.class).filter(c -> c.protocolLevel() == 5).ifPresent(c -> {
                p.drop();
                p.session().resetUpstream();
            }));
            case MALFORMED_PROPERTIES_TOLERATED -> new MalformedPropertiesTolerated();
            case QOS2_DUPLICATE_DELIVERED -> new Qos2DuplicateDelivered();
            case DUP_SET_ON_DELIVERY -> editToClient(Publish.class, pub -> pub.withDup(true));
            case PUBREL_ID_CHANGED -> new PubrelIdChanged();
            case REUSED_ID_TAKEN_FOR_DUPLICATE -> new ReusedIdTakenForDuplicate();
            case PACKET_ID_ZERO_ON_DELIVERY -> new PacketIdZeroOnDelivery();
            case ACK_ID_LOW_BYTE_ONLY -> new PacketTransform() {
                @Override
                public void toClient(Passage p) {
                    p.packet(Suback.class).ifPresent(s -> replaceIfChanged(p, s,
                            new Suback(s.flags(), s.packetId() & LOW_BYTE, s.properties(), s.reasonCodes())));
                    p.packet(Unsuback.class).ifPresent(u -> replaceIfChanged(p, u,
                            new Unsuback(u.flags(), u.packetId() & LOW_BYTE, u.properties(), u.reasonCodes())));
                }
            };
            case MALFORMED_FILTER_ACCEPTED -> editToBroker(Subscribe.class, s -> new Subscribe(s.flags(), s.packetId(),
                    s.properties(), s.subscriptions().stream().map(sub -> Topics.isValidTopicFilter(sub.topicFilter()) ? sub
                            : new Subscription(literal(sub.topicFilter()), sub.options())).toList()));
            case UNSUBSCRIBE_MATCHES_BY_TOPIC -> new UnsubscribeMatchesByTopic();
            case UNSUBSCRIBE_ONLY_FIRST_FILTER -> new UnsubscribeOnlyFirstFilter();
            case RESUBSCRIPTION_KEEPS_OLD_QOS -> new ResubscriptionKeepsOldQos();
            case RETAINED_NOT_RESENT -> new RetainedNotResent();
            case SUBSCRIPTION_IDENTIFIERS_MERGED -> new SubscriptionIdentifiersMerged();
            case TOPICS_NORMALISED -> new TopicsNormalised();
            case SUBSCRIBE_ONLY_FIRST_FILTER -> new SubscribeOnlyFirstFilter();
            case UNSUBSCRIBE_DROPS_IN_FLIGHT -> new UnsubscribeDropsInFlight();
            case QUOTA_STALLS_OTHER_ANSWERS -> new AnswersHeldBehindDeliveries();
            case WILL_KEPT_AFTER_PUBLISHING -> editToBroker(Connect.class, wills::keepOrRestore);
            case SUBACK_PER_FILTER -> onWayToClient(p -> p.packet(Suback.class).filter(ack -> ack.reasonCodes().size() > 1)
                    .ifPresent(ack -> {
                        p.replace(new Suback(ack.flags(), ack.packetId(), ack.properties(), ack.reasonCodes().subList(0, 1)));
                        ack.reasonCodes().subList(1, ack.reasonCodes().size()).forEach(code ->
                                p.alsoForward(new Suback(ack.flags(), ack.packetId(), ack.properties(), List.of(code))));
                    }));
            case UNSUPPORTED_AUTH_METHOD_ADMITTED -> editToBroker(Connect.class, c -> c.withProperties(c.properties()
                    .without(MqttPropertyId.AUTHENTICATION_METHOD).without(MqttPropertyId.AUTHENTICATION_DATA)));
            case AUTH_SENT_UNASKED -> editToClient(Connack.class, c -> c.reasonCode() != 0
                    || c.properties().first(MqttPropertyId.AUTHENTICATION_METHOD).isPresent()
                    ? c : new Connack(c.flags(), c.sessionPresent(), 0, c.properties().with(MqttPropertyId.AUTHENTICATION_METHOD,
                    UNASKED_METHOD)));
            case DISCONNECT_BEFORE_CONNACK -> onWayToClient(p -> p.packet(Connack.class)
                    .filter(c -> c.reasonCode() >= 0x80 && p.session().version() == MqttVersion.V5_0)
                    .ifPresent(c -> p.replace(new Disconnect(0, c.reasonCode(), MqttProperties.EMPTY))));
            case PACKETS_AFTER_DISCONNECT -> onWayToClient(p -> {
                if (p.is(PacketType.DISCONNECT) && p.session().version() == MqttVersion.V5_0) {
                    p.alsoForward(new PingResp(0));
                }
            });
            case UNDEFINED_REASON_CODE -> new UndefinedReasonCode();
            case DISCONNECT_RESERVED_BITS_CLEARED -> editToBroker(Disconnect.class,
                    d -> d.flags() == 0 ? d : new Disconnect(0, d.reasonCode(), d.properties()));
            case CONNECTION_KEPT_AFTER_DISCONNECT -> new ConnectionKeptAfterDisconnect();
            case ALIAS_ABOVE_CLIENT_MAXIMUM -> new AliasAboveClientMaximum();
            case REASON_STRING_OVERSIZE -> new OversizeAnswerProperty(MqttPropertyId.REASON_STRING);
            case USER_PROPERTY_OVERSIZE -> new OversizeAnswerProperty(MqttPropertyId.USER_PROPERTY);
            case SUBACK_FLAGS_SET -> editToClient(Suback.class, sub -> new Suback(sub.flags() | 1, sub.packetId(), sub.properties(),
                    sub.reasonCodes()));
            case PUBREL_FLAGS_CLEARED -> editToClient(PublishAck.class, a -> a.type() == PacketType.PUBREL ? a.withFlags(0) : a);
            case DUP_ON_QOS0_DELIVERY -> editToClient(Publish.class, pub -> pub.qos() == 0 ? pub.withDup(true) : pub);
            case PINGRESP_BEFORE_CONNACK -> onWayToClient(p -> p.packet(Connack.class)
                    .filter(c -> p.session().version() == MqttVersion.V5_0).ifPresent(c -> {
                p.replace(new PingResp(0));
                p.alsoForward(c);
            }));
            case CONNACK_REPEATED -> new ConnackRepeated();
            case CONNACK_FLAG_BIT_SET -> rewrittenForV5(PacketType.CONNACK, FaultTransforms::reservedAcknowledgeBitSet);
            case REMAINING_LENGTH_PADDED -> rewrittenForV5(PacketType.PINGRESP, frame -> PADDED_PINGRESP);
            case SUBACK_CODE_DROPPED -> editToClient(Suback.class, sub -> sub.reasonCodes().size() < 2 ? sub : new Suback(sub.flags(),
                    sub.packetId(), sub.properties(), sub.reasonCodes().subList(0, sub.reasonCodes().size() - 1)));
            case SUBACK_CODE_UNDEFINED -> editToClient(Suback.class, sub -> sub.reasonCodes().size() < 2 ? sub : new Suback(sub.flags(),
                    sub.packetId(), sub.properties(), withLast(sub.reasonCodes(), UNDEFINED_SUBACK_CODE)));
            case SUBACK_WITHHELD_FOR_SEVERAL -> onWayToClient(p -> p.packet(Suback.class)
                    .filter(sub -> sub.reasonCodes().size() > 1).ifPresent(sub -> p.drop()));
            case UNSUBACK_CODES_REVERSED -> editToClient(Unsuback.class, u -> new Unsuback(u.flags(), u.packetId(), u.properties(),
                    reversedList(u.reasonCodes())));
            case UNSUBACK_CODE_UNDEFINED -> editToClient(Unsuback.class, u -> new Unsuback(u.flags(), u.packetId(), u.properties(),
                    u.reasonCodes().stream().map(c -> c == NO_SUBSCRIPTION_EXISTED ? UNDEFINED_UNSUBACK_CODE : c).toList()));
            case DISCONNECT_SESSION_EXPIRY_ADDED -> onWayToClient(p -> p.packet(Disconnect.class)
                    .filter(d -> p.session().version() == MqttVersion.V5_0)
                    .ifPresent(d -> p.replace(new Disconnect(d.flags(), d.reasonCode(),
                            d.properties().with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, 0)))));
            case PUBREC_CODE_UNDEFINED -> undefinedQos2Code(PacketType.PUBREC);
            case PUBREL_CODE_UNDEFINED -> undefinedQos2Code(PacketType.PUBREL);
            case PUBCOMP_CODE_UNDEFINED -> undefinedQos2Code(PacketType.PUBCOMP);
            case SUBACK_QOS_RAISED -> editToClient(Suback.class, sub -> sub.reasonCodes().size() < 2 || sub.reasonCodes().get(0) != 0
                    ? sub : new Suback(sub.flags(), sub.packetId(), sub.properties(), withFirst(sub.reasonCodes(), 1)));
            case CLIENT_ID_UPPER_CASE_REFUSED -> new ClientIdUpperCaseRefused();
            case ANONYMOUS_CLIENTS_SHARE_ID -> new AnonymousClientsShareId();
            case EMPTY_RETAINED_STORED -> new EmptyRetainedStored();
            case REFUSED_CONNECT_INPUT_PROCESSED -> new RefusedConnectInputProcessed();
            case DELIVERIES_SWAPPED -> new DeliveriesSwapped();
            case WILL_WITHOUT_FLAG -> editToBroker(Connect.class, wills::keepOrRestoreOnAnySession);
            case MALFORMED_CONNECT_ANSWERED_V3 -> new MalformedConnectAnswered();
            case QOS0_RETAIN_IGNORED -> editToBroker(Publish.class,
                    pub -> pub.retain() && pub.qos() == 0 && pub.payload().length > 0 ? pub.withFlags(pub.flags() & ~1) : pub);
            case QOS0_DELIVERY_ID_INSERTED -> new WardDeliveryRewritten(WardDeliveryRewritten::identifierInserted);
            case DELIVERY_TOPIC_NOT_UTF8 -> new WardDeliveryRewritten(frame -> WardDeliveryRewritten.topicByteReplaced(frame, 1,
                    NEVER_IN_UTF8));
            case DELIVERY_TOPIC_WILDCARD -> new WardDeliveryRewritten(frame -> WardDeliveryRewritten.topicByteReplaced(frame, 2,
                    '+'));
            case DELIVERY_TOPIC_ALIAS_ZERO -> onWayToClient(p -> p.packet(Publish.class)
                    .filter(pub -> p.session().version() == MqttVersion.V5_0 && pub.qos() == 0
                            && PacketFormExchange.wardTopic(pub.topic()))
                    .ifPresent(pub -> p.replace(pub.withProperties(pub.properties().with(MqttPropertyId.TOPIC_ALIAS, 0)))));
            case PINGRESP_BEFORE_EXCHANGE_CONNACK -> new ExchangeConnackPreceded();
            case PROTOCOL_NAME_REFUSAL_KEPT_OPEN -> onWayToBroker(p -> p.packet(Connect.class)
                    .filter(c -> c.protocolLevel() == 5 && !c.protocolName().equals("MQTT")).ifPresent(c -> {
                p.drop();
                p.session().keepClientOpenWhenBrokerCloses();
                p.answer(new Connack(0, false, UNSUPPORTED_PROTOCOL_VERSION, MqttProperties.EMPTY));
            }));
            case SHARED_REFUSAL_REOFFERED -> new SharedRefusalReoffered();
            case SHARED_RESEND_WITHHELD -> new SharedResendWithheld(shared);
            case SHARED_LOSS_REOFFERED -> new SharedLossReoffered(shared);
            case UNAUTHORISED_PUBLISH_UNANSWERED -> new UnauthorisedPublishUnanswered();
            case BYTE_ORDER_MARK_STRIPPED -> editToBroker(Publish.class, pub -> pub.topic().contains(ZERO_WIDTH_NO_BREAK_SPACE)
                    ? new Publish(pub.flags(), pub.topic().replace(ZERO_WIDTH_NO_BREAK_SPACE, ""), pub.packetId(), pub.properties(),
                    pub.payload()) : pub);
            case SESSION_GIVEN_TO_NEWCOMER -> new SessionGivenToNewcomer();
            case SUBSCRIPTION_FORGOTTEN -> new SubscriptionForgotten();
            case ABSENT_SESSIONS_SKIPPED -> new AbsentSessionsSkipped();
            case UNSUBSCRIBE_FLAGS_ACCEPTED -> onWayToBroker(p -> p.packet(Unsubscribe.class).filter(u -> u.flags() != UNSUBSCRIBE_FLAGS)
                    .flatMap(u -> p.untouchedFrame()).ifPresent(frame -> {
                byte[] fixed = frame.clone();
                fixed[0] = (byte) (fixed[0] & 0xF0 | UNSUBSCRIBE_FLAGS);
                p.rewrite(fixed);
            }));
            case TOPIC_ALIAS_CARRIED_OVER -> new AliasesCarriedOver(aliases);
            case IDENTIFIER_REFUSAL_KEPT_OPEN -> new IdentifierRefusalKeptOpen();
            case RESPONSE_TOPIC_WILDCARDED -> editToClient(Publish.class, pub -> pub.properties().first(MqttPropertyId.RESPONSE_TOPIC)
                    .map(r -> pub.withProperties(pub.properties().without(MqttPropertyId.RESPONSE_TOPIC)
                            .with(MqttPropertyId.RESPONSE_TOPIC, r.value() + "/#"))).orElse(pub));
            case STRING_PROPERTIES_NULLED -> new StringPropertiesNulled();
            case DELIVERY_PROPERTY_LENGTH_DROPPED -> {
                PacketTransform ward = new WardDeliveryRewritten(WardDeliveryRewritten::emptyPropertyLengthDropped);
                yield onWayToClient(p -> {
                    if (p.session().version() == MqttVersion.V5_0) {
                        ward.toClient(p);
                    }
                });
            }
            case QOS2_RESEND_DROPPED -> onWayToClient(p -> p.packet(Publish.class).filter(pub -> pub.qos() == 2 && pub.dup() == 1)
                    .ifPresent(pub -> p.drop()));
            case RESUMED_RELEASE_DROPPED -> new ResumedReleaseDropped();
            case PUBLISH_RESENT_WITH_RELEASE -> new PublishResentWithRelease(deliveries);
            case NEGATIVE_PUBACK_WITHHELD -> onWayToBroker(p -> p.packet(PublishAck.class)
                    .filter(a -> a.type() == PacketType.PUBACK && a.reasonCode() >= FAILURE_CODE).ifPresent(a -> p.drop()));
            case EXPIRED_RELEASE_SWALLOWED -> new ExpiredReleaseSwallowed();
            case MAXIMUM_QOS_UNANNOUNCED -> editToClient(Connack.class, c -> c.properties().first(MqttPropertyId.MAXIMUM_QOS)
                    .map(q -> new Connack(c.flags(), c.sessionPresent(), c.reasonCode(), c.properties().without(MqttPropertyId.MAXIMUM_QOS)))
                    .orElse(c));
            case QOS2_SUBSCRIPTION_REFUSED -> new Qos2SubscriptionRefused();
            case WILL_QOS_LOWERED -> editToBroker(Connect.class, c -> c.protocolLevel() == MqttVersion.V5_0.level() && c.willFlag()
                    && c.willQos() == 2 ? c.withWillFlags(true, 1, c.willRetain()) : c);
            case RETAINED_WILL_ADMITTED -> editToBroker(Connect.class, c -> c.protocolLevel() == MqttVersion.V5_0.level()
                    && c.willFlag() && c.willRetain() ? c.withWillFlags(true, c.willQos(), false) : c);
            case REFUSED_QOS2_ID_KEPT -> new RefusedQos2IdKept();
            case SUBSCRIPTION_COPIES_COLLAPSED -> new SubscriptionCopiesCollapsed();
        };
    }

    /** Gives every packet of one QoS 2 type the broker sends an MQTT 5.0 client a reason code its table does not hold. */
    private static PacketTransform undefinedQos2Code(PacketType type) {
        return onWayToClient(p -> p.packet(PublishAck.class).filter(a -> a.type() == type && p.session().version() == MqttVersion.V5_0)
                .ifPresent(a -> p.replace(a.withReason(UNDEFINED_QOS2_CODE, a.properties()))));
    }

    /** Rewrites the bytes of every packet of one type the broker sends an MQTT 5.0 client. */
    private static PacketTransform rewrittenForV5(PacketType type, java.util.function.UnaryOperator<byte[]> rewrite) {
        return onWayToClient(p -> {
            if (p.session().version() == MqttVersion.V5_0 && p.is(type)) {
                p.untouchedFrame().ifPresent(frame -> p.rewrite(rewrite.apply(frame.clone())));
            }
        });
    }

    /** The CONNACK frame with bit 1 of its acknowledge flags set (the byte after a one-byte Remaining Length). */
    private static byte[] reservedAcknowledgeBitSet(byte[] connack) {
        connack[2] |= RESERVED_ACKNOWLEDGE_BIT;
        return connack;
    }

    private static List<Integer> withFirst(List<Integer> codes, int first) {
        List<Integer> out = new ArrayList<>(codes);
        out.set(0, first);
        return out;
    }

    private static List<Integer> withLast(List<Integer> codes, int last) {
        List<Integer> out = new ArrayList<>(codes);
        out.set(out.size() - 1, last);
        return out;
    }

    /** A forbidden topic filter made well-formed: each wildcard becomes '_', and an empty filter "_". */
    private static String literal(String filter) {
        return filter.isEmpty() ? "_" : filter.replace('#', '_').replace('+', '_');
    }

    /** Removes a property from every PUBLISH on its way to the client. */
    private static PacketTransform droppedFromDeliveries(MqttPropertyId id) {
        return editToClient(Publish.class, pub -> pub.withProperties(pub.properties().without(id)));
    }

    /** Edits the options of every subscription of an MQTT 5.0 SUBSCRIBE (3.1.1 reserves those bits: left alone). */
    private static PacketTransform subscriptionOptions(IntUnaryOperator edit) {
        return PacketTransform.onWayToBroker(p -> {
            if (p.session().version() != MqttVersion.V5_0) {
                return;
            }
            p.packet(Subscribe.class).ifPresent(s -> replaceIfChanged(p, s, new Subscribe(s.flags(), s.packetId(), s.properties(),
                    s.subscriptions().stream().map(sub -> new Subscription(sub.topicFilter(), edit.applyAsInt(sub.options())))
                            .toList())));
        });
    }

    private static void replaceIfChanged(Passage p, MqttPacket original, MqttPacket edited) {
        if (!edited.equals(original)) {
            p.replace(edited);
        }
    }

    private static List<Integer> reversedList(List<Integer> codes) {
        List<Integer> reversed = new ArrayList<>(codes);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** The properties with the values of one identifier in reverse order, each other property where it stood. */
    static MqttProperties reversed(MqttProperties properties, MqttPropertyId id) {
        List<MqttProperty> values = properties.all(id);
        List<MqttProperty> out = new ArrayList<>();
        int taken = 0;
        for (MqttProperty q : properties.list()) {
            out.add(q.id() == id ? values.get(values.size() - 1 - taken++) : q);
        }
        return new MqttProperties(out);
    }

    /** A non-zero Session Expiry Interval an hour longer; the others unchanged. */
    private static MqttProperties extended(MqttProperties properties) {
        return properties.first(MqttPropertyId.SESSION_EXPIRY_INTERVAL).filter(p -> p.intValue() > 0)
                .map(p -> new MqttProperties(properties.list().stream().map(q -> q.id() == MqttPropertyId.SESSION_EXPIRY_INTERVAL
                        ? new MqttProperty(q.id(), (int) Math.min(Integer.MAX_VALUE, (long) q.intValue() + SESSION_EXTENSION)) : q)
                        .toList()))
                .orElse(properties);
    }

    private static Connect keepingSession(Connect c) {
        Connect kept = c.withCleanStart(false);
        if (c.version().orElse(null) == MqttVersion.V5_0
                && c.properties().first(MqttPropertyId.SESSION_EXPIRY_INTERVAL).isEmpty()) {
            kept = kept.withProperties(c.properties().with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, KEPT_SESSION_EXPIRY));
        }
        return kept;
    }
}
