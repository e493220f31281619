package org.iomt.standards.mqtt;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lengths of MQTT 5.0 frames written out as hex, in their shortest encodings and in longer ones. */
@Tag("small")
class FrameLengthsTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void theRemainingLengthOfAPingIsMinimalInOneByteAndNotInTwo() throws Exception {
        assertTrue(FrameLengths.remainingLength(hex("c000")).orElseThrow().minimal());
        FrameLengths.Length padded = FrameLengths.remainingLength(hex("d08000")).orElseThrow();
        assertEquals(new FrameLengths.Length(0, 2), padded);
        assertFalse(padded.minimal());
    }

    @Test
    void thePropertyLengthIsFoundAfterEachLayout() throws Exception {
        // PUBLISH QoS 0 to "t" with property length 0 in two bytes, then payload "[]"
        assertEquals(Optional.of(new FrameLengths.Length(0, 2)), FrameLengths.propertyLength(hex("300700017480005b5d")));
        // PUBLISH QoS 1 to "t", packet identifier 1, property length 0
        assertEquals(Optional.of(new FrameLengths.Length(0, 1)), FrameLengths.propertyLength(hex("3006000174000100")));
        // CONNACK: flags, code, property length 0 in two bytes
        assertEquals(Optional.of(new FrameLengths.Length(0, 2)), FrameLengths.propertyLength(hex("200400008000")));
        // SUBACK: packet identifier, property length 0, code
        assertEquals(Optional.of(new FrameLengths.Length(0, 1)), FrameLengths.propertyLength(hex("9004000100" + "01")));
        // CONNECT "MQTT" level 5, flags, Keep Alive 60, property length 0, client id ""
        assertEquals(Optional.of(new FrameLengths.Length(0, 1)),
                FrameLengths.propertyLength(hex("100d00044d5154540502003c000000")));
    }

    @Test
    void shortFormsAndPingsHaveNoPropertyLength() throws Exception {
        assertEquals(Optional.empty(), FrameLengths.propertyLength(hex("40020001")));     // PUBACK without reason code
        assertEquals(Optional.empty(), FrameLengths.propertyLength(hex("e000")));         // DISCONNECT without reason code
        assertEquals(Optional.empty(), FrameLengths.propertyLength(hex("c000")));         // PINGREQ
    }

    @Test
    void aPropertyLengthThatIsNoVariableByteIntegerIsMalformed() {
        assertThrows(MalformedPacketException.class, () -> FrameLengths.propertyLength(hex("20060000ffffffff")));
    }
}
