package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MQTT 5.0 MQTT-3.3.2-7 judged on hand-made evidence: a PUBLISH by the alias of an ended connection passes only when
 * the broker refused it and a later control reading reached the monitor without it; delivering it fails.
 */
@Tag("small")
class CarriedAliasCheckTest {

    private static final String AGAIN = "s1-reconnected-patch-1";
    private static final String MONITOR = "s1-monitor-1";

    private final Recording log = new Recording();

    private Evidence aliased() {
        return log.at(Direction.SUITE_TO_DEVICE, AGAIN, new Publish(0x02, "", 7,
                MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS, 1), bytes("by old alias")));
    }

    private Evidence delivered(String payload) {
        return log.at(Direction.DEVICE_TO_SUITE, MONITOR, Publish.of("iomt/s1/readings", 1, false, 3, bytes(payload)));
    }

    private Outcome judge(Evidence aliased) {
        return CarriedAliasCheck.notCarried("r", log.of(AGAIN), aliased, log.of(MONITOR).stream()
                .filter(e -> e.as(Publish.class).isPresent()).toList(), "set up", "control");
    }

    @Test
    void aDisconnectForAProtocolErrorBesideTheControlPasses() {
        delivered("set up");
        Evidence aliased = aliased();
        Evidence refusal = log.at(Direction.DEVICE_TO_SUITE, AGAIN, new Disconnect(0, 0x82, MqttProperties.EMPTY));
        Evidence control = delivered("control");
        Outcome o = judge(aliased);
        assertTrue(o.passed(), String.valueOf(o));
        assertEquals(List.of(aliased, refusal, control), o.judged());
    }

    @Test
    void aCloseByTheBrokerCountsAsARefusal() {
        delivered("set up");
        Evidence aliased = aliased();
        log.at(Direction.TRANSPORT, AGAIN, ConnectionEnded.byPeer("connection closed by the broker"));
        delivered("control");
        assertTrue(judge(aliased).passed());
    }

    @Test
    void theReadingDeliveredOnTheOldTopicFails() {
        delivered("set up");
        Evidence aliased = aliased();
        log.at(Direction.DEVICE_TO_SUITE, AGAIN, new PublishAck(PacketType.PUBACK, 0, 7, 0, MqttProperties.EMPTY));
        delivered("by old alias");
        delivered("control");
        assertFails(judge(aliased), "kept the alias mapping past its connection");
    }

    @Test
    void withoutTheControlReadingTheSilenceProvesNothing() {
        delivered("set up");
        Evidence aliased = aliased();
        log.at(Direction.DEVICE_TO_SUITE, AGAIN, new Disconnect(0, 0x82, MqttProperties.EMPTY));
        Outcome o = judge(aliased);
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains(AGAIN), o.inconclusiveReason());
    }

    @Test
    void anAcknowledgedReadingDeliveredNowhereIsInconclusive() {
        delivered("set up");
        Evidence aliased = aliased();
        log.at(Direction.DEVICE_TO_SUITE, AGAIN, new PublishAck(PacketType.PUBACK, 0, 7, 0, MqttProperties.EMPTY));
        delivered("control");
        Outcome o = judge(aliased);
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains("acknowledged"), o.inconclusiveReason());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
