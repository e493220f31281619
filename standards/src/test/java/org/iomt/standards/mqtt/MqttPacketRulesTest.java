package org.iomt.standards.mqtt;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules the lenient decoder leaves in the model, on frames written out by hand from the specifications' tables. */
@Tag("small")
class MqttPacketRulesTest {

    private static List<String> violations(String hex, MqttVersion version) throws MalformedPacketException {
        return MqttPacketRules.violations(MqttDecoder.decode(HexFormat.of().parseHex(hex.replace(" ", "")), version), version);
    }

    @Test
    void wellFormedPacketsBreakNothing() throws Exception {
        // 5.0 PUBLISH QoS 1, id 1, two Subscription Identifiers and two User Properties: all may repeat in PUBLISH
        assertEquals(List.of(), violations("32 19 0001 61 0001 12 0b01 0b02 2600016b000176 2600016b000176 78", MqttVersion.V5_0));
        // 3.1.1 PUBREL with its required flags 0010
        assertEquals(List.of(), violations("62 02 0001", MqttVersion.V3_1_1));
        // 5.0 CONNECT whose will carries Will Delay Interval, which belongs to the will and not to CONNECT
        assertEquals(List.of(), violations("10 1a 0004 4d515454 05 06 003c 00 0001 63 05 1800000005 0001 77 0001 78",
                MqttVersion.V5_0));
    }

    @Test
    void headerFlagsOtherThanTheTableSaysAreBroken() throws Exception {
        assertTrue(violations("48 02 0001", MqttVersion.V3_1_1).get(0).contains("PUBACK header flags must be 0000, not 1000"));
        assertTrue(violations("80 06 0001 0001 61 00", MqttVersion.V3_1_1).get(0).contains("must be 0010, not 0000"));
    }

    @Test
    void aPacketIdentifierOfZeroIsBrokenWhereOneIsNeeded() throws Exception {
        assertEquals(1, violations("32 06 0001 61 0000 78", MqttVersion.V3_1_1).size());
        assertEquals(1, violations("a2 05 0000 0001 61", MqttVersion.V3_1_1).size());
        assertEquals(List.of(), violations("30 04 0001 61 78", MqttVersion.V3_1_1), "QoS 0 has no packet identifier");
    }

    @Test
    void willQos3IsBroken() throws Exception {
        assertEquals(1, violations("10 13 0004 4d515454 04 1e 003c 0001 63 0001 77 0001 78", MqttVersion.V3_1_1).size());
    }

    @Test
    void propertiesOutOfPlaceOrRepeatedAreBroken() throws Exception {
        assertEquals(List.of("SESSION_EXPIRY_INTERVAL is not a property of PUBLISH"),
                violations("30 0c 0003 612f62 05 1100000e10 78", MqttVersion.V5_0));
        assertEquals(List.of("SUBSCRIBE carries SUBSCRIPTION_IDENTIFIER more than once"),
                violations("82 0d 0001 04 0b07 0b07 0003 612f62 01", MqttVersion.V5_0));
        assertEquals(List.of("WILL_DELAY_INTERVAL is not a property of CONNECT"),
                violations("10 13 0004 4d515454 05 02 003c 05 1800000005 0001 63", MqttVersion.V5_0));
        assertEquals(List.of(), violations("30 0c 0003 612f62 05 1100000e10 78", MqttVersion.V3_1_1)
                .stream().filter(v -> v.contains("property")).toList(), "3.1.1 has no properties: the bytes are payload");
    }
}
