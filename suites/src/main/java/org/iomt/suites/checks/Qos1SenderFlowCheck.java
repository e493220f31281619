package org.iomt.suites.checks;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.suites.model.Direction;
import org.iomt.suites.model.Evidence;
import org.iomt.suites.model.Finding;
import org.iomt.suites.model.Outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The QoS 1 sender's part of the exchange: a new message goes out with DUP clear, under a packet identifier that
 * no unacknowledged message of the same connection holds; the identifier is free again once PUBACK came.
 */
public record Qos1SenderFlowCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        Map<String, Map<Integer, byte[]>> unacknowledged = new HashMap<>();
        for (Evidence e : evidence) {
            Map<Integer, byte[]> pending = unacknowledged.computeIfAbsent(e.connection(), k -> new HashMap<>());
            if (e.direction() == Direction.SUITE_TO_DEVICE) {
                e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK).ifPresent(a -> pending.remove(a.packetId()));
                continue;
            }
            Publish p = e.as(Publish.class).filter(x -> x.qos() == 1 && e.direction() == Direction.DEVICE_TO_SUITE).orElse(null);
            if (p == null) {
                continue;
            }
            judged.add(e);
            byte[] holder = pending.get(p.packetId());
            boolean retransmission = holder != null && Arrays.equals(holder, p.payload());
            if (holder != null && !retransmission) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + ": packet identifier " + p.packetId()
                        + " given to a new message while an earlier message under it is unacknowledged", e));
            }
            if (!retransmission && p.dup() == 1) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + ": first transmission of a QoS 1 message"
                        + " has DUP set, expected DUP 0", e));
            }
            pending.put(p.packetId(), p.payload());
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no QoS 1 PUBLISH was observed", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
