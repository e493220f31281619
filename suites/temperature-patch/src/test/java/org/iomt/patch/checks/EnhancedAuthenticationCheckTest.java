package org.iomt.patch.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enhanced-authentication checks on hand-made connections as the tester broker records them. */
@Tag("small")
class EnhancedAuthenticationCheckTest {

    private static final String SCRAM = "SCRAM-SHA-256";
    private final List<Evidence> log = new ArrayList<>();

    private void on(Direction direction, String connection, MqttPacket packet) {
        byte[] bytes = MqttEncoder.encode(packet, MqttVersion.V5_0);
        log.add(new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, connection, bytes,
                packet.type().toString(), Optional.of(packet)));
    }

    /** The bytes of an AUTH with the given flags, recorded as the broker decodes them. */
    private void deviceAuthWithFlags(String connection, int flags, Auth auth) {
        byte[] bytes = MqttEncoder.encode(auth, MqttVersion.V5_0);
        bytes[0] |= (byte) flags;
        log.add(new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), Direction.DEVICE_TO_SUITE, connection, bytes,
                "AUTH", Optional.of(new Auth(flags, auth.reasonCode(), auth.properties()))));
    }

    private static Connect connect(Optional<String> method) {
        Connect connect = Connect.of(MqttVersion.V5_0, "p", 30, false);
        return method.map(m -> connect.withProperties(MqttProperties.of(new MqttProperty(MqttPropertyId.AUTHENTICATION_METHOD, m),
                new MqttProperty(MqttPropertyId.AUTHENTICATION_DATA, "n,,n=u,r=x".getBytes(StandardCharsets.UTF_8)))))
                .orElse(connect);
    }

    private static Auth auth(int reasonCode, String method) {
        return new Auth(0, reasonCode, MqttProperties.of(new MqttProperty(MqttPropertyId.AUTHENTICATION_METHOD, method),
                new MqttProperty(MqttPropertyId.AUTHENTICATION_DATA, new byte[]{1})));
    }

    /** c1: CONNECT naming SCRAM, the broker's AUTH 0x18, the device's AUTH 0x18, then (optionally something, then) CONNACK. */
    private void authenticated(String connection, MqttPacket... beforeConnack) {
        on(Direction.DEVICE_TO_SUITE, connection, connect(Optional.of(SCRAM)));
        on(Direction.SUITE_TO_DEVICE, connection, auth(0x18, SCRAM));
        on(Direction.DEVICE_TO_SUITE, connection, auth(0x18, SCRAM));
        for (MqttPacket p : beforeConnack) {
            on(Direction.DEVICE_TO_SUITE, connection, p);
        }
        on(Direction.SUITE_TO_DEVICE, connection, Connack.of(false, 0));
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void aPacketOtherThanAuthBeforeTheConnackFails() {
        authenticated("c1");
        assertTrue(EnhancedAuthenticationCheck.onlyAuthBeforeConnack("R").judge(log).passed());
        authenticated("c2", new PingReq(0));
        Outcome o = EnhancedAuthenticationCheck.onlyAuthBeforeConnack("R").judge(log);
        assertEquals(1, o.findings().size(), reasons(o));
        assertTrue(reasons(o).contains("PINGREQ") && reasons(o).contains("c2"), reasons(o));
    }

    @Test
    void withoutAnAuthenticatedConnackNothingIsJudgedBeforeIt() {
        on(Direction.DEVICE_TO_SUITE, "c1", connect(Optional.of(SCRAM)));
        on(Direction.SUITE_TO_DEVICE, "c1", auth(0x18, SCRAM));
        assertNotNull(EnhancedAuthenticationCheck.onlyAuthBeforeConnack("R").judge(log).inconclusiveReason());
    }

    @Test
    void flagsAreReadFromTheBytes() {
        authenticated("c1");
        assertTrue(EnhancedAuthenticationCheck.flagsZero("R").judge(log).passed());
        deviceAuthWithFlags("c1", 0b0001, auth(0x19, SCRAM));
        Outcome o = EnhancedAuthenticationCheck.flagsZero("R").judge(log);
        assertTrue(reasons(o).contains("flags 0001"), reasons(o));
        on(Direction.DEVICE_TO_SUITE, "c2", connect(Optional.empty()));
        deviceAuthWithFlags("c2", 0b0010, new Auth(0, 0x19, MqttProperties.EMPTY));
        assertTrue(reasons(EnhancedAuthenticationCheck.flagsZero("R").judge(log)).contains("c2 has flags 0010"),
                "an AUTH is judged on a connection without a method too");
    }

    @Test
    void anUndefinedReasonCodeFails() {
        authenticated("c1");
        on(Direction.DEVICE_TO_SUITE, "c1", auth(0x19, SCRAM));
        assertTrue(EnhancedAuthenticationCheck.definedReasonCodes("R").judge(log).passed());
        on(Direction.DEVICE_TO_SUITE, "c1", auth(0x1A, SCRAM));
        assertTrue(reasons(EnhancedAuthenticationCheck.definedReasonCodes("R").judge(log)).contains("0x1A"));
    }

    @Test
    void theReplyToContinueAuthenticationMustContinue() {
        authenticated("c1");
        assertTrue(EnhancedAuthenticationCheck.continueInReply("R").judge(log).passed());
        on(Direction.DEVICE_TO_SUITE, "c1", auth(0x19, SCRAM));
        on(Direction.SUITE_TO_DEVICE, "c1", auth(0x18, SCRAM));
        on(Direction.DEVICE_TO_SUITE, "c1", auth(0x19, SCRAM));
        Outcome o = EnhancedAuthenticationCheck.continueInReply("R").judge(log);
        assertEquals(1, o.findings().size(), reasons(o));
        assertTrue(reasons(o).contains("0x19"), reasons(o));
    }

    @Test
    void everyAuthNamesTheMethodOfItsConnect() {
        authenticated("c1");
        assertTrue(EnhancedAuthenticationCheck.sameMethod("R").judge(log).passed());
        on(Direction.DEVICE_TO_SUITE, "c1", auth(0x19, "SCRAM-SHA-1"));
        assertTrue(reasons(EnhancedAuthenticationCheck.sameMethod("R").judge(log)).contains("\"SCRAM-SHA-1\""));
    }

    @Test
    void anAuthWithoutAMethodFailsAndEveryConnectNamingOneIsNotApplicable() {
        authenticated("c1");
        assertNotNull(EnhancedAuthenticationCheck.noneWithoutMethod("R").judge(log).notApplicableReason());
        on(Direction.DEVICE_TO_SUITE, "c2", connect(Optional.empty()));
        on(Direction.SUITE_TO_DEVICE, "c2", Connack.of(false, 0));
        on(Direction.DEVICE_TO_SUITE, "c2", Publish.of("t", 0, false, 0, new byte[]{1}));
        assertTrue(EnhancedAuthenticationCheck.noneWithoutMethod("R").judge(log).passed());
        on(Direction.DEVICE_TO_SUITE, "c2", new Auth(0, 0x19, MqttProperties.EMPTY));
        assertEquals(1, EnhancedAuthenticationCheck.noneWithoutMethod("R").judge(log).findings().size());
    }

    @Test
    void aReauthenticationMustKeepTheMethodAndIsInconclusiveWhenNoneCame() {
        authenticated("c1");
        assertNotNull(EnhancedAuthenticationCheck.reauthenticationSameMethod("R").judge(log).inconclusiveReason());
        on(Direction.DEVICE_TO_SUITE, "c1", auth(0x19, SCRAM));
        assertTrue(EnhancedAuthenticationCheck.reauthenticationSameMethod("R").judge(log).passed());
        on(Direction.DEVICE_TO_SUITE, "c1", auth(0x19, "SCRAM-SHA-1"));
        assertEquals(1, EnhancedAuthenticationCheck.reauthenticationSameMethod("R").judge(log).findings().size());
    }
}
