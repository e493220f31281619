package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.model.NonBinaryFrame;
import org.iomt.mqtt.model.SplitOverFrames;
import org.iomt.mqtt.model.WebSocketOpening;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MQTT over WebSocket (MQTT 3.1.1 and 5.0 §6), as the device uses it: the subprotocol it offers when it opens the
 * WebSocket, the frames it sends its packets in, and whether it reads packets whatever the frame boundaries. Each
 * factory judges one of these; the tester broker records every opening, every non-binary data frame of the device, and
 * the packets it split over frames or joined in one on purpose.
 */
public final class WebSocketCheck implements Check {

    private enum Rule { MQTT_SUBPROTOCOL, BINARY_FRAMES, ACROSS_FRAME_BOUNDARIES }

    /** The WebSocket subprotocol of MQTT. */
    private static final String MQTT = "mqtt";

    private final String requirement;
    private final Rule rule;

    private WebSocketCheck(String requirement, Rule rule) {
        this.requirement = requirement;
        this.rule = rule;
    }

    /** Every WebSocket the device opened offered the subprotocol mqtt. */
    public static WebSocketCheck mqttSubprotocolOffered(String requirement) {
        return new WebSocketCheck(requirement, Rule.MQTT_SUBPROTOCOL);
    }

    /** On every connection where the device sent MQTT packets, it sent no data frame other than binary. */
    public static WebSocketCheck binaryFramesOnly(String requirement) {
        return new WebSocketCheck(requirement, Rule.BINARY_FRAMES);
    }

    /**
     * The device read a CONNACK the broker split over two frames (it went on to send more than a DISCONNECT on that
     * connection, rather than closing it), and answered each command that came in one frame together with a SUBACK.
     */
    public static WebSocketCheck readAcrossFrameBoundaries(String requirement) {
        return new WebSocketCheck(requirement, Rule.ACROSS_FRAME_BOUNDARIES);
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> openings = evidence.stream().filter(e -> e.as(WebSocketOpening.class).isPresent()).toList();
        if (openings.isEmpty()) {
            return Outcome.inconclusive("the device opened no WebSocket to the suite's broker", List.of());
        }
        return switch (rule) {
            case MQTT_SUBPROTOCOL -> subprotocols(openings);
            case BINARY_FRAMES -> binaryFrames(evidence);
            case ACROSS_FRAME_BOUNDARIES -> acrossFrames(evidence);
        };
    }

