package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MQTT 5.0 MQTT-3.3.2-14 judged on hand-made deliveries of a request: a wildcard in the Response Topic fails. */
@Tag("small")
class ResponseTopicCheckTest {

    private final Recording log = new Recording();

    private Evidence delivered(MqttProperties properties) {
        return log.at(Direction.DEVICE_TO_SUITE, "s5-patch-1", new Publish(0x02, "iomt/s5/requests", 1, properties,
                "request".getBytes(StandardCharsets.UTF_8)));
    }

    private static MqttProperties responseTopic(String topic) {
        return MqttProperties.EMPTY.with(MqttPropertyId.RESPONSE_TOPIC, topic);
    }

    @Test
    void aTopicNameWithoutWildcardsPasses() {
        Evidence d = delivered(responseTopic("iomt/s5/replies/monitor"));
        Outcome o = ResponseTopicCheck.withoutWildcards("r", List.of(d), "request");
        assertTrue(o.passed(), String.valueOf(o));
    }

    @Test
    void aWildcardFails() {
        Evidence d = delivered(responseTopic("iomt/s5/replies/monitor/#"));
        assertFails(ResponseTopicCheck.withoutWildcards("r", List.of(d), "request"), "replies/monitor/#");
    }

    @Test
    void aDeliveryWithoutResponseTopicIsInconclusive() {
        Evidence d = delivered(MqttProperties.EMPTY);
        assertNotNull(ResponseTopicCheck.withoutWildcards("r", List.of(d), "request").inconclusiveReason());
    }

    @Test
    void anUndeliveredRequestIsInconclusive() {
        assertNotNull(ResponseTopicCheck.withoutWildcards("r", List.of(), "request").inconclusiveReason());
    }
}
