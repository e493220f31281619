package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.patch.checks.SuiteExchanges.Exchange;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The device keeps its session state while its connection is open: a QoS 2 reading whose PUBREC the suite sends late,
 * on the connection the reading went out on, is still held, so the device releases it under its packet identifier
 * (MQTT 5.0: with a reason code below 0x80). It fails when the device answers with PUBREL 0x92 (Packet Identifier not
 * found), or keeps talking on the open connection for {@link #ANSWER_BOUND} without releasing it.
 *
 * @param requirement the requirement the findings cite
 */
public record SessionStateKeptCheck(String requirement) implements Check {

    /**
     * How long after its QoS 2 PUBLISH a PUBREC must come for it to be judged: a PUBREC that comes at once shows the
     * message held only for a round trip, while one a second later, several reporting and Keep Alive ticks of a device
     * that keeps time in fractions of a second, shows whether the message stayed in the session while the connection
     * carried on.
     */
    static final Duration LATE_RECEIPT = Duration.ofSeconds(1);
    /**
     * How long the device has to release a late PUBREC before its silence counts: a PUBREL is due as soon as the PUBREC
     * is read, and two seconds leave a loaded machine's delays ample room.
     */
    static final Duration ANSWER_BOUND = Duration.ofSeconds(2);
    /** The PUBREL reason code of MQTT 5.0 that says the sender holds no message under the identifier. */
    private static final int PACKET_ID_NOT_FOUND = 0x92;

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Exchange> exchanges = SuiteExchanges.pair(evidence,
                e -> e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREC && a.reasonCode() < 0x80).map(PublishAck::packetId),
                e -> e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL).map(PublishAck::packetId));
        long end = evidence.isEmpty() ? 0 : evidence.get(evidence.size() - 1).nanos();
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        List<Evidence> otherIdentifier = new ArrayList<>();
        for (Exchange x : exchanges) {
            Optional<Evidence> publish = publishAnswered(evidence, x.sent(), x.sentId());
            if (publish.isEmpty() || x.sent().nanos() - publish.get().nanos() < LATE_RECEIPT.toNanos()) {
                continue;
            }
            String late = "the PUBREC of packet #" + x.sent().seq() + " (packet identifier " + x.sentId() + "), sent "
                    + millis(x.sent().nanos() - publish.get().nanos()) + " ms after the QoS 2 PUBLISH of packet #"
                    + publish.get().seq() + " on the same open connection";
            if (x.answer().isPresent()) {
                Evidence answer = x.answer().get();
                PublishAck release = answer.as(PublishAck.class).orElseThrow();
                if (release.packetId() != x.sentId()) {
                    otherIdentifier.addAll(List.of(x.sent(), answer)); // says nothing of the message held under this one
                    continue;
                }
                if (release.reasonCode() == PACKET_ID_NOT_FOUND) {
                    judged.addAll(List.of(publish.get(), x.sent(), answer));
                    findings.add(Finding.of(requirement, "packet #" + answer.seq() + " on " + answer.connection()
                            + ": PUBREL 0x92 (Packet Identifier not found) answers " + late + ": the device discarded "
                            + "the message from its session while the connection was open", publish.get(), x.sent(), answer));
                } else if (release.reasonCode() < 0x80) {
                    judged.addAll(List.of(publish.get(), x.sent(), answer));
                }
                continue;
            }
            long horizon = x.ended().map(Evidence::nanos).orElse(end);
            Optional<Evidence> control = evidence.stream().filter(e -> e.seq() > x.sent().seq()
                    && e.direction() == Direction.DEVICE_TO_SUITE && e.connection().equals(x.sent().connection())).findFirst();
            if (horizon - x.sent().nanos() < ANSWER_BOUND.toNanos() || control.isEmpty()) {
                continue;
            }
            judged.addAll(List.of(publish.get(), x.sent(), control.get()));
            findings.add(Finding.of(requirement, "packet #" + x.sent().seq() + " on " + x.sent().connection() + ": no PUBREL "
                    + "answers " + late + ", though the connection stayed open " + millis(horizon - x.sent().nanos())
                    + " ms more and the device sent packet #" + control.get().seq() + " there: the device no longer held "
                    + "the message in its session", publish.get(), x.sent(), control.get()));
        }
        if (judged.isEmpty() && !otherIdentifier.isEmpty()) {
            return Outcome.inconclusive("every PUBREC of the suite that came " + LATE_RECEIPT.toMillis() + " ms or more "
                    + "after its QoS 2 PUBLISH was answered with a PUBREL under another packet identifier (packets "
                    + otherIdentifier.stream().map(e -> "#" + e.seq()).toList() + "), which does not show whether the "
                    + "device still held the message", otherIdentifier);
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no PUBREC of the suite came " + LATE_RECEIPT.toMillis() + " ms or more after the "
                    + "device's QoS 2 PUBLISH it acknowledges, on a connection that stayed open for the device's answer", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    /** The device's last QoS 2 PUBLISH under the PUBREC's identifier on its connection before it, if any. */
    private static Optional<Evidence> publishAnswered(List<Evidence> evidence, Evidence receipt, int packetId) {
        Evidence found = null;
        for (Evidence e : evidence) {
            if (e.seq() >= receipt.seq()) {
                break;
            }
            if (e.direction() == Direction.DEVICE_TO_SUITE && e.connection().equals(receipt.connection())
                    && e.as(Publish.class).filter(p -> p.qos() == 2 && p.packetId() == packetId).isPresent()) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
