package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The size table of the remaining length field (MQTT 3.1.1 §2.2.3 table 2.4, MQTT 5.0 §1.5.5 table 1-1). */
@Tag("small")
class VariableByteIntegerTest {

    static Stream<Arguments> specTable() {
        return Stream.of(
                Arguments.of(0, Bytes.of(0x00)),                          // 1 byte, lower bound
                Arguments.of(127, Bytes.of(0x7F)),                        // 1 byte, upper bound
                Arguments.of(128, Bytes.of(0x80, 0x01)),                  // 2 bytes, lower bound
                Arguments.of(16_383, Bytes.of(0xFF, 0x7F)),               // 2 bytes, upper bound
                Arguments.of(16_384, Bytes.of(0x80, 0x80, 0x01)),         // 3 bytes, lower bound
                Arguments.of(2_097_151, Bytes.of(0xFF, 0xFF, 0x7F)),      // 3 bytes, upper bound
                Arguments.of(2_097_152, Bytes.of(0x80, 0x80, 0x80, 0x01)),   // 4 bytes, lower bound
                Arguments.of(268_435_455, Bytes.of(0xFF, 0xFF, 0xFF, 0x7F))); // 4 bytes, upper bound
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specTable")
    void encodesTheSpecTableValue(int value, byte[] wire) {
        assertArrayEquals(wire, VariableByteInteger.encode(value));
        assertEquals(wire.length, VariableByteInteger.length(value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specTable")
    void decodesTheSpecTableValue(int value, byte[] wire) throws Exception {
        assertEquals(value, VariableByteInteger.decode(wire, 0));
        assertEquals(wire.length, VariableByteInteger.length(wire, 0, wire.length));
    }

    @Test
    void refusesToEncodeBeyondFourBytes() {
        assertThrows(IllegalArgumentException.class, () -> VariableByteInteger.encode(268_435_456));
        assertThrows(IllegalArgumentException.class, () -> VariableByteInteger.encode(-1));
    }

    @Test
    void rejectsAFifthByte() {
        byte[] five = Bytes.of(0x80, 0x80, 0x80, 0x80, 0x01);
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> VariableByteInteger.decode(five, 0));
        assertEquals("MQTT-malformed", e.ruleId());
        assertEquals(4, e.offset());
    }

    @Test
    void rejectsAnIntegerCutShort() {
        MalformedPacketException e = assertThrows(MalformedPacketException.class,
                () -> VariableByteInteger.decode(Bytes.of(0x80, 0x80), 0));
        assertEquals(2, e.offset());
    }

    @Test
    void acceptsANonMinimalEncodingLeniently() throws Exception {
        assertEquals(0, VariableByteInteger.decode(Bytes.of(0x80, 0x00), 0));
    }

    @Test
    void reportsUnfinishedIntegerAsUnknownLength() throws Exception {
        assertEquals(-1, VariableByteInteger.length(Bytes.of(0xFF, 0xFF), 0, 2));
    }

    @Test
    void agreesWithPahoAcrossTheRange() {
        for (int v : new int[] {1, 200, 321, 16_385, 65_535, 2_000_000, 100_000_000}) {
            assertArrayEquals(org.eclipse.paho.client.mqttv3.internal.wire.MqttWireMessage.encodeMBI(v),
                    VariableByteInteger.encode(v), "value " + v);
        }
    }
}
