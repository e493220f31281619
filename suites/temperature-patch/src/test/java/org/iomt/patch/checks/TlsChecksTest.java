package org.iomt.patch.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.model.TlsHandshake.Presented;
import org.iomt.mqtt.model.TlsHandshake;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The device-side TLS checks on recorded handshakes: refusals of the wrong certificates, credentials over TLS. */
@Tag("small")
class TlsChecksTest {

    private static final Connect LOGIN = Connect.of(MqttVersion.V3_1_1, "p", 1, true).withCredentials("u", new byte[] {1});

    /** Builds a session entry by entry, numbering them. */
    private static final class Session {
        private final List<Evidence> entries = new ArrayList<>();

        Session handshake(String connection, Presented presented, boolean completed) {
            return add(Direction.TRANSPORT, connection, new TlsHandshake(presented, completed, completed ? "TLSv1.3" : "alert"));
        }

        Session add(Direction direction, String connection, Object value) {
            entries.add(new Evidence("test", entries.size() + 1L, Instant.EPOCH, entries.size(), direction, connection,
                    new byte[0], value.toString(), Optional.of(value)));
            return this;
        }
    }

    private static Session careful() {
        return new Session().handshake("c1", Presented.UNTRUSTED, false).handshake("c2", Presented.WRONG_NAME, false)
                .handshake("c3", Presented.TRUSTED, true).add(Direction.DEVICE_TO_SUITE, "c3", LOGIN)
                .add(Direction.SUITE_TO_DEVICE, "c3", Connack.of(false, 0));
    }

    @Test
    void aDeviceThatRefusesBothAndThenConnectsPasses() {
        assertTrue(new TlsRefusalCheck("r", Presented.UNTRUSTED).judge(careful().entries).passed());
        assertTrue(new TlsRefusalCheck("r", Presented.WRONG_NAME).judge(careful().entries).passed());
        assertTrue(new TlsCredentialsCheck("r").judge(careful().entries).passed());
    }

    @Test
    void aConnectOverAnImpostorsCertificateFails() {
        Session s = new Session().handshake("c1", Presented.UNTRUSTED, true).add(Direction.DEVICE_TO_SUITE, "c1", LOGIN)
                .handshake("c2", Presented.WRONG_NAME, false).handshake("c3", Presented.TRUSTED, true)
                .add(Direction.DEVICE_TO_SUITE, "c3", LOGIN);
        Outcome outcome = new TlsRefusalCheck("r", Presented.UNTRUSTED).judge(s.entries);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().startsWith("connection c1: the device completed the TLS handshake"),
                outcome.findings().get(0).message());
        assertTrue(new TlsRefusalCheck("r", Presented.WRONG_NAME).judge(s.entries).passed());
    }

    @Test
    void refusingEverythingOrNeverMeetingTheCertificateIsInconclusive() {
        Session refusesAll = new Session().handshake("c1", Presented.UNTRUSTED, false).handshake("c2", Presented.WRONG_NAME, false)
                .handshake("c3", Presented.TRUSTED, false);
        assertNotNull(new TlsRefusalCheck("r", Presented.UNTRUSTED).judge(refusesAll.entries).inconclusiveReason());
        Session once = new Session().handshake("c1", Presented.UNTRUSTED, false);
        assertNotNull(new TlsRefusalCheck("r", Presented.WRONG_NAME).judge(once.entries).inconclusiveReason());
        assertNotNull(new TlsCredentialsCheck("r").judge(once.entries).inconclusiveReason());
    }

    @Test
    void refusedOrMissingCredentialsFail() {
        Session refused = new Session().handshake("c1", Presented.TRUSTED, true).add(Direction.DEVICE_TO_SUITE, "c1", LOGIN)
                .add(Direction.SUITE_TO_DEVICE, "c1", Connack.of(false, 4));
        assertTrue(new TlsCredentialsCheck("r").judge(refused.entries).findings().get(0).message().contains("refused the user name"));
        Session anonymous = new Session().handshake("c1", Presented.TRUSTED, true)
                .add(Direction.DEVICE_TO_SUITE, "c1", Connect.of(MqttVersion.V3_1_1, "p", 1, true));
        assertTrue(new TlsCredentialsCheck("r").judge(anonymous.entries).findings().get(0).message().contains("no user name"));
    }
}
