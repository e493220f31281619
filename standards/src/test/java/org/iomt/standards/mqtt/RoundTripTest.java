package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encode, decode, compare: every packet type in both versions (AUTH in 5.0 only). */
@Tag("small")
class RoundTripTest {

    static final MqttProperties SOME = MqttProperties.of(
            new MqttProperty(MqttPropertyId.REASON_STRING, "ok ✓"),
            new MqttProperty(MqttPropertyId.USER_PROPERTY, new StringPair("k", "v")),
            new MqttProperty(MqttPropertyId.USER_PROPERTY, new StringPair("k", "w")));

    static List<MqttPacket> packets(MqttVersion v) {
        boolean five = v == MqttVersion.V5_0;
        MqttProperties p = five ? SOME : MqttProperties.EMPTY;
        byte[] pw = "pw".getBytes(StandardCharsets.UTF_8);
        List<MqttPacket> list = new ArrayList<>(List.of(
                Connect.of(v, "tp1", 60, true),
                Connect.of(v, "tp1", 65535, false).withCredentials("u", pw).withProperties(p)
                        .withWill("ward/lwt", Bytes.of(0, 1, 255), 2, true, p),
                new Connack(0, true, five ? 0x87 : 5, p),
                new Publish(0b1011, "ward/a/temp", 65535, p, new byte[300]),
                Publish.of("t", 0, false, 0, new byte[0]),
                PublishAck.puback(1),
                PublishAck.pubrec(2).withReason(five ? 0x10 : 0, MqttProperties.EMPTY),
                PublishAck.pubrel(3).withReason(five ? 0x92 : 0, p),
                PublishAck.pubcomp(4),
                new Subscribe(0b0010, 5, p, List.of(new Subscription("a/+", 0x2D), new Subscription("#", 0))),
                new Suback(0, 5, p, five ? List.of(0, 1, 2, 0x80) : List.of(0, 1, 2, 0x80)),
                new Unsubscribe(0b0010, 6, p, List.of("a/+", "#")),
                new Unsuback(0, 6, p, five ? List.of(0, 0x11) : List.of()),
                new PingReq(0),
                new PingResp(0),
                Disconnect.normal()));
        if (five) {
            list.add(new Disconnect(0, 0x04, MqttProperties.EMPTY));
            list.add(new Disconnect(0, 0, SOME));
            list.add(new Auth(0, 0x18, MqttProperties.of(new MqttProperty(MqttPropertyId.AUTHENTICATION_DATA, Bytes.of(1)))));
            list.add(new Auth(0, 0, MqttProperties.EMPTY));
        }
        return list;
    }

    static Stream<Arguments> cases() {
        return Stream.of(MqttVersion.values())
                .flatMap(v -> packets(v).stream().map(p -> Arguments.of(v, p)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void survivesEncodeAndDecode(MqttVersion v, MqttPacket packet) throws Exception {
        byte[] wire = MqttEncoder.encode(packet, v);
        MqttPacket back = MqttDecoder.decode(wire, v);
        assertEquals(packet, back);
        assertArrayEquals(wire, MqttEncoder.encode(back, v));
    }

    @Test
    void everyPacketTypeIsCovered() {
        Set<PacketType> seen = EnumSet.noneOf(PacketType.class);
        packets(MqttVersion.V5_0).forEach(p -> seen.add(p.type()));
        assertEquals(EnumSet.allOf(PacketType.class), seen);
    }

    @Test
    void largePayloadUsesAFourByteRemainingLength() throws Exception {
        Publish big = Publish.of("t", 0, false, 0, new byte[2_097_152]);
        byte[] wire = MqttEncoder.encode(big, MqttVersion.V3_1_1);
        assertEquals(1 + 4 + 3 + 2_097_152, wire.length);
        assertEquals(big, MqttDecoder.decode(wire, MqttVersion.V3_1_1));
    }
}
