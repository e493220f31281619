package org.iomt.patch.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.patch.checks.ConnectPayload.Field;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MqttVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CONNECT payload read field by field from hand-written bytes (not from the suite's encoder), and the payload rules
 * judged on them: decoded CONNECTs and those the broker recorded as malformed alike.
 */
@Tag("small")
class ConnectPayloadChecksTest {

    /** 3.1.1 variable header up to the flags: length 4, "MQTT", level 4. */
    private static final String V311 = "00044d51545404";
    /** 5.0 variable header up to the flags: length 4, "MQTT", level 5. */
    private static final String V5 = "00044d51545405";
    private static final String KEEP_ALIVE = "003c";
    private static final String CLIENT_ID = "000163";             // "c"
    private static final String WILL_TOPIC = "0003772f74";        // "w/t"
    private static final String WILL_MESSAGE = "000178";          // "x"
    private static final String USER = "000475736572";           // "user"
    private static final String MASKED_PASSWORD = "00032a2a2a";   // "***", as the broker records a password

    private static final ConnectPayloadCheck.Claims CLAIMS =
            new ConnectPayloadCheck.Claims(Optional.of("w/t"), Optional.of("user"));

    /** A CONNECT frame: fixed header with the body's length, then the body given in hex. */
    private static byte[] frame(String body) {
        byte[] b = HexFormat.of().parseHex(body);
        byte[] f = new byte[b.length + 2];
        f[0] = 0x10;
        f[1] = (byte) b.length;
        System.arraycopy(b, 0, f, 2, b.length);
        return f;
    }

    /** Each frame as the broker records it: decoded when the decoder takes it, else "malformed" without a packet. */
    private static List<Evidence> recorded(byte[]... frames) {
        Evidence[] out = new Evidence[frames.length];
        for (int i = 0; i < frames.length; i++) {
            Optional<Object> packet;
            String described;
            try {
                packet = Optional.of(MqttDecoder.decode(frames[i], MqttVersion.V3_1_1));
                described = packet.get().toString();
            } catch (Exception e) {
                packet = Optional.empty();
                described = "malformed [test]: " + e.getMessage();
            }
            out[i] = new Evidence("test", i + 1L, Instant.EPOCH, i, Direction.DEVICE_TO_SUITE, "c" + (i + 1), frames[i],
                    described, packet);
        }
        return List.of(out);
    }

    private static String message(Outcome outcome) {
        return outcome.findings().get(0).message();
    }

    @Test
    void theReaderFindsEachAnnouncedFieldTheMissingOnesAndWhatIsLeftOver() {
        ConnectPayload full = ConnectPayload.of(frame(V311 + "ec" + KEEP_ALIVE + CLIENT_ID + WILL_TOPIC + WILL_MESSAGE + USER
                + MASKED_PASSWORD)).orElseThrow();
        assertTrue(full.matchesFlags());
        assertEquals(List.of(Field.CLIENT_ID, Field.WILL_TOPIC, Field.WILL_PAYLOAD, Field.USER_NAME, Field.PASSWORD),
                full.read().stream().map(ConnectPayload.Read::field).toList());
        assertEquals(3, full.field(Field.PASSWORD).orElseThrow().value().length, "a masked password reads as its length");

        ConnectPayload cut = ConnectPayload.of(frame(V311 + "2c" + KEEP_ALIVE + CLIENT_ID)).orElseThrow();
        assertEquals(List.of(Field.WILL_TOPIC, Field.WILL_PAYLOAD), cut.missing());

        ConnectPayload extra = ConnectPayload.of(frame(V311 + "00" + KEEP_ALIVE + CLIENT_ID + USER)).orElseThrow();
        assertEquals(List.of(Field.USER_NAME), extra.unannounced().stream().map(ConnectPayload.Read::field).toList(),
                "one unannounced string after the client identifier cannot be a will, which needs two");
        ConnectPayload willExtra = ConnectPayload.of(frame(V311 + "00" + KEEP_ALIVE + CLIENT_ID + WILL_TOPIC + WILL_MESSAGE))
                .orElseThrow();
        assertEquals(List.of(Field.WILL_TOPIC, Field.WILL_PAYLOAD),
                willExtra.unannounced().stream().map(ConnectPayload.Read::field).toList());
        ConnectPayload password = ConnectPayload.of(frame(V311 + "80" + KEEP_ALIVE + CLIENT_ID + USER + MASKED_PASSWORD))
                .orElseThrow();
        assertEquals(List.of(Field.PASSWORD), password.unannounced().stream().map(ConnectPayload.Read::field).toList());
        assertEquals(2, ConnectPayload.of(frame(V311 + "00" + KEEP_ALIVE + CLIENT_ID + "0a0b")).orElseThrow().unreadable());
        assertTrue(ConnectPayload.of(frame("0004")).isEmpty(), "a cut variable header leaves nothing to read");
    }

    @Test
    void theReaderSkipsTheMqtt5PropertiesAndWillProperties() {
        ConnectPayload five = ConnectPayload.of(frame(V5 + "2c" + KEEP_ALIVE + "051100000e10" + CLIENT_ID + "00"
                + WILL_TOPIC + WILL_MESSAGE)).orElseThrow();
        assertTrue(five.matchesFlags());
        assertEquals("w/t", new String(five.field(Field.WILL_TOPIC).orElseThrow().value()));
    }

    @Test
    void theWillFieldsMustFollowTheWillFlagAndOnlyIt() {
        List<Evidence> evidence = recorded(frame(V311 + "2c" + KEEP_ALIVE + CLIENT_ID + WILL_TOPIC + WILL_MESSAGE),
                frame(V311 + "2c" + KEEP_ALIVE + CLIENT_ID));
        Outcome present = ConnectPayloadCheck.willFieldsWithWillFlag("r", true).judge(evidence);
        assertEquals(1, present.findings().size());
        assertTrue(message(present).startsWith("CONNECT #2 on connection c2: the Will flag is 1 but the payload ends before "
                + "its Will Topic, Will Message fields"), message(present));
        assertTrue(evidence.get(1).as(Connect.class).isEmpty(), "the broker could not decode it, yet it is judged");

        Outcome absent = ConnectPayloadCheck.noWillWithoutWillFlag("r", true).judge(recorded(
                frame(V311 + "00" + KEEP_ALIVE + CLIENT_ID + WILL_TOPIC + WILL_MESSAGE), frame(V311 + "08" + KEEP_ALIVE + CLIENT_ID),
                frame(V311 + "00" + KEEP_ALIVE + CLIENT_ID)));
        assertEquals(2, absent.findings().size());
        assertTrue(absent.findings().get(0).message().contains("holds a Will Topic field"), absent.findings().get(0).message());
        assertTrue(absent.findings().get(1).message().contains("Will QoS is 1"), absent.findings().get(1).message());
        assertEquals(3, absent.judged().size());
    }

    @Test
    void theCredentialFieldsMustFollowTheirFlagsAndOnlyThem() {
        byte[] good = frame(V311 + "c0" + KEEP_ALIVE + CLIENT_ID + USER + MASKED_PASSWORD);
        byte[] userWithoutFlag = frame(V311 + "00" + KEEP_ALIVE + CLIENT_ID + USER);
        byte[] passwordWithoutFlag = frame(V311 + "80" + KEEP_ALIVE + CLIENT_ID + USER + MASKED_PASSWORD);
        byte[] userMissing = frame(V311 + "80" + KEEP_ALIVE + CLIENT_ID);
        byte[] passwordMissing = frame(V311 + "c0" + KEEP_ALIVE + CLIENT_ID + USER);
        List<Evidence> evidence = recorded(good, userWithoutFlag, passwordWithoutFlag, userMissing, passwordMissing);

        Outcome noUser = ConnectPayloadCheck.noFieldWithoutFlag("r", Field.USER_NAME, false).judge(evidence);
        assertEquals(List.of("CONNECT #2 on connection c2: the User Name flag is 0 but the payload holds a User Name field "
                + "(4 bytes at offset 15)"), noUser.findings().stream().map(f -> f.message()).toList());
        Outcome noPassword = ConnectPayloadCheck.noFieldWithoutFlag("r", Field.PASSWORD, false).judge(evidence);
        assertEquals(1, noPassword.findings().size());
        assertTrue(message(noPassword).startsWith("CONNECT #3 "), message(noPassword));
        assertTrue(!message(noPassword).contains("***"), "a password's value is never shown");
        Outcome user = ConnectPayloadCheck.fieldWithFlag("r", Field.USER_NAME, true).judge(evidence);
        assertEquals(1, user.findings().size());
        assertTrue(message(user).startsWith("CONNECT #4 "), message(user));
        Outcome pass = ConnectPayloadCheck.fieldWithFlag("r", Field.PASSWORD, true).judge(evidence);
        assertEquals(1, pass.findings().size());
        assertTrue(message(pass).startsWith("CONNECT #5 "), message(pass));
    }

    @Test
    void inMqtt311APasswordNeedsAUserName() {
        Outcome outcome = ConnectPayloadCheck.noPasswordWithoutUserName("r", false).judge(recorded(
                frame(V311 + "40" + KEEP_ALIVE + CLIENT_ID + MASKED_PASSWORD), frame(V311 + "00" + KEEP_ALIVE + CLIENT_ID)));
        assertEquals(1, outcome.findings().size());
        assertTrue(message(outcome).contains("the User Name flag is 0 but the Password flag is 1"), message(outcome));
    }

    @Test
    void aRuleWhoseConnectsNeverCameIsNotApplicableWithItsReason() {
        List<Evidence> plain = recorded(frame(V311 + "00" + KEEP_ALIVE + CLIENT_ID));
        Outcome ruledOut = ConnectPayloadCheck.fieldWithFlag("r", Field.PASSWORD, false).judge(plain);
        assertEquals("no CONNECT set the Password flag, and the profile claims no authentication (1 CONNECT observed)",
                ruledOut.notApplicableReason());
        Outcome lawful = ConnectPayloadCheck.fieldWithFlag("r", Field.PASSWORD, true).judge(plain);
        assertTrue(lawful.notApplicableReason().contains("the device's lawful choice"), lawful.notApplicableReason());
        assertNotNull(ConnectPayloadCheck.fieldWithFlag("r", Field.PASSWORD, true).judge(List.of()).inconclusiveReason());
    }

    @Test
    void bytesAfterTheFieldsThatCannotBeReadLeaveTheAbsenceRulesInconclusive() {
        Outcome outcome = ConnectPayloadCheck.noFieldWithoutFlag("r", Field.USER_NAME, false)
                .judge(recorded(frame(V311 + "00" + KEEP_ALIVE + CLIENT_ID + "0a0b")));
        assertTrue(outcome.inconclusiveReason().contains("2 bytes follow its last announced field"), outcome.inconclusiveReason());
    }

    @Test
    void theClientIdentifierComesFirstAndTheFieldsInTheStandardsOrder() {
        byte[] inOrder = frame(V311 + "ec" + KEEP_ALIVE + CLIENT_ID + WILL_TOPIC + WILL_MESSAGE + USER + MASKED_PASSWORD);
        byte[] userFirst = frame(V311 + "ec" + KEEP_ALIVE + USER + WILL_TOPIC + WILL_MESSAGE + CLIENT_ID + MASKED_PASSWORD);
        byte[] userBeforeWill = frame(V311 + "ec" + KEEP_ALIVE + CLIENT_ID + USER + "0001" + "61" + WILL_TOPIC
                + MASKED_PASSWORD);
        byte[] empty = frame(V311 + "00" + KEEP_ALIVE);
        List<Evidence> evidence = recorded(inOrder, userFirst, userBeforeWill, empty);

        Outcome first = ConnectPayloadCheck.clientIdFirst("r", CLAIMS).judge(evidence);
        assertEquals(2, first.findings().size());
        assertTrue(first.findings().get(0).message().startsWith("CONNECT #2 on connection c2: the client identifier field "
                + "(offset 12) holds the claimed User Name \"user\""), first.findings().get(0).message());
        assertTrue(first.findings().get(1).message().contains("#4") && first.findings().get(1).message()
                .contains("holds no client identifier"), first.findings().get(1).message());

        Outcome order = ConnectPayloadCheck.fieldOrder("r", CLAIMS).judge(evidence);
        assertEquals(List.of("#2", "#3"), order.findings().stream().map(f -> f.message().split(" ")[1]).toList());
        assertTrue(order.findings().get(1).message().contains("the Will Topic field (offset 15) holds the claimed User Name"),
                order.findings().get(1).message());
        assertEquals(3, order.judged().size(), "the CONNECT with the client identifier alone says nothing of order");
    }

    @Test
    void aClientIdentifierEqualToTheUserNameIsInItsPlace() {
        byte[] same = frame(V311 + "c0" + KEEP_ALIVE + USER + USER + MASKED_PASSWORD);
        assertTrue(ConnectPayloadCheck.clientIdFirst("r", CLAIMS).judge(recorded(same)).passed());
        assertTrue(ConnectPayloadCheck.fieldOrder("r", CLAIMS).judge(recorded(same)).passed());
    }

    @Test
    void theStringFieldsMustBeUtf8WithoutTheNullCharacter() {
        List<Evidence> evidence = recorded(frame(V311 + "ac" + KEEP_ALIVE + "0002c328" + "0002772f" + WILL_MESSAGE
                + "00037500" + "72"), frame(V311 + "ac" + KEEP_ALIVE + CLIENT_ID + WILL_TOPIC + WILL_MESSAGE + USER));
        Outcome clientId = ConnectPayloadCheck.utf8("r", Field.CLIENT_ID, Optional.empty()).judge(evidence);
        assertEquals(1, clientId.findings().size());
        assertTrue(message(clientId).contains("the client identifier is not well-formed UTF-8 (bytes c328)"), message(clientId));
        assertTrue(ConnectPayloadCheck.utf8("r", Field.WILL_TOPIC, Optional.empty()).judge(evidence).passed());
        Outcome user = ConnectPayloadCheck.utf8("r", Field.USER_NAME, Optional.empty()).judge(evidence);
        assertTrue(message(user).contains("the User Name holds the null character U+0000"), message(user));
        assertTrue(ConnectPayloadCheck.utf8("r", Field.CLIENT_ID, Optional.empty()).judge(recorded(frame(V311 + "00"
                + KEEP_ALIVE))).inconclusiveReason().contains("it holds no client identifier"), "every CONNECT must hold one");
        assertEquals(Optional.of("is not well-formed UTF-8 (bytes eda080)"), ConnectPayload.notUtf8(new byte[] {(byte) 0xED,
                (byte) 0xA0, (byte) 0x80}), "an encoded surrogate is ill-formed");
    }

    @Test
    void aConnectTheBrokerCouldNotDecodeStillOpensItsConnectionWithAConnect() {
        List<Evidence> evidence = recorded(frame(V311 + "2c" + KEEP_ALIVE + CLIENT_ID));
        assertTrue(evidence.get(0).as(Connect.class).isEmpty());
        assertTrue(new FirstPacketIsConnectCheck("r").judge(evidence).passed(),
                "a malformed CONNECT is a CONNECT; what is wrong inside it is for the payload rules");
    }
}
