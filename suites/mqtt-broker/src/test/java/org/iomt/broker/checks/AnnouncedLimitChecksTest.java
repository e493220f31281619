package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.StringPair;
import org.iomt.standards.mqtt.Suback;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks of what a broker sends within a client's Topic Alias Maximum and Maximum Packet Size, on hand-made frames. */
@Tag("small")
class AnnouncedLimitChecksTest {

    private static final int MAXIMUM = 128;

    private final List<Evidence> log = new ArrayList<>();

    private Evidence from(String connection, Object packet, int size) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), Direction.DEVICE_TO_SUITE, connection,
                new byte[size], String.valueOf(packet), Optional.of(packet));
        log.add(e);
        return e;
    }

    private Evidence delivery(String payload, MqttProperties properties) {
        return from("s1-monitor", new Publish(0x02, "t/1", 1, properties, payload.getBytes(StandardCharsets.UTF_8)), 30);
    }

    private static DeliveryCheck.Control control(List<Evidence> deliveries) {
        return new DeliveryCheck.Control(deliveries, "last", "the broker delivers");
    }

    @Test
    void aliasesWithinTheMaximumPassBesideTheControl() {
        List<Evidence> deliveries = List.of(delivery("first", MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS, 1)),
                delivery("last", MqttProperties.EMPTY));
        Outcome o = AliasLimitCheck.withinMaximum("r", deliveries, 1, "s1-monitor", control(deliveries));
        assertTrue(o.passed(), String.valueOf(o));
        assertEquals(deliveries, o.judged());
    }

    @Test
    void anAliasAboveTheMaximumFailsEvenWithoutTheControl() {
        List<Evidence> deliveries = List.of(delivery("first", MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS, 2)));
        assertFails(AliasLimitCheck.withinMaximum("r", deliveries, 1, "s1-monitor", control(deliveries)),
                "carried Topic Alias 2");
    }

    @Test
    void withoutTheControlNoAbsenceOfAliasesIsJudged() {
        List<Evidence> deliveries = List.of(delivery("first", MqttProperties.EMPTY));
        Outcome o = AliasLimitCheck.withinMaximum("r", deliveries, 1, "s1-monitor", control(deliveries));
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains("s1-monitor"), o.inconclusiveReason());
    }

    @Test
    void answersThatFitPass() {
        List<Evidence> frames = List.of(from("s2-client", Connack.of(false, 0), 11),
                from("s2-client", new Suback(0, 1, MqttProperties.EMPTY, List.of(2)), 6));
        assertTrue(AnswerSizeCheck.propertyLeftOutBeyond("r", frames, PacketType.SUBACK, MqttPropertyId.REASON_STRING, MAXIMUM)
                .passed());
    }

    @Test
    void anAnswerTooLargeBecauseOfItsPropertyFails() {
        String filler = "x".repeat(MAXIMUM);
        List<Evidence> frames = List.of(from("s2-client", new PublishAck(PacketType.PUBREL, 2, 1, 0,
                MqttProperties.EMPTY.with(MqttPropertyId.REASON_STRING, filler)), MAXIMUM + 10),
                from("s2-client", new PublishAck(PacketType.PUBACK, 0, 2, 0,
                        MqttProperties.EMPTY.with(MqttPropertyId.USER_PROPERTY, new StringPair("note", filler))), MAXIMUM + 16));
        assertFails(AnswerSizeCheck.propertyLeftOutBeyond("r", frames, PacketType.PUBREL, MqttPropertyId.REASON_STRING, MAXIMUM),
                "s2-client");
        assertFails(AnswerSizeCheck.propertyLeftOutBeyond("r", frames, PacketType.PUBACK, MqttPropertyId.USER_PROPERTY, MAXIMUM),
                "PUBACK");
        assertTrue(AnswerSizeCheck.propertyLeftOutBeyond("r", frames, PacketType.PUBACK, MqttPropertyId.REASON_STRING, MAXIMUM)
                .passed(), "a User Property is not a Reason String");
    }

    @Test
    void noAnswerOfTheTypeIsInconclusive() {
        List<Evidence> frames = List.of(from("s2-client", Connack.of(false, 0), 11));
        Outcome o = AnswerSizeCheck.propertyLeftOutBeyond("r", frames, PacketType.PUBCOMP, MqttPropertyId.REASON_STRING, MAXIMUM);
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains("s2-client"), o.inconclusiveReason());
    }

    @Test
    void noPubrelUnderAGrantBelowQos2IsNotApplicable() {
        List<Evidence> frames = List.of(from("s2-client", new Suback(0, 1, MqttProperties.EMPTY, List.of(1)), 6));
        Outcome o = AnswerSizeCheck.propertyLeftOutBeyond("r", frames, PacketType.PUBREL, MqttPropertyId.REASON_STRING, MAXIMUM);
        assertNotNull(o.notApplicableReason(), String.valueOf(o));
        assertTrue(o.notApplicableReason().contains("s2-client"), o.notApplicableReason());
    }

    @Test
    void aDisconnectIsJudgedWhenOneCameAndNotWhenTheBrokerJustClosed() {
        List<Evidence> frames = List.of(from("s3-client", new Disconnect(0, 0x82,
                MqttProperties.EMPTY.with(MqttPropertyId.REASON_STRING, "x".repeat(MAXIMUM))), MAXIMUM + 6));
        assertFails(AnswerSizeCheck.disconnectPropertyLeftOutBeyond("r", frames, MqttPropertyId.REASON_STRING, MAXIMUM, true),
                "DISCONNECT");
        List<Evidence> none = List.of(from("s4-client", Connack.of(false, 0), 11));
        assertNotNull(AnswerSizeCheck.disconnectPropertyLeftOutBeyond("r", none, MqttPropertyId.REASON_STRING, MAXIMUM, true)
                .notApplicableReason());
        assertNotNull(AnswerSizeCheck.disconnectPropertyLeftOutBeyond("r", none, MqttPropertyId.REASON_STRING, MAXIMUM, false)
                .inconclusiveReason());
    }
}
