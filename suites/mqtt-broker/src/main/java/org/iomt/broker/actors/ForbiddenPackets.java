package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.ClosesConnectionCheck;
import org.iomt.broker.checks.ConnectRefusalCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Tasks that send the broker a packet it must not accept (a second CONNECT, a reserved flag or reserved option bits,
 * another protocol's name or an unknown level, QoS 3, a wildcard or a surrogate in a topic name, a broken length), and
 * the questions whether and how it closed the connection.
 */
public final class ForbiddenPackets {

    /** The control client that connects well-formed beside an offence met before the broker admitted the connection. */
    private static final String ADMITTED = "admitted";

    /** Bits 6 and 7 of a subscription's options: reserved in MQTT 3.1.1 and 5.0 alike. */
    private static final int RESERVED_OPTION_BITS = 0xC0;

    private final BrokerScenario scenario;
    private Evidence offending;
    /** The version of a connection whose offence came before any CONNECT was admitted on it; null otherwise. */
    private MqttVersion offendedBeforeAdmission;

    public ForbiddenPackets(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    public void secondConnect(String role) {
        offending = scenario.send(role, scenario.connectPacket(role, scenario.versionOf(role), Session.CLEAN, 60));
    }

    public void connectWithReservedFlag(String role, String version) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.open(role, v);
        offendedBeforeAdmission = v;
        offending = scenario.send(role, scenario.connectPacket(role, v, Session.CLEAN, 60).withReservedFlag(true));
    }

    /** A CONNECT of the version's layout that names another protocol. */
    public void connectNamingProtocol(String role, String version, String protocolName) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.open(role, v);
        offendedBeforeAdmission = v;
        offending = scenario.send(role, scenario.connectPacket(role, v, Session.CLEAN, 60).withProtocolName(protocolName));
    }

    /** A CONNECT of the version's layout that carries a protocol level no MQTT version has. */
    public void connectWithProtocolLevel(String role, String version, int level) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.open(role, v);
        offendedBeforeAdmission = v;
        offending = scenario.send(role, scenario.connectPacket(role, v, Session.CLEAN, 60).withProtocolLevel(level));
    }

    public void publishBeforeConnect(String role, String version) {
        offendedBeforeAdmission = MqttVersion.parse(version);
        scenario.open(role, offendedBeforeAdmission);
        offending = scenario.send(role, Publish.of(readings(), 0, false, 0, bytes("a reading before any CONNECT")));
    }

    public void subscribeWithWrongFlags(String role) {
        offending = scenario.send(role, new Subscribe(0x00, scenario.nextPacketId(), MqttProperties.EMPTY,
                List.of(new Subscription(readings(), 1))));
    }

    public void publishWithQos3(String role) {
        offending = scenario.send(role, new Publish(0x06, readings(), scenario.nextPacketId(), MqttProperties.EMPTY,
                bytes("a reading at QoS 3")));
    }

    public void publishToWildcardTopic(String role) {
        offending = scenario.send(role, Publish.of(scenario.topic("readings/+"), 1, false, scenario.nextPacketId(),
                bytes("a reading to a wildcard")));
    }

    /** A PUBLISH whose topic name ends in the UTF-8 encoding of a surrogate, U+D800, which well-formed UTF-8 never holds. */
    public void publishToSurrogateTopic(String role) {
        offending = scenario.sendRaw(role, rawPublish(role, concat(bytes(readings() + "/"), new byte[]{(byte) 0xED, (byte) 0xA0,
                (byte) 0x80})), "PUBLISH qos=0 topic=\"" + readings() + "/\\uD800\" (an encoded surrogate)");
    }

    public void publishToTopicWithNull(String role) {
        offending = scenario.sendRaw(role, rawPublish(role, concat(bytes(readings() + "/"), new byte[]{0, 'x'})),
                "PUBLISH qos=0 topic=\"" + readings() + "/\\u0000x\" (a null character)");
    }

    /** A SUBSCRIBE asking for QoS 1 with option bits 6 and 7 set, which both versions reserve. */
    public void subscribeWithReservedOptionBits(String role) {
        offending = scenario.send(role, Subscribe.of(scenario.nextPacketId(),
                new Subscription(readings(), RESERVED_OPTION_BITS | 1)));
    }

    public void subscribeToNothing(String role) {
        offending = scenario.send(role, new Subscribe(0x02, scenario.nextPacketId(), MqttProperties.EMPTY, List.of()));
    }

    /** A PUBLISH header whose remaining length has five bytes, each saying more follows, which no length may. */
    public void sendOverlongRemainingLength(String role) {
        offending = scenario.sendRaw(role, new byte[]{0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01},
                "PUBLISH fixed header with a remaining length of five bytes");
    }

    /**
     * Waits, bounded, for the broker to close the connection that carried the offending packet; an offence before the
     * connection was admitted is judged beside a control client connecting well-formed with the same version.
     */
    public Outcome closedAfterOffence(String requirement, String role) {
        boolean closed = scenario.closedByBroker(role, scenario.response());
        if (offendedBeforeAdmission == null) {
            return ClosesConnectionCheck.judge(requirement, offending, scenario.evidenceOf(role), closed, scenario.response());
        }
        scenario.open(ADMITTED, offendedBeforeAdmission);
        scenario.sendConnect(ADMITTED, scenario.connectPacket(ADMITTED, offendedBeforeAdmission, Session.CLEAN, 60));
        return ClosesConnectionCheck.judgeBesideAdmitted(requirement, offending, scenario.evidenceOf(role), closed,
                scenario.response(), scenario.evidenceOf(ADMITTED));
    }

    /**
     * Waits, bounded, for the broker to close the connection, and judges its answer to the CONNECT by the rule, beside a
     * control client connecting well-formed with the same version: a refusal counts only from a broker that admits.
     */
    public Outcome answeredConnect(String requirement, String role, ConnectRefusalCheck.Rule rule) {
        boolean closed = scenario.closedByBroker(role, scenario.response());
        scenario.open(ADMITTED, offendedBeforeAdmission);
        scenario.sendConnect(ADMITTED, scenario.connectPacket(ADMITTED, offendedBeforeAdmission, Session.CLEAN, 60));
        return ConnectRefusalCheck.judge(requirement, rule, offending, scenario.evidenceOf(role), closed, scenario.response(),
                scenario.evidenceOf(ADMITTED));
    }

    /** A QoS 0 PUBLISH frame with the topic name's bytes as given, which the codec would refuse to encode. */
    private byte[] rawPublish(String role, byte[] topic) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(topic.length >> 8);
        body.write(topic.length & 0xFF);
        body.writeBytes(topic);
        if (scenario.versionOf(role) == MqttVersion.V5_0) {
            body.write(0); // no properties
        }
        body.writeBytes(bytes("a reading"));
        byte[] b = body.toByteArray();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x30);
        int length = b.length;
        do {
            int digit = length % 128;
            length /= 128;
            frame.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        frame.writeBytes(b);
        return frame.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
