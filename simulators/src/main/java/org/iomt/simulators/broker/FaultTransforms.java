package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Topics;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.List;

import static org.iomt.simulators.broker.PacketTransform.editToBroker;
import static org.iomt.simulators.broker.PacketTransform.editToClient;
import static org.iomt.simulators.broker.PacketTransform.onWayToBroker;
import static org.iomt.simulators.broker.PacketTransform.onWayToClient;
import static org.iomt.simulators.broker.PacketTransform.withheldFromClient;

/** What each {@link BrokerFault} does on the wire: a fresh transform per connection, since some keep state. */
final class FaultTransforms {

    private FaultTransforms() {
    }

    /** The reason code of a successful unsubscription (MQTT 5.0 §3.11.3). */
    private static final int SUCCESS = 0x00;

    /** Session Expiry Interval (s) that {@code sessions-always-kept} gives a 5.0 CONNECT that names none. */
    private static final int KEPT_SESSION_EXPIRY = 300;

    /** A fault's transform for one connection; {@code clientIds} is shared by every connection through the proxy. */
    static PacketTransform of(BrokerFault fault, ClientIdsInUse clientIds) {
        return switch (fault) {
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
            case UNSUBSCRIBE_IGNORED -> onWayToBroker(p -> p.packet(Unsubscribe.class).ifPresent(u -> {
                p.drop();
                p.answer(new Unsuback(0, u.packetId(), MqttProperties.EMPTY, p.session().version() == MqttVersion.V5_0
                        ? u.topicFilters().stream().map(f -> SUCCESS).toList() : List.of()));
            }));
            case USER_PROPERTIES_DROPPED -> editToClient(Publish.class,
                    pub -> pub.withProperties(pub.properties().without(MqttPropertyId.USER_PROPERTY)));
            case MESSAGE_EXPIRY_IGNORED -> editToBroker(Publish.class,
                    pub -> pub.withProperties(pub.properties().without(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL)));
            case RECEIVE_MAXIMUM_IGNORED -> editToBroker(Connect.class,
                    c -> c.withProperties(c.properties().without(MqttPropertyId.RECEIVE_MAXIMUM)));
        };
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
