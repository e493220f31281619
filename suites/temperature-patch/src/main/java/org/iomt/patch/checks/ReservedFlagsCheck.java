package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.PacketType;

import java.util.ArrayList;
import java.util.List;

/**
 * Every packet the device sent, other than PUBLISH (whose flags carry DUP, QoS and RETAIN), has the reserved
 * fixed-header flags its type prescribes: 0010 for PUBREL, SUBSCRIBE and UNSUBSCRIBE, 0000 for the others
 * (MQTT 3.1.1 §2.2.2, 5.0 §2.1.3).
 */
public record ReservedFlagsCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.direction() != Direction.DEVICE_TO_SUITE || e.as(MqttPacket.class).isEmpty()) {
                continue;
            }
            MqttPacket packet = e.as(MqttPacket.class).get();
            if (packet.type() == PacketType.PUBLISH) {
                continue;
            }
            judged.add(e);
            int required = reservedFlags(packet.type());
            int flags = packet.flags() & 0x0F;
            if (flags != required) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": " + packet.type()
                        + " has fixed-header flags " + bits(flags) + ", expected " + bits(required), e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no packet other than PUBLISH during the observation window", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private static int reservedFlags(PacketType type) {
        return switch (type) {
            case PUBREL, SUBSCRIBE, UNSUBSCRIBE -> 0b0010;
            default -> 0;
        };
    }

    private static String bits(int flags) {
        return String.format("%4s", Integer.toBinaryString(flags)).replace(' ', '0');
    }
}
