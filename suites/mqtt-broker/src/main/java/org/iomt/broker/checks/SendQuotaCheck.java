package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The broker's send quota towards an MQTT 5.0 client that announced Receive Maximum 1 (§4.9): the quota starts at one,
 * so the first QoS 1 delivery goes out at once and the next waits for the client's PUBACK; while it waits, the broker
 * still answers the client's other packets.
 */
public final class SendQuotaCheck {

    private SendQuotaCheck() {
    }

    /**
     * @param connection every entry of the client's connection, in order: its PUBACK for the first delivery is the only
     *                   acknowledgement it sent
     * @param ack        the client's PUBACK for the first delivery
     * @param held       the payload of the message the broker had to hold until that PUBACK
     */
    public static Outcome heldUntilAcknowledged(String requirement, List<Evidence> connection, Evidence ack, String held) {
        List<Evidence> before = deliveries(connection.stream().filter(e -> e.seq() < ack.seq()).toList());
        Set<Integer> outstanding = new LinkedHashSet<>();
        before.forEach(e -> outstanding.add(e.as(Publish.class).orElseThrow().packetId()));
        if (outstanding.size() > 1) {
            return Outcome.judged(List.of(new Finding(requirement, "expected at most one unacknowledged delivery at QoS 1 or "
                    + "2 on connection " + ack.connection() + ", whose client announced Receive Maximum 1; the broker sent "
                    + outstanding.size() + " before the client's first PUBACK", before)), before);
        }
        if (before.isEmpty()) {
            return Outcome.inconclusive("no QoS 1 or QoS 2 delivery reached connection " + ack.connection() + " before the "
                    + "client's acknowledgement, so its send quota was never used", connection);
        }
        List<Evidence> after = deliveries(connection.stream().filter(e -> e.seq() > ack.seq()).toList());
        Optional<Evidence> release = DeliveryCheck.find(after, held);
        List<Evidence> judged = new ArrayList<>(before);
        judged.add(ack);
        release.ifPresent(judged::add);
        if (release.isEmpty()) {
            return Outcome.inconclusive("the broker did not send \"" + held + "\" on connection " + ack.connection()
                    + " even after the client acknowledged the first delivery, so it is not shown that it held a message back for the quota", judged);
        }
        return Outcome.judged(List.of(), judged);
    }

    /**
     * @param connection every entry of the client's connection, in order
     * @param waiting    the delivery the client left unacknowledged, which used up its quota
     * @param requests   the packets the client sent while the quota was zero (a PINGREQ, a SUBSCRIBE)
     * @param bound      how long the suite waited for each answer
     */
    public static Outcome answeredWhileQuotaZero(String requirement, List<Evidence> connection, Optional<Evidence> waiting,
                                                 List<Evidence> requests, Duration bound) {
        if (waiting.isEmpty()) {
            return Outcome.inconclusive("no QoS 1 delivery reached connection " + connectionOf(requests)
                    + ", so its send quota never fell to zero", connection);
        }
        boolean acknowledged = connection.stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.seq() < requests.get(requests.size() - 1).seq() && e.as(PublishAck.class).isPresent());
        if (acknowledged) {
            return Outcome.inconclusive("the client on connection " + connectionOf(requests) + " acknowledged a delivery "
                    + "before its requests, so its quota was not shown to be zero", connection);
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>(List.of(waiting.get()));
        for (Evidence request : requests) {
            Optional<Evidence> answer = connection.stream().filter(e -> e.seq() > request.seq()
                    && e.direction() == Direction.DEVICE_TO_SUITE && answers(request, e)).findFirst();
            judged.add(request);
            answer.ifPresentOrElse(judged::add, () -> findings.add(new Finding(requirement, "expected an answer to "
                    + request.decoded() + " on connection " + request.connection() + " within " + bound.toMillis()
                    + " ms while " + waiting.get().decoded() + " awaited the client's acknowledgement; none came",
                    List.of(waiting.get(), request))));
        }
        return Outcome.judged(findings, judged);
    }

    private static boolean answers(Evidence request, Evidence e) {
        Optional<MqttPacket> sent = request.as(MqttPacket.class);
        if (sent.map(MqttPacket::type).orElse(null) == PacketType.PINGREQ) {
            return e.as(PingResp.class).isPresent();
        }
        int id = request.as(Subscribe.class).map(s -> s.packetId()).orElse(-1);
        return e.as(Suback.class).filter(s -> s.packetId() == id).isPresent();
    }

    private static List<Evidence> deliveries(List<Evidence> entries) {
        return entries.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Publish.class).filter(p -> p.qos() > 0).isPresent()).toList();
    }

    private static String connectionOf(List<Evidence> requests) {
        return requests.isEmpty() ? "(none)" : requests.get(0).connection();
    }
}
