package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("small")
class MqttVersionTest {

    @Test
    void mapsLevelsAndLabels() {
        assertEquals(4, MqttVersion.V3_1_1.level());
        assertEquals(5, MqttVersion.V5_0.level());
        assertEquals(Optional.of(MqttVersion.V5_0), MqttVersion.ofLevel(5));
        assertTrue(MqttVersion.ofLevel(3).isEmpty());
        assertEquals(MqttVersion.V3_1_1, MqttVersion.parse("3.1.1"));
        assertEquals("5.0", MqttVersion.parse("5.0").label());
        assertThrows(IllegalArgumentException.class, () -> MqttVersion.parse("5"));
    }

    @Test
    void mapsPacketTypeCodes() {
        assertEquals(Optional.of(PacketType.CONNECT), PacketType.of(1));
        assertEquals(Optional.of(PacketType.AUTH), PacketType.of(15));
        assertEquals(12, PacketType.PINGREQ.code());
        assertTrue(PacketType.of(0).isEmpty());
        assertTrue(PacketType.of(16).isEmpty());
    }

    @Test
    void mapsPropertyIdentifiers() {
        assertEquals(27, MqttPropertyId.values().length);
        assertEquals(Optional.of(MqttPropertyId.USER_PROPERTY), MqttPropertyId.of(0x26));
        assertEquals(PropertyType.VARIABLE_BYTE_INTEGER, MqttPropertyId.SUBSCRIPTION_IDENTIFIER.dataType());
        assertTrue(MqttPropertyId.of(0x04).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new MqttProperty(MqttPropertyId.CONTENT_TYPE, 3));
    }
}
