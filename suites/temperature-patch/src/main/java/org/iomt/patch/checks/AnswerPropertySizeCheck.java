package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPackets;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MQTT 5.0: on a connection whose CONNACK announced a Maximum Packet Size, the device leaves an optional property (a
 * Reason String or User Property) out of an answer (PUBACK, PUBREC, PUBREL, PUBCOMP), a DISCONNECT or an AUTH that it
 * would make larger than that size. Judged on the packets of the type the device sent after such a CONNACK; a device need not send
 * a DISCONNECT, so without one there is nothing to judge.
 */
public final class AnswerPropertySizeCheck implements Check {

    /** The optional properties a sender must leave out of a packet they would make too large. */
    public enum OptionalProperty {
        REASON_STRING("Reason String", MqttPropertyId.REASON_STRING),
        USER_PROPERTY("User Property", MqttPropertyId.USER_PROPERTY);

        private final String title;
        private final MqttPropertyId id;

        OptionalProperty(String title, MqttPropertyId id) {
            this.title = title;
            this.id = id;
        }

        /** The property of this title, as the specification names it ("Reason String", "User Property"). */
        public static OptionalProperty titled(String title) {
            for (OptionalProperty p : values()) {
                if (p.title.equals(title)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no optional property titled " + title);
        }
    }

    private final String requirement;
    private final PacketType answer;
    private final OptionalProperty property;

    public AnswerPropertySizeCheck(String requirement, PacketType answer, OptionalProperty property) {
        this.requirement = requirement;
        this.answer = answer;
        this.property = property;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Map<String, Evidence> connacks = ConnackAnnouncements.announcing(evidence, MqttPropertyId.MAXIMUM_PACKET_SIZE);
        if (connacks.isEmpty()) {
            return Outcome.inconclusive(ConnackAnnouncements.NO_MAXIMUM_PACKET_SIZE, List.of());
        }
        List<ConnackAnnouncements.SentUnder> answers = ConnackAnnouncements.sentAfter(evidence, connacks).stream()
                .filter(s -> s.sent().as(MqttPacket.class).filter(p -> p.type() == answer).isPresent()).toList();
        if (answers.isEmpty()) {
            String reason = "the device sent no " + answer + " on a connection whose CONNACK announced a Maximum Packet Size "
                    + "(connections " + String.join(", ", connacks.keySet()) + ")";
            return answer == PacketType.DISCONNECT
                    ? Outcome.notApplicable(reason + "; a client may close a connection without one", List.copyOf(connacks.values()))
                    : Outcome.inconclusive(reason, List.copyOf(connacks.values()));
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>(connacks.values());
        for (ConnackAnnouncements.SentUnder s : answers) {
            Evidence e = s.sent();
            judged.add(e);
            long maximum = ConnackAnnouncements.maximumPacketSize(s.connack());
            if (e.bytes().length > maximum && carries(e)) {
                findings.add(Finding.of(requirement, String.format("packet #%d: %s %s of %d bytes on connection %s carries a "
                        + "%s, though the CONNACK (packet #%d) announced a Maximum Packet Size of %d bytes: %s", e.seq(),
                        answer == PacketType.AUTH ? "an" : "a", answer, e.bytes().length, e.connection(), property.title, s.connack().seq(), maximum, e.decoded()),
                        s.connack(), e));
            }
        }
        return Outcome.judged(findings, judged);
    }

    private boolean carries(Evidence e) {
        return e.as(MqttPacket.class).map(MqttPackets::properties).filter(p -> p.first(property.id).isPresent()).isPresent();
    }
}
