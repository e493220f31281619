package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
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
            return Outcome.inconclusive("the suite's broker announced a Maximum Packet Size on no connection of the device "
                    + "(it does so from the device's second accepted connection on)", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>(connacks.values());
        int packets = 0;
        for (Evidence e : evidence) {
            Evidence connack = connacks.get(e.connection());
            if (connack == null || e.seq() < connack.seq() || e.direction() != Direction.DEVICE_TO_SUITE
                    || e.bytes().length == 0) {
                continue;
            }
            packets++;
            judged.add(e);
            int maximum = ConnackAnnouncements.value(connack, MqttPropertyId.MAXIMUM_PACKET_SIZE);
            if (Integer.toUnsignedLong(e.bytes().length) > Integer.toUnsignedLong(maximum)) {
                findings.add(Finding.of(requirement, String.format("packet #%d: %s of %d bytes on connection %s, whose "
                        + "CONNACK (packet #%d) announced a Maximum Packet Size of %s bytes", e.seq(), e.decoded().split(" ", 2)[0],
                        e.bytes().length, e.connection(), connack.seq(), Integer.toUnsignedString(maximum)), connack, e));
            }
        }
        if (packets == 0) {
            return Outcome.inconclusive("the device sent nothing after a CONNACK that announced a Maximum Packet Size "
                    + "(connections " + String.join(", ", connacks.keySet()) + ")", List.copyOf(connacks.values()));
        }
        return Outcome.judged(findings, judged);
    }
}
