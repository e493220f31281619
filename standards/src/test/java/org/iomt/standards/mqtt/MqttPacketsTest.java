package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("small")
class MqttPacketsTest {

    @Test
    void describesPublish() {
        assertEquals("PUBLISH qos=1 dup=0 retain=0 id=7 topic=\"ward/a/temp\" payload=92B",
                MqttPackets.describe(Publish.of("ward/a/temp", 1, false, 7, new byte[92])));
    }

    @Test
    void describesConnect() {
        assertEquals("CONNECT MQTT level=4 clean=1 keepAlive=60 clientId=\"tp1\" flags=0x02",
                MqttPackets.describe(Connect.of(MqttVersion.V3_1_1, "tp1", 60, true)));
    }

    @Test
    void neverPrintsThePassword() {
        Connect c = Connect.of(MqttVersion.V5_0, "tp1", 60, true)
                .withCredentials("nurse", "hunter2".getBytes(StandardCharsets.UTF_8));
        String line = MqttPackets.describe(c);
        assertTrue(line.contains("password=<redacted>"), line);
        assertFalse(line.contains("hunter2"), line);
        assertFalse(c.toString().contains("hunter2"));
    }

    @Test
    void showsOddHeaderFlagsAndStaysOnOneLine() {
        String line = MqttPackets.describe(new PingReq(0x3));
        assertEquals("PINGREQ headerFlags=0x3", line);
        String topic = MqttPackets.describe(Publish.of("a\nb", 0, false, 0, new byte[0]));
        assertFalse(topic.contains("\n"), topic);
        assertEquals("PUBREL id=4 reason=0x00", MqttPackets.describe(PublishAck.pubrel(4)));
    }
}
