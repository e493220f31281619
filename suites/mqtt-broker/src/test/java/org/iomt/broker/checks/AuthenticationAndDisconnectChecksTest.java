package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks of enhanced authentication, the broker's DISCONNECT and its reason codes, on hand-made recordings. */
@Tag("small")
class AuthenticationAndDisconnectChecksTest {

    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final String METHOD = "SCRAM-SHA-1";
    private static final MqttProperties NAMING_METHOD = MqttProperties.of(new MqttProperty(MqttPropertyId.AUTHENTICATION_METHOD, METHOD));

    private final Recording recording = new Recording();

    private Evidence connectNamingMethod(String connection) {
        return recording.at(Direction.SUITE_TO_DEVICE, connection, Connect.of(MqttVersion.V5_0, connection, 60, true)
                .withProperties(NAMING_METHOD));
    }

    private void closed(String connection) {
        recording.at(Direction.TRANSPORT, connection, ConnectionEnded.byPeer("closed by the broker"));
    }

    @Test
    void anUnsupportedMethodRefusedAndClosedPassesOnlyBesideAnAdmittedControl() {
        Evidence offending = connectNamingMethod("c");
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0x8C));
        closed("c");
        assertNotNull(UnsupportedMethodCheck.judge("r", offending, METHOD, recording.of("c"), true, BOUND,
                recording.of("control")).inconclusiveReason());
        recording.at(Direction.DEVICE_TO_SUITE, "control", Connack.of(false, 0));
        assertTrue(UnsupportedMethodCheck.judge("r", offending, METHOD, recording.of("c"), true, BOUND,
                recording.of("control")).passed());
        assertFails(UnsupportedMethodCheck.judge("r", offending, METHOD, recording.of("c"), false, BOUND,
                recording.of("control")), "still open");
    }

    @Test
    void anUnsupportedMethodAdmittedWithoutNamingItFailsAndATakenMethodIsOutsideTheRule() {
        Evidence offending = connectNamingMethod("c");
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0));
        assertFails(UnsupportedMethodCheck.judge("r", offending, METHOD, recording.of("c"), false, BOUND, recording.of("x")),
                "admitted it");
        Evidence taken = connectNamingMethod("d");
        recording.at(Direction.DEVICE_TO_SUITE, "d", new Auth(0, 0x18, NAMING_METHOD));
        assertNotNull(UnsupportedMethodCheck.judge("r", taken, METHOD, recording.of("d"), false, BOUND, recording.of("x"))
                .notApplicableReason());
        Evidence named = connectNamingMethod("e");
        recording.at(Direction.DEVICE_TO_SUITE, "e", new Connack(0, false, 0, NAMING_METHOD));
        assertNotNull(UnsupportedMethodCheck.judge("r", named, METHOD, recording.of("e"), false, BOUND, recording.of("x"))
                .notApplicableReason());
    }

    @Test
    void noAuthenticationUnaskedPassesOnlyUpToTheControlAndFailsOnAnAuthOrANamedMethod() {
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0));
        assertNotNull(UnaskedAuthenticationCheck.judge("r", recording.of("c"), Optional.empty()).inconclusiveReason());
        Evidence control = recording.at(Direction.DEVICE_TO_SUITE, "c", Publish.of("t", 0, false, 0, new byte[1]));
        assertTrue(UnaskedAuthenticationCheck.judge("r", recording.of("c"), Optional.of(control)).passed());
        recording.at(Direction.DEVICE_TO_SUITE, "c", new Auth(0, 0x18, NAMING_METHOD));
        assertFails(UnaskedAuthenticationCheck.judge("r", recording.of("c"), Optional.of(control)), "expected no AUTH");
        recording.at(Direction.DEVICE_TO_SUITE, "d", new Connack(0, false, 0, NAMING_METHOD));
        assertFails(UnaskedAuthenticationCheck.judge("r", recording.of("d"), Optional.empty()), "no Authentication Method");
    }

    @Test
    void aDisconnectBeforeAdmissionFailsAndARefusalWithoutOnePasses() {
        connectNamingMethod("c");
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0x8C));
        closed("c");
        assertTrue(AdmissionDisconnectCheck.judge("r", recording.of("c"), true, BOUND).passed());
        assertNotNull(AdmissionDisconnectCheck.judge("r", recording.of("c"), false, BOUND).inconclusiveReason());
        connectNamingMethod("d");
        recording.at(Direction.DEVICE_TO_SUITE, "d", new Disconnect(0, 0x8C, MqttProperties.EMPTY));
        closed("d");
        assertFails(AdmissionDisconnectCheck.judge("r", recording.of("d"), true, BOUND), "never admitted");
        recording.at(Direction.DEVICE_TO_SUITE, "e", Connack.of(false, 0));
        assertNotNull(AdmissionDisconnectCheck.judge("r", recording.of("e"), false, BOUND).notApplicableReason());
    }

    @Test
    void afterItsDisconnectTheBrokerSendsNothingAndCloses() {
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0));
        recording.at(Direction.DEVICE_TO_SUITE, "c", new Disconnect(0, 0x81, MqttProperties.EMPTY));
        closed("c");
        assertTrue(AfterDisconnectCheck.nothingAfter("r", recording.of("c"), true, BOUND).passed());
        assertTrue(AfterDisconnectCheck.closedAfter("r", recording.of("c"), true, BOUND).passed());
        assertFails(AfterDisconnectCheck.closedAfter("r", recording.of("c"), false, BOUND), "still open");
        assertNotNull(AfterDisconnectCheck.nothingAfter("r", recording.of("c"), false, BOUND).inconclusiveReason());
        recording.at(Direction.DEVICE_TO_SUITE, "d", new Disconnect(0, 0x81, MqttProperties.EMPTY));
        recording.at(Direction.DEVICE_TO_SUITE, "d", new PingResp(0));
        closed("d");
        assertFails(AfterDisconnectCheck.nothingAfter("r", recording.of("d"), true, BOUND), "PingResp");
        closed("e");
        assertNotNull(AfterDisconnectCheck.nothingAfter("r", recording.of("e"), true, BOUND).notApplicableReason());
        assertNotNull(AfterDisconnectCheck.closedAfter("r", recording.of("e"), true, BOUND).notApplicableReason());
    }

    @Test
    void reasonCodesOutsideTheTableOfThePacketFail() {
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0x8C));
        recording.at(Direction.DEVICE_TO_SUITE, "c", PublishAck.puback(1).withReason(0x10, MqttProperties.EMPTY));
        recording.at(Direction.DEVICE_TO_SUITE, "c", new Disconnect(0, 0x8B, MqttProperties.EMPTY));
        assertTrue(ReasonCodeCheck.judge("r", PacketType.CONNACK, recording.of("c")).passed());
        assertTrue(ReasonCodeCheck.judge("r", PacketType.PUBACK, recording.of("c")).passed());
        assertTrue(ReasonCodeCheck.judge("r", PacketType.DISCONNECT, recording.of("c")).passed());
        recording.at(Direction.DEVICE_TO_SUITE, "d", Connack.of(false, 0x8B));
        recording.at(Direction.DEVICE_TO_SUITE, "d", PublishAck.puback(1).withReason(0x03, MqttProperties.EMPTY));
        recording.at(Direction.DEVICE_TO_SUITE, "d", new Disconnect(0, 0x04, MqttProperties.EMPTY));
        assertFails(ReasonCodeCheck.judge("r", PacketType.CONNACK, recording.of("d")), "0x8b");
        assertFails(ReasonCodeCheck.judge("r", PacketType.PUBACK, recording.of("d")), "0x3");
        assertFails(ReasonCodeCheck.judge("r", PacketType.DISCONNECT, recording.of("d")), "0x4");
        assertNotNull(ReasonCodeCheck.judge("r", PacketType.PUBACK, recording.of("e")).inconclusiveReason());
    }
}