    private Outcome subprotocols(List<Evidence> openings) {
        List<Finding> findings = openings.stream()
                .filter(e -> !e.as(WebSocketOpening.class).orElseThrow().subprotocols().contains(MQTT))
                .map(e -> Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": the device opened a "
                        + "WebSocket offering the subprotocols " + e.as(WebSocketOpening.class).orElseThrow().subprotocols()
                        + ", without mqtt", e))
                .toList();
        return Outcome.judged(findings, openings);
    }

    private Outcome binaryFrames(List<Evidence> evidence) {
        List<Evidence> nonBinary = evidence.stream().filter(e -> e.as(NonBinaryFrame.class).isPresent()).toList();
        List<Evidence> packets = evidence.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(MqttPacket.class).isPresent()).toList();
        if (nonBinary.isEmpty() && packets.isEmpty()) {
            return Outcome.inconclusive("the device sent nothing over its WebSocket", List.of());
        }
        List<Finding> findings = nonBinary.stream().map(e -> Finding.of(requirement, "packet #" + e.seq() + " on "
                + e.connection() + ": the device sent a WebSocket " + e.as(NonBinaryFrame.class).orElseThrow().opcode()
                + " frame of " + e.bytes().length + " bytes; MQTT travels in binary frames only", e)).toList();
        List<Evidence> judged = new ArrayList<>(nonBinary);
        judged.addAll(packets);
        return Outcome.judged(findings, judged);
    }

    private Outcome acrossFrames(List<Evidence> evidence) {
        List<Evidence> marks = evidence.stream().filter(e -> e.as(SplitOverFrames.class).isPresent()).toList();
        if (marks.isEmpty()) {
            return Outcome.inconclusive("the suite's broker split no packet over WebSocket frames (it splits the CONNACK "
                    + "of the first connection it accepts)", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence mark : marks) {
            int before = judged.size();
            List<Evidence> after = evidence.stream().filter(e -> e.seq() > mark.seq() && e.connection().equals(mark.connection()))
                    .toList();
            if (mark.as(SplitOverFrames.class).orElseThrow().frames() > 1) {
                splitPacketRead(mark, after, judged).ifPresent(findings::add);
            } else {
                findings.addAll(joinedCommandsAnswered(mark, evidence, after, judged));
            }
            if (judged.size() > before) {
                judged.add(before, mark); // a mark counts only where the device's answer to it was seen
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent nothing on the connections after the packets the suite's broker "
                    + "split over WebSocket frames or joined in one, nor closed them, before the observation ended", marks);
        }
        return Outcome.judged(findings, judged);
    }

    /** After a packet split over frames, the device went on: it sent something other than DISCONNECT before the end. */
    private Optional<Finding> splitPacketRead(Evidence mark, List<Evidence> after, List<Evidence> judged) {
        for (Evidence e : after) {
            if (e.direction() == Direction.DEVICE_TO_SUITE && e.as(MqttPacket.class).isPresent()) {
                judged.add(e);
                return e.as(Disconnect.class).isPresent() ? Optional.of(Finding.of(requirement, "packet #" + e.seq() + " on "
                        + e.connection() + ": the device answered the CONNACK split over two WebSocket frames (#" + mark.seq()
                        + ") with " + e.decoded(), mark, e)) : Optional.empty();
            }
            if (e.as(ConnectionEnded.class).isPresent()) {
                judged.add(e);
                return Optional.of(Finding.of(requirement, "packet #" + e.seq() + ": connection " + e.connection() + " ended ("
                        + e.decoded() + ") with nothing from the device after the CONNACK split over two WebSocket frames (#"
                        + mark.seq() + ")", mark, e));
            }
        }
        return Optional.empty(); // still open, with nothing sent yet, when the observation ended: nothing to hold against it
    }

    /** Each command the broker sent in one frame with a SUBACK was answered on that connection. */
    private List<Finding> joinedCommandsAnswered(Evidence mark, List<Evidence> evidence, List<Evidence> after,
                                                 List<Evidence> judged) {
        List<Evidence> commands = new ArrayList<>();
        for (int i = evidence.indexOf(mark) - 1; i >= 0; i--) {
            Evidence e = evidence.get(i);
            if (!e.connection().equals(mark.connection()) || e.direction() != Direction.SUITE_TO_DEVICE) {
                continue;
            }
            if (e.as(Publish.class).isEmpty()) {
                break; // the SUBACK the commands came with
            }
            commands.add(0, e);
        }
        List<Finding> findings = new ArrayList<>();
        for (Evidence command : commands) {
            Publish p = command.as(Publish.class).orElseThrow();
            if (p.qos() == 0) {
                continue;
            }
            judged.add(command);
            PacketType answer = p.qos() == 1 ? PacketType.PUBACK : PacketType.PUBREC;
            Optional<Evidence> answered = after.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                    && e.as(PublishAck.class).filter(a -> a.type() == answer && a.packetId() == p.packetId()).isPresent())
                    .findFirst();
            answered.ifPresent(judged::add);
            if (answered.isEmpty()) {
                findings.add(Finding.of(requirement, "packet #" + command.seq() + " on " + command.connection() + ": the "
                        + "device never answered the command that came in one WebSocket frame with the SUBACK before it (#"
                        + mark.seq() + ")", mark, command));
            }
        }
        return findings;
    }
}
