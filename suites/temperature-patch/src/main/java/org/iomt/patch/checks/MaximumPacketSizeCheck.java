package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MQTT 5.0: on a connection whose CONNACK announced a Maximum Packet Size, every packet the device sent after that
 * CONNACK is no larger, counting every byte of the packet from its fixed header on. Judged only where the device sent
 * something after such a CONNACK.
 */
public final class MaximumPacketSizeCheck implements Check {

    private final String requirement;

    public MaximumPacketSizeCheck(String requirement) {
        this.requirement = requirement;
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
        List<ConnackAnnouncements.SentUnder> sent = ConnackAnnouncements.sentAfter(evidence, connacks);
        if (sent.isEmpty()) {
            return Outcome.inconclusive("the device sent nothing after a CONNACK that announced a Maximum Packet Size "
                    + "(connections " + String.join(", ", connacks.keySet()) + ")", List.copyOf(connacks.values()));
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>(connacks.values());
        for (ConnackAnnouncements.SentUnder s : sent) {
            Evidence e = s.sent();
            judged.add(e);
            long maximum = ConnackAnnouncements.maximumPacketSize(s.connack());
            if (e.bytes().length > maximum) {
                findings.add(Finding.of(requirement, String.format("packet #%d: %s of %d bytes on connection %s, whose "
                        + "CONNACK (packet #%d) announced a Maximum Packet Size of %d bytes", e.seq(), e.decoded().split(" ", 2)[0],
                        e.bytes().length, e.connection(), s.connack().seq(), maximum), s.connack(), e));
            }
        }
        return Outcome.judged(findings, judged);
    }
}
