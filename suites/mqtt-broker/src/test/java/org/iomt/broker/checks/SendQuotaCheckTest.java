package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The send quota towards a client with Receive Maximum 1, judged on hand-made recordings. */
@Tag("small")
class SendQuotaCheckTest {

    private static final String C = "s3-monitor";

    private final Recording recording = new Recording();

    private Evidence delivery(int id, String payload) {
        return recording.at(Direction.DEVICE_TO_SUITE, C, new Publish(0x02, "t", id, MqttProperties.EMPTY,
                payload.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSecondDeliveryMustWaitForTheFirstAcknowledgement() {
        delivery(1, "r1");
        Evidence ack = recording.at(Direction.SUITE_TO_DEVICE, C, PublishAck.puback(1));
        assertNotNull(SendQuotaCheck.heldUntilAcknowledged("r", recording.of(C), ack, "r2").inconclusiveReason(),
                "nothing held back is shown until the second comes");
        delivery(2, "r2");
        assertTrue(SendQuotaCheck.heldUntilAcknowledged("r", recording.of(C), ack, "r2").passed());
    }

    @Test
    void deliveriesAtQos0UseNoQuota() {
        recording.at(Direction.DEVICE_TO_SUITE, C, new Publish(0, "t", 0, MqttProperties.EMPTY, "r1".getBytes(StandardCharsets.UTF_8)));
        Evidence ack = recording.at(Direction.SUITE_TO_DEVICE, C, PublishAck.puback(0));
        recording.at(Direction.DEVICE_TO_SUITE, C, new Publish(0, "t", 0, MqttProperties.EMPTY, "r2".getBytes(StandardCharsets.UTF_8)));
        assertNotNull(SendQuotaCheck.heldUntilAcknowledged("r", recording.of(C), ack, "r2").inconclusiveReason());
    }

    @Test
    void twoDeliveriesBeforeTheAcknowledgementFail() {
        delivery(1, "r1");
        delivery(2, "r2");
        Evidence ack = recording.at(Direction.SUITE_TO_DEVICE, C, PublishAck.puback(1));
        assertFails(SendQuotaCheck.heldUntilAcknowledged("r", recording.of(C), ack, "r2"), "the broker sent 2 before");
    }

    @Test
    void aResendOfTheOutstandingDeliveryCountsOnce() {
        delivery(1, "r1");
        delivery(1, "r1");
        Evidence ack = recording.at(Direction.SUITE_TO_DEVICE, C, PublishAck.puback(1));
        delivery(2, "r2");
        assertTrue(SendQuotaCheck.heldUntilAcknowledged("r", recording.of(C), ack, "r2").passed());
    }

    @Test
    void otherPacketsMustBeAnsweredWhileTheQuotaIsZero() {
        Evidence waiting = delivery(1, "r1");
        Evidence ping = recording.at(Direction.SUITE_TO_DEVICE, C, new PingReq(0));
        Evidence subscribe = recording.at(Direction.SUITE_TO_DEVICE, C, new Subscribe(2, 9, MqttProperties.EMPTY,
                List.of(new Subscription("s", 1))));
        List<Evidence> requests = List.of(ping, subscribe);
        Duration bound = Duration.ofSeconds(3);
        assertTrue(SendQuotaCheck.answeredWhileQuotaZero("r", recording.of(C), Optional.of(waiting), requests, bound)
                .findings().size() == 2, "neither answered");
        recording.at(Direction.DEVICE_TO_SUITE, C, new PingResp(0));
        assertFails(SendQuotaCheck.answeredWhileQuotaZero("r", recording.of(C), Optional.of(waiting), requests, bound), "packetId=9");
        recording.at(Direction.DEVICE_TO_SUITE, C, new Suback(0, 9, MqttProperties.EMPTY, List.of(1)));
        assertTrue(SendQuotaCheck.answeredWhileQuotaZero("r", recording.of(C), Optional.of(waiting), requests, bound).passed());
    }

    @Test
    void withoutAnUnacknowledgedDeliveryTheQuotaWasNeverZero() {
        Evidence ping = recording.at(Direction.SUITE_TO_DEVICE, C, new PingReq(0));
        recording.at(Direction.DEVICE_TO_SUITE, C, new PingResp(0));
        assertNotNull(SendQuotaCheck.answeredWhileQuotaZero("r", recording.of(C), Optional.empty(), List.of(ping),
                Duration.ofSeconds(3)).inconclusiveReason());
        Evidence waiting = delivery(1, "r1");
        recording.at(Direction.SUITE_TO_DEVICE, C, PublishAck.puback(1));
        Evidence late = recording.at(Direction.SUITE_TO_DEVICE, C, new PingReq(0));
        assertNotNull(SendQuotaCheck.answeredWhileQuotaZero("r", recording.of(C), Optional.of(waiting), List.of(late),
                Duration.ofSeconds(3)).inconclusiveReason());
    }
}
