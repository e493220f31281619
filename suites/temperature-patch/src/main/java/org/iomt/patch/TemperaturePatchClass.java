package org.iomt.patch;

import org.iomt.core.catalogue.CatalogueScope;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKey;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.profile.ProfileProblem;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceTarget;
import org.iomt.core.spi.SelfTests;
import org.iomt.core.spi.TargetContext;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.mqtt.drivers.MqttKeys;
import org.iomt.patch.actors.ReportingDevices;
import org.iomt.patch.profile.PatchKeys;
import org.iomt.patch.target.EmbeddedPatch;
import org.iomt.patch.target.PatchSimulation;
import org.iomt.patch.target.PatchTarget;
import org.iomt.simulators.patch.PatchFault;
import org.iomt.standards.mqtt.MqttVersion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The MQTT temperature patch, the client role: a wearable that reports SenML readings to a broker. The suite plays the
 * broker; the target is the built-in patch ({@code simulated}) or a real one that connects to the suite ({@code live}).
 */
public final class TemperaturePatchClass implements DeviceClassProvider {

    static final String NAME = "temperature-patch";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> targetKinds() {
        return List.of("simulated", "live");
    }

    @Override
    public Set<String> simulatedKinds() {
        return Set.of("simulated");
    }

    @Override
    public String profileSchema() {
        return "/org/iomt/patch/profile.schema.json";
    }

    @Override
    public List<ProfileKey<?>> profileKeys() {
        List<ProfileKey<?>> keys = new ArrayList<>(PatchKeys.all());
        keys.addAll(MqttKeys.all());
        return keys;
    }

    @Override
    public CatalogueScope scope() {
        return new CatalogueScope(Map.of(
                "client", Set.of("mqtt-3.1.1", "mqtt-5.0", "iomt-mqtt-security", "iomt-mqtt-client"),
                "device", Set.of("iomt-temperature-patch", "rfc8428-senml", "gs1-genspecs")));
    }

    @Override
    public List<String> gluePackages() {
        return List.of("org.iomt.patch.glue");
    }

    @Override
    public List<PatchFault> faults() {
        return List.of(PatchFault.values());
    }

