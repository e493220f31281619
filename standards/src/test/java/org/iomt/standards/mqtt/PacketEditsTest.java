package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Editing a packet model changes only what the edit names: other properties (repeats included) keep their order, other flags their value. */
@Tag("small")
class PacketEditsTest {

    @Test
    void withoutRemovesEveryPropertyOfThatIdentifierAndKeepsTheRestInOrder() {
        MqttProperties props = MqttProperties.of(
                new MqttProperty(MqttPropertyId.USER_PROPERTY, new StringPair("a", "1")),
                new MqttProperty(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL, 30),
                new MqttProperty(MqttPropertyId.USER_PROPERTY, new StringPair("b", "2")),
                new MqttProperty(MqttPropertyId.CONTENT_TYPE, "application/senml+json"));
        assertEquals(List.of(new MqttProperty(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL, 30),
                        new MqttProperty(MqttPropertyId.CONTENT_TYPE, "application/senml+json")),
                props.without(MqttPropertyId.USER_PROPERTY).list());
    }

    @Test
    void withoutAnAbsentIdentifierChangesNothing() {
        MqttProperties props = MqttProperties.of(new MqttProperty(MqttPropertyId.RECEIVE_MAXIMUM, 10));
        assertEquals(props, props.without(MqttPropertyId.SESSION_EXPIRY_INTERVAL));
        assertTrue(MqttProperties.EMPTY.without(MqttPropertyId.USER_PROPERTY).isEmpty());
    }

    @Test
    void withPropertiesReplacesAnAnswersPropertiesAndNothingElse() {
        MqttProperties reason = MqttProperties.of(new MqttProperty(MqttPropertyId.REASON_STRING, "why"));
        Suback suback = new Suback(0, 7, MqttProperties.EMPTY, List.of(1, 0x80));
        assertEquals(new Suback(0, 7, reason, List.of(1, 0x80)), MqttPackets.withProperties(suback, reason));
        PublishAck pubrel = new PublishAck(PacketType.PUBREL, 0b0010, 9, 0, MqttProperties.EMPTY);
        assertEquals(new PublishAck(PacketType.PUBREL, 0b0010, 9, 0, reason), MqttPackets.withProperties(pubrel, reason));
        assertEquals(reason, MqttPackets.properties(MqttPackets.withProperties(new Disconnect(0, 0x81, MqttProperties.EMPTY), reason)));
        PingReq ping = new PingReq(0);
        assertEquals(ping, MqttPackets.withProperties(ping, reason));
    }

    @Test
    void cleanStartIsBitOneOfTheConnectFlags() {
        Connect persistent = Connect.of(MqttVersion.V3_1_1, "tp1", 60, false);
        assertEquals(0x00, persistent.connectFlags());
        assertEquals(0x02, persistent.withCleanStart(true).connectFlags());
        assertEquals(persistent, persistent.withCleanStart(true).withCleanStart(false));
    }
}
