package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.iomt.simulators.broker.ProxyBench.ANSWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The faults that change the form of the packets the broker sends, on a real Mosquitto behind the proxy, each beside
 * the same exchange without the fault; the faults below the packet model are read from the bytes themselves.
 */
@Tag("medium")
class SentFrameFaultTest {

    private static final Duration QUIET = Duration.ofMillis(500);

    @RegisterExtension
    final ProxyBench bench = new ProxyBench();

    @ParameterizedTest(name = "with faults [{0}] the SUBACK's flags are {1}")
    @CsvSource({"'', 0", "suback-flags-set, 1"})
    void subackFlags(String fault, int flags) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        monitor.send(Subscribe.of(1, new Subscription("ward/p1", 0)));
        assertEquals(flags, monitor.expect(Suback.class, ANSWER).flags());
    }

    @ParameterizedTest(name = "with faults [{0}] the PUBREL's flags are {1}")
    @CsvSource({"'', 2", "pubrel-flags-cleared, 0"})
    void pubrelFlags(String fault, int flags) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        ProxyBench.subscribe(monitor, 2, "ward/p1");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/p1", 2, false, 1, bytes("36.6")));
        patch.expect(PublishAck.class, ANSWER);
        patch.send(PublishAck.pubrel(1));
        Publish delivery = monitor.expect(Publish.class, ANSWER);
        monitor.send(PublishAck.pubrec(delivery.packetId()));
        PublishAck release = monitor.expect(PublishAck.class, ANSWER);
        assertEquals(PacketType.PUBREL, release.type());
        assertEquals(flags, release.flags());
    }

    @ParameterizedTest(name = "with faults [{0}] a QoS 0 delivery carries DUP {1}")
    @CsvSource({"'', 0", "dup-on-qos0-delivery, 1"})
    void dupOnQos0(String fault, int dup) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        ProxyBench.subscribe(monitor, 0, "ward/p1");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/p1", 0, false, 0, bytes("36.6")));
        assertEquals(dup, monitor.expect(Publish.class, ANSWER).dup());
    }

    @ParameterizedTest(name = "with faults [{0}] the first packet is a {1}")
    @CsvSource({"'', Connack", "pingresp-before-connack, PingResp"})
    void firstPacket(String fault, String first) throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V5_0);
        client.send(Connect.of(MqttVersion.V5_0, "client", 60, true));
        assertEquals(first, client.next(ANSWER).orElseThrow().getClass().getSimpleName());
    }

    @ParameterizedTest(name = "with faults [{0}] a CONNACK follows the PINGRESP: {1}")
    @CsvSource({"'', false", "connack-repeated, true"})
    void connackRepeated(String fault, boolean repeated) throws Exception {
        RawMqttClient client = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "client");
        client.send(new PingReq(0));
        client.expect(PingResp.class, ANSWER);
        Optional<MqttPacket> next = client.next(QUIET);
        assertEquals(repeated, next.filter(Connack.class::isInstance).isPresent(), "after the PINGRESP: " + next);
    }

    @ParameterizedTest(name = "with faults [{0}] the 5.0 CONNACK's acknowledge flags are {1}")
    @CsvSource({"'', 0", "connack-flag-bit-set, 2"})
    void connackAcknowledgeFlags(String fault, int flags) throws Exception {
        try (Socket socket = socket(bench.proxy(fault))) {
            byte[] connack = connect(socket);
            assertEquals(0x20, connack[0] & 0xFF, "CONNACK");
            assertEquals(flags, connack[2] & 0xFF, "acknowledge flags");
        }
    }

    @ParameterizedTest(name = "with faults [{0}] the 5.0 PINGRESP is {1}")
    @CsvSource({"'', d000", "remaining-length-padded, d08000"})
    void pingrespLength(String fault, String expected) throws Exception {
        try (Socket socket = socket(bench.proxy(fault))) {
            connect(socket);
            socket.getOutputStream().write(MqttEncoder.encode(new PingReq(0), MqttVersion.V5_0));
            byte[] head = read(socket.getInputStream(), 2);
            byte[] rest = (head[1] & 0x80) != 0 ? read(socket.getInputStream(), 1) : new byte[0];
            assertEquals(expected, HexFormat.of().formatHex(head) + HexFormat.of().formatHex(rest));
        }
    }

    @ParameterizedTest(name = "with faults [{0}] the UNSUBACK's codes are {1}")
    @CsvSource({"'', 17 0", "unsuback-codes-reversed, 0 17", "unsuback-code-undefined, 18 0"})
    void unsubackCodes(String fault, String codes) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "monitor");
        ProxyBench.subscribe(monitor, 0, "ward/p1");
        monitor.send(new Unsubscribe(0x02, 7, MqttProperties.EMPTY, List.of("ward/never", "ward/p1")));
        assertEquals(codes, String.join(" ", monitor.expect(Unsuback.class, ANSWER).reasonCodes().stream().map(String::valueOf).toList()));
    }

    @ParameterizedTest(name = "with faults [{0}] the SUBACK of two filters carries {1}")
    @CsvSource({"'', 0 1", "suback-code-dropped, 0", "suback-code-undefined, 0 129", "suback-qos-raised, 1 1"})
    void subackCodes(String fault, String codes) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "monitor");
        monitor.send(Subscribe.of(4, new Subscription("ward/p1", 0), new Subscription("ward/p2", 1)));
        assertEquals(codes, String.join(" ", monitor.expect(Suback.class, ANSWER).reasonCodes().stream().map(String::valueOf).toList()));
    }

    @ParameterizedTest(name = "with faults [{0}] a SUBACK of two filters arrives beside one of one filter: {1}")
    @CsvSource({"'', true", "suback-withheld-for-several, false"})
    void subackForSeveral(String fault, boolean arrives) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        monitor.send(Subscribe.of(4, new Subscription("ward/p1", 0), new Subscription("ward/p2", 1)));
        monitor.send(Subscribe.of(5, new Subscription("ward/p3", 0)));
        Suback first = monitor.expect(Suback.class, ANSWER);
        assertEquals(arrives, first.packetId() == 4, "first SUBACK " + first);
    }

    @ParameterizedTest(name = "with faults [{0}] the broker's DISCONNECT names a Session Expiry Interval: {1}")
    @CsvSource({"'', false", "disconnect-session-expiry-added, true"})
    void disconnectSessionExpiry(String fault, boolean named) throws Exception {
        RawMqttClient client = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "client");
        client.send(Publish.of("ward/p1", 0, false, 0, bytes("36.6"))
                .withProperties(MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS, 0)));
        Disconnect disconnect = client.expect(Disconnect.class, ANSWER);
        assertEquals(named, disconnect.properties().first(MqttPropertyId.SESSION_EXPIRY_INTERVAL).isPresent());
    }

    @ParameterizedTest(name = "with faults [{0}] the 5.0 delivery on the exchange's ward topic is {1}")
    @CsvSource({
            "'', 3017 0010 722f73332f6672616d65732f77617264 00 33362e36",
            "qos0-delivery-id-inserted, 3019 0010 722f73332f6672616d65732f77617264 0001 00 33362e36",
            "delivery-topic-not-utf8, 3017 0010 722f73332f6672616d65732f776172ff 00 33362e36",
            "delivery-topic-wildcard, 3017 0010 722f73332f6672616d65732f77612b64 00 33362e36",
            "delivery-topic-alias-zero, 301a 0010 722f73332f6672616d65732f77617264 03230000 33362e36",
            "delivery-property-length-dropped, 3016 0010 722f73332f6672616d65732f77617264 33362e36"})
    void wardDelivery(String fault, String expected) throws Exception {
        assertEquals(expected.replace(" ", ""), deliveryThrough(fault, "r/s3/frames/ward"));
    }

    @ParameterizedTest(name = "with faults [{0}] a delivery on another of the exchange's topics is untouched")
    @CsvSource({"qos0-delivery-id-inserted", "delivery-topic-not-utf8", "delivery-topic-wildcard", "delivery-topic-alias-zero",
            "delivery-property-length-dropped"})
    void otherDeliveriesUntouched(String fault) throws Exception {
        assertEquals("3015000e722f73332f6672616d65732f71300033362e36", deliveryThrough(fault, "r/s3/frames/q0"));
    }

    @ParameterizedTest(name = "with faults [{0}] the first packet for client {1} is a {2}")
    @CsvSource({"'', iomt1s3wireform, Connack", "pingresp-before-exchange-connack, iomt1s3wireform, PingResp",
            "pingresp-before-exchange-connack, iomt1s3client, Connack"})
    void firstPacketOfTheExchange(String fault, String clientId, String first) throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V3_1_1);
        client.send(Connect.of(MqttVersion.V3_1_1, clientId, 60, true));
        assertEquals(first, client.next(ANSWER).orElseThrow().getClass().getSimpleName());
    }

    @ParameterizedTest(name = "with faults [{0}] a delivery with Content Type \"a\" is {1}")
    @CsvSource({"'', 300c 0001 77 04 03 0001 61 33362e36", "string-properties-nulled, 300d 0001 77 05 03 0002 6100 33362e36"})
    void contentTypeOfADelivery(String fault, String expected) throws Exception {
        try (Socket socket = socket(bench.proxy(fault))) {
            connect(socket);
            socket.getOutputStream().write(MqttEncoder.encode(Subscribe.of(1, new Subscription("w", 0)), MqttVersion.V5_0));
            frame(socket.getInputStream());
            RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V5_0, "patch");
            patch.send(Publish.of("w", 0, false, 0, bytes("36.6")).withProperties(MqttProperties.EMPTY.with(MqttPropertyId.CONTENT_TYPE, "a")));
            assertEquals(expected.replace(" ", ""), HexFormat.of().formatHex(frame(socket.getInputStream())));
        }
    }

    /** The bytes, as hex, of the QoS 0 delivery an MQTT 5.0 subscriber behind the proxy gets on the topic. */
    private String deliveryThrough(String fault, String topic) throws Exception {
        try (Socket socket = socket(bench.proxy(fault))) {
            connect(socket);
            socket.getOutputStream().write(MqttEncoder.encode(Subscribe.of(1, new Subscription(topic, 0)), MqttVersion.V5_0));
            frame(socket.getInputStream());
            RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
            patch.send(Publish.of(topic, 0, false, 0, bytes("36.6")));
            return HexFormat.of().formatHex(frame(socket.getInputStream()));
        }
    }

    /** One frame whose Remaining Length takes one byte. */
    private static byte[] frame(InputStream in) throws Exception {
        byte[] head = read(in, 2);
        byte[] rest = read(in, head[1]);
        byte[] all = new byte[2 + rest.length];
        System.arraycopy(head, 0, all, 0, 2);
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    /** Sends a 5.0 CONNECT on a plain socket and reads the CONNACK's bytes. */
    private static byte[] connect(Socket socket) throws Exception {
        socket.getOutputStream().write(MqttEncoder.encode(Connect.of(MqttVersion.V5_0, "client", 60, true), MqttVersion.V5_0));
        byte[] head = read(socket.getInputStream(), 2);
        byte[] rest = read(socket.getInputStream(), head[1]);
        byte[] all = new byte[2 + rest.length];
        System.arraycopy(head, 0, all, 0, 2);
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    private static Socket socket(InetSocketAddress at) throws Exception {
        Socket socket = new Socket(at.getAddress(), at.getPort());
        socket.setSoTimeout((int) ANSWER.toMillis());
        return socket;
    }

    private static byte[] read(InputStream in, int n) throws Exception {
        byte[] out = in.readNBytes(n);
        assertEquals(n, out.length, "bytes read");
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