    @Override
    public void preflight(Profile profile) throws ProfileException, UnknownFaultException {
        EmbeddedPatch.faults(profile.get(ProfileKeys.FAULTS));
        boolean live = "live".equals(profile.get(ProfileKeys.TARGET_KIND));
        if (!live) {
            ReportingDevices.requireSimulatorClaims(profile);
        }
        List<ProfileProblem> problems = new ArrayList<>();
        if (!live && profile.find(PatchKeys.LISTEN_PORT).isPresent()) {
            problems.add(new ProfileProblem("target.listen", "only a live target listens for a device"));
        }
        if (live && profile.get(PatchKeys.MQTT_TLS)) {
            for (ProfileKey<String> key : List.of(PatchKeys.DEVICE_TLS_CA, PatchKeys.DEVICE_TLS_CA_KEY, PatchKeys.DEVICE_TLS_SERVER_NAME)) {
                if (profile.find(key).isEmpty()) {
                    problems.add(new ProfileProblem(key.path(), "required: the profile claims mqtt.tls; " + key.meaning()));
                } else if (key != PatchKeys.DEVICE_TLS_SERVER_NAME && !Files.isReadable(profile.relative(key))) {
                    problems.add(new ProfileProblem(key.path(), "no readable file at " + profile.relative(key)
                            + " (the path is relative to the profile's folder)"));
                }
            }
        }
        if (!live && profile.states("target.tls")) {
            problems.add(new ProfileProblem("target.tls", "a simulated patch trusts a CA made for the run; only a live "
                    + "target names the lab's CA"));
        }
        if (live && profile.get(PatchKeys.MQTT_AUTHENTICATION) && profile.find(MqttKeys.USERNAME).isEmpty()) {
            problems.add(new ProfileProblem("target.credentials", "required: the profile claims mqtt.authentication"));
        }
        if (profile.find(PatchKeys.MQTT_AUTHENTICATION_METHOD).isPresent()) {
            if (!"5.0".equals(profile.find(PatchKeys.MQTT_VERSION).orElse(""))) {
                problems.add(new ProfileProblem(PatchKeys.MQTT_AUTHENTICATION_METHOD.path(), "enhanced authentication is "
                        + "MQTT 5.0's; the profile claims mqtt.version " + profile.find(PatchKeys.MQTT_VERSION).orElse("none")));
            }
            if (live && profile.find(MqttKeys.USERNAME).isEmpty()) {
                problems.add(new ProfileProblem("target.credentials", "required: the profile claims "
                        + "mqtt.enhancedAuthentication, whose exchange proves the password of that user"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProfileException(profile.file(), problems);
        }
    }

    @Override
    public DeviceTarget target(Profile profile, TargetContext context) throws UnknownFaultException {
        return new PatchTarget(profile, EmbeddedPatch.faults(profile.get(ProfileKeys.FAULTS)), context.progress(), context.clock());
    }

    @Override
    public Optional<Object> simulator() {
        return Optional.of(new PatchSimulation());
    }

    /**
     * Two readings a run keep the fault runs short; the reference profiles are certified whole. Every self-test run
     * accepts a reporting interval ± 40 % instead of the profiles' 25 %: the self-tests certify nine devices at once
     * on two cores, where a reading of the simulated patch was seen to arrive 0.51 s late. Half the interval
     * ({@code interval-off}) still fails.
     */
    @Override
    public SelfTests selfTests() {
        List<SelfTests.FaultCase> cases = new ArrayList<>();
        for (PatchFault fault : PatchFault.values()) {
            // a fault of MQTT 5.0 alone changes nothing in 3.1.1: its case runs on the 5.0 reference only
            if (!fault.violates(MqttVersion.V3_1_1).isEmpty() || !VERSION_SPECIFIC.contains(fault)) {
                cases.add(faultCase(REFERENCE_311, MqttVersion.V3_1_1, fault));
            }
        }
        for (PatchFault fault : VERSION_SPECIFIC) {
            cases.add(faultCase(REFERENCE_50, MqttVersion.V5_0, fault));
        }
        for (PatchFault fault : List.of(PatchFault.ACCEPTS_UNTRUSTED_CERTIFICATE, PatchFault.SKIPS_HOST_NAME_CHECK, PatchFault.WRONG_PASSWORD)) {
            cases.add(faultCase(REFERENCE_TLS, MqttVersion.V5_0, fault));
        }
        List<SelfTests.Reference> references = new ArrayList<>(List.of(REFERENCE_311, REFERENCE_50, REFERENCE_TLS).stream()
                .map(p -> new SelfTests.Reference(p, List.of(SELF_TEST_TOLERANCE), 20)).toList());
        // the patch as the sender of readings delivered exactly once, whose rows the QoS 1 references leave unjudged,
        // and the patch over WebSocket
        for (String p : List.of(REFERENCE_311, REFERENCE_50)) {
            references.add(new SelfTests.Reference(p, List.of(SELF_TEST_TOLERANCE, "claims.mqtt.qos=2"), 20));
            references.add(new SelfTests.Reference(p, List.of(SELF_TEST_TOLERANCE, "claims.mqtt.webSocket=true"), 20));
        }
        // the patch that starts a clean session on every connection, whose rows the persistent references leave unjudged
        for (String p : List.of(REFERENCE_311, REFERENCE_50)) {
            references.add(new SelfTests.Reference(p, List.of(SELF_TEST_TOLERANCE, CLEAN_SESSIONS), 20));
        }
        // the patch that authenticates by SCRAM-SHA-256 and re-authenticates, in MQTT 5.0 only
        references.add(new SelfTests.Reference(REFERENCE_50, List.of(SELF_TEST_TOLERANCE, ENHANCED_AUTHENTICATION,
                REAUTHENTICATION), 20));
        return new SelfTests(references, cases, List.of("openssl"));
    }

    private static final String SELF_TEST_TOLERANCE = "tolerances.interval=0.4";
    private static final String CLEAN_SESSIONS = "claims.mqtt.session=clean";
    private static final String ENHANCED_AUTHENTICATION = "claims.mqtt.enhancedAuthentication.method=SCRAM-SHA-256";
    private static final String REAUTHENTICATION = "claims.mqtt.enhancedAuthentication.reauthenticate=3s";
    private static final String REFERENCE_311 = "profiles/reference/temperature-patch.yaml";
    private static final String REFERENCE_50 = "profiles/reference/temperature-patch-mqtt5.yaml";
    private static final String REFERENCE_TLS = "profiles/reference/temperature-patch-tls.yaml";

    /** Faults whose rows have MQTT 5.0 statements of their own, run on the 5.0 reference too. */
    private static final Set<PatchFault> VERSION_SPECIFIC = EnumSet.of(PatchFault.WRONG_PROTOCOL_LEVEL,
            PatchFault.WRONG_PROTOCOL_NAME, PatchFault.DUP_ON_FIRST_SEND, PatchFault.RESERVED_FLAG_SET, PatchFault.NO_KEEPALIVE,
            PatchFault.PACKET_ID_ZERO, PatchFault.WILDCARD_IN_TOPIC, PatchFault.EMPTY_CLIENT_ID_PERSISTENT, PatchFault.DUP_AT_QOS_0,
            PatchFault.CLEAN_SESSION, PatchFault.NO_REDELIVERY, PatchFault.REDELIVERY_NEW_PACKET_ID,
            PatchFault.WILL_QOS_WITHOUT_WILL_FLAG, PatchFault.WILL_RETAIN_WITHOUT_WILL_FLAG, PatchFault.TOPIC_ALIAS_UNANNOUNCED,
            PatchFault.COMMAND_NOT_ACKNOWLEDGED, PatchFault.COMMAND_ACK_WRONG_ID, PatchFault.RECEIVE_MAXIMUM_IGNORED,
            PatchFault.TOPIC_ALIAS_ABOVE_MAXIMUM, PatchFault.TOPIC_ALIAS_ZERO, PatchFault.SERVER_KEEP_ALIVE_IGNORED,
            PatchFault.PUBLISH_BEFORE_CONNECT, PatchFault.WILL_QOS_THREE,
            PatchFault.PUBLISH_WITH_SUBSCRIPTION_IDENTIFIER, PatchFault.WILL_FIELDS_MISSING, PatchFault.USER_NAME_WITHOUT_FLAG,
            PatchFault.USER_NAME_MISSING, PatchFault.PASSWORD_WITHOUT_FLAG, PatchFault.PASSWORD_MISSING,
            PatchFault.CLIENT_ID_MISSING, PatchFault.USER_NAME_BEFORE_CLIENT_ID, PatchFault.CLIENT_ID_NOT_UTF8,
            PatchFault.WILL_TOPIC_NOT_UTF8, PatchFault.USER_NAME_NOT_UTF8,
            PatchFault.PINGREQ_FLAGS_WRONG, PatchFault.FILTER_HASH_NOT_LAST,
            PatchFault.FILTER_PLUS_IN_LEVEL, PatchFault.EMPTY_FILTER, PatchFault.SUBSCRIBE_WITHOUT_FILTERS,
            PatchFault.TOPIC_ILL_FORMED_UTF8, PatchFault.FILTER_ILL_FORMED_UTF8, PatchFault.FILTER_NULL_CHARACTER,
            PatchFault.REMAINING_LENGTH_NOT_MINIMAL, PatchFault.PACKET_ID_AT_QOS_0, PatchFault.NO_PING_AT_ZERO_QUOTA,
            PatchFault.COMMAND_ACK_UNDEFINED_REASON, PatchFault.COMMAND_ACKS_REVERSED,
            PatchFault.COMMAND_RELEASE_NOT_COMPLETED, PatchFault.COMMAND_COMPLETION_WRONG_ID,
            PatchFault.COMMAND_PUBREC_UNDEFINED_REASON, PatchFault.COMMAND_PUBCOMP_UNDEFINED_REASON,
            PatchFault.COMMAND_PUBRECS_REVERSED,
            PatchFault.IGNORES_MALFORMED_PACKETS, PatchFault.CLIENT_ID_CHANGES_ON_RECONNECT,
            PatchFault.KEEPS_STATE_WITHOUT_SESSION, PatchFault.READING_QOS_THREE,
            PatchFault.UNSUBSCRIBE_FLAGS_WRONG, PatchFault.UNSUBSCRIBE_WITHOUT_FILTERS,
            PatchFault.UNSUBSCRIBE_FILTER_ILL_FORMED_UTF8, PatchFault.DISCONNECT_WITHOUT_CLOSE,
            PatchFault.PING_AFTER_DISCONNECT, PatchFault.DISCONNECT_UNDEFINED_REASON,
            PatchFault.UNSUBSCRIBE_WITHOUT_PROPERTY_LENGTH, PatchFault.CONTENT_TYPE_ILL_FORMED_UTF8,
            PatchFault.RESPONSE_TOPIC_WILDCARD, PatchFault.RESPONSE_TOPIC_ILL_FORMED_UTF8, PatchFault.USER_PROPERTY_ILL_FORMED_UTF8,
            PatchFault.COMMAND_REUSED_ID_IGNORED, PatchFault.COMMAND_REUSED_ID_NOT_RECEIVED,
            PatchFault.MAXIMUM_PACKET_SIZE_IGNORED, PatchFault.NO_ANSWER_AT_ZERO_QUOTA,
            PatchFault.QOS2_DUP_ON_FIRST_SEND, PatchFault.PUBREL_FLAGS_WRONG, PatchFault.PUBREL_WRONG_ID,
            PatchFault.PUBREL_UNDEFINED_REASON, PatchFault.PUBREL_NOT_RESENT, PatchFault.PUBLISH_RESENT_AFTER_PUBREL,
            PatchFault.PUBACK_REASON_STRING_OVERSIZE, PatchFault.PUBACK_USER_PROPERTY_OVERSIZE,
            PatchFault.QOS2_ANSWERS_REASON_STRING_OVERSIZE, PatchFault.QOS2_ANSWERS_USER_PROPERTY_OVERSIZE,
            PatchFault.DISCONNECT_REASON_STRING_OVERSIZE, PatchFault.DISCONNECT_USER_PROPERTY_OVERSIZE,
            PatchFault.REFUSED_READING_RESENT, PatchFault.WEBSOCKET_TEXT_FRAMES, PatchFault.WEBSOCKET_TEXT_FRAMES_TAKEN,
            PatchFault.WEBSOCKET_FRAMES_AS_PACKETS, PatchFault.WEBSOCKET_WITHOUT_MQTT_SUBPROTOCOL,
            PatchFault.QOS2_STATE_DROPPED_WHILE_CONNECTED,
            PatchFault.CLEAN_SESSION_RESENDS, PatchFault.SESSION_PRESENT_ACCEPTED, PatchFault.RESENDS_IN_REVERSE_ORDER,
            PatchFault.PUBRELS_IN_PUBLISH_ORDER, PatchFault.QOS2_PACKET_ID_IN_USE,
            PatchFault.TOPIC_ALIAS_MAXIMUM_REFUSED, PatchFault.TOPIC_ALIASES_CARRIED_OVER,
            PatchFault.REAUTHENTICATES_WITHOUT_METHOD, PatchFault.AUTH_FLAGS_SET, PatchFault.AUTH_FLAGS_TAKEN,
            PatchFault.AUTH_REASON_CODE_UNDEFINED, PatchFault.AUTH_ANSWERED_WITH_REAUTHENTICATE, PatchFault.AUTH_METHOD_CHANGED,
            PatchFault.REAUTHENTICATION_METHOD_CHANGED, PatchFault.FAILED_REAUTHENTICATION_KEPT,
            PatchFault.AUTH_REASON_STRING_OVERSIZE, PatchFault.AUTH_USER_PROPERTY_OVERSIZE,
            PatchFault.PINGREQ_WHILE_AUTHENTICATING);

    /** Claims a fault needs to be judged at all: DUP at QoS 0 shows only on a patch that publishes at QoS 0. */
    private static List<String> claimsNeeded(PatchFault fault, MqttVersion version) {
        return switch (fault) {
            // an AUTH shows only on a patch that authenticates by it, which only MQTT 5.0 has
            case AUTH_FLAGS_SET, AUTH_FLAGS_TAKEN, AUTH_REASON_CODE_UNDEFINED, AUTH_ANSWERED_WITH_REAUTHENTICATE,
                    AUTH_METHOD_CHANGED, REAUTHENTICATION_METHOD_CHANGED, FAILED_REAUTHENTICATION_KEPT,
                    AUTH_REASON_STRING_OVERSIZE, AUTH_USER_PROPERTY_OVERSIZE, PINGREQ_WHILE_AUTHENTICATING ->
                    version == MqttVersion.V5_0 ? List.of(ENHANCED_AUTHENTICATION, REAUTHENTICATION) : List.of();
            case DUP_AT_QOS_0, PACKET_ID_AT_QOS_0 -> List.of("claims.mqtt.qos=0");
            // will flags without a will show only on a patch that claims no will
            case WILL_QOS_WITHOUT_WILL_FLAG, WILL_RETAIN_WITHOUT_WILL_FLAG -> List.of("claims.mqtt.will=null");
            // certificate checks and credentials show only on a patch that reports over TLS and logs in
            case ACCEPTS_UNTRUSTED_CERTIFICATE, SKIPS_HOST_NAME_CHECK -> List.of("claims.mqtt.tls=true");
            case WRONG_PASSWORD -> List.of("claims.mqtt.tls=true", "claims.mqtt.authentication=true");
            // a user name and password in the CONNECT show only on a patch that logs in, over plain TCP too
            case PASSWORD_WITHOUT_FLAG, PASSWORD_MISSING, USER_NAME_BEFORE_CLIENT_ID, USER_NAME_NOT_UTF8 ->
                    List.of("claims.mqtt.authentication=true");
            // without a will (or credentials) the client identifier is the whole payload
            case CLIENT_ID_MISSING -> List.of("claims.mqtt.will=null");
            // a Server Keep Alive shorter than the patch's own needs an own Keep Alive of 2 s or more
            case SERVER_KEEP_ALIVE_IGNORED -> List.of("claims.mqtt.keepAlive=3");
            // a PUBREC, PUBREL and PUBCOMP of a command show only on a patch that takes its commands at QoS 2
            case COMMAND_RELEASE_NOT_COMPLETED, COMMAND_COMPLETION_WRONG_ID, COMMAND_PUBREC_UNDEFINED_REASON,
                    COMMAND_PUBCOMP_UNDEFINED_REASON, COMMAND_PUBRECS_REVERSED, COMMAND_REUSED_ID_NOT_RECEIVED ->
                    List.of("claims.mqtt.commands.qos=2");
            // the exchange of a QoS 2 sender shows only on a patch that publishes its readings at QoS 2
            case QOS2_DUP_ON_FIRST_SEND, PUBREL_FLAGS_WRONG, PUBREL_WRONG_ID, PUBREL_UNDEFINED_REASON, PUBREL_NOT_RESENT,
                    PUBLISH_RESENT_AFTER_PUBREL, PUBRELS_IN_PUBLISH_ORDER, QOS2_STATE_DROPPED_WHILE_CONNECTED, QOS2_PACKET_ID_IN_USE ->
                    List.of("claims.mqtt.qos=2");
            // the frames of MQTT over WebSocket show only on a patch that reaches its broker that way
            case WEBSOCKET_TEXT_FRAMES, WEBSOCKET_TEXT_FRAMES_TAKEN, WEBSOCKET_FRAMES_AS_PACKETS,
                    WEBSOCKET_WITHOUT_MQTT_SUBPROTOCOL -> List.of("claims.mqtt.webSocket=true");
            // PUBREC, PUBREL and PUBCOMP all show only on a patch that publishes its readings and takes its commands at QoS 2
            case QOS2_ANSWERS_REASON_STRING_OVERSIZE, QOS2_ANSWERS_USER_PROPERTY_OVERSIZE ->
                    List.of("claims.mqtt.qos=2", "claims.mqtt.commands.qos=2");
            // a clean start on every connection shows only on a patch that claims clean sessions
            case CLEAN_SESSION_RESENDS, SESSION_PRESENT_ACCEPTED -> List.of(CLEAN_SESSIONS);
            default -> List.of();
        };
    }

    private static SelfTests.FaultCase faultCase(String profile, MqttVersion version, PatchFault fault) {
        List<String> overrides = new ArrayList<>(List.of("timers.readings=2", SELF_TEST_TOLERANCE));
        overrides.addAll(claimsNeeded(fault, version));
        String name = fault.label() + " on " + Path.of(profile).getFileName();
        return new SelfTests.FaultCase(name, profile, overrides, fault.label(), Set.copyOf(fault.violates(version)),
                fault.leavesUnjudged(version));
    }
}
