package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The broker, as the receiver of a QoS 2 PUBLISH whose Message Expiry Interval passed before its client released it,
 * still completes the flow: the PUBREL is answered with a PUBCOMP. Judged only when the broker opened the flow with a
 * PUBREC below 0x80 and the PUBREL went out after the interval had passed.
 */
public final class ExpiredReleaseCheck {

    /** The lowest reason code that reports a failure (MQTT 5.0 §2.4). */
    private static final int FAILURE = 0x80;

    private ExpiredReleaseCheck() {
    }

    /**
     * @param publish    the QoS 2 PUBLISH the suite sent, with a Message Expiry Interval
     * @param connection every entry of the publishing connection, in order
     * @param bound      how long the suite waited for the PUBCOMP
     */
    public static Outcome completedAfterExpiry(String requirement, Evidence publish, List<Evidence> connection, Duration bound) {
        Publish sent = publish.as(Publish.class).orElseThrow();
        int id = sent.packetId();
        String name = publish.connection();
        Optional<Evidence> pubrec = first(connection, publish, Direction.DEVICE_TO_SUITE, PacketType.PUBREC, id);
        if (pubrec.isEmpty()) {
            return Outcome.inconclusive("the broker sent no PUBREC for packet identifier " + id + " on connection " + name
                    + ", so no QoS 2 flow was opened to complete", connection);
        }
        int code = pubrec.get().as(PublishAck.class).orElseThrow().reasonCode();
        if (code >= FAILURE) {
            return Outcome.inconclusive("the broker refused the PUBLISH of packet identifier " + id + " on connection " + name
                    + " with PUBREC reason code 0x" + Integer.toHexString(code) + ", which ends the flow", List.of(publish,
                    pubrec.get()));
        }
        Optional<Evidence> pubrel = first(connection, pubrec.get(), Direction.SUITE_TO_DEVICE, PacketType.PUBREL, id);
        if (pubrel.isEmpty()) {
            return Outcome.inconclusive("the suite sent no PUBREL for packet identifier " + id + " on connection " + name,
                    List.of(publish, pubrec.get()));
        }
        Duration expiry = Duration.ofSeconds(sent.properties().first(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL)
                .map(p -> p.intValue()).orElse(0));
        Duration waited = Duration.ofNanos(pubrel.get().nanos() - publish.nanos());
        if (expiry.isZero() || waited.compareTo(expiry) <= 0) {
            return Outcome.inconclusive("the PUBREL of packet identifier " + id + " went out " + waited.toMillis() + " ms after "
                    + "its PUBLISH on connection " + name + ", within the PUBLISH's Message Expiry Interval of "
                    + expiry.toSeconds() + " s, so the message had not expired", List.of(publish, pubrel.get()));
        }
        return AnswerCheck.judge(requirement, pubrel.get(), connection, PublishAck.class,
                a -> a.type() == PacketType.PUBCOMP && a.packetId() == id,
                "a PUBCOMP for packet identifier " + id + ", whose message had expired before its PUBREL,", bound);
    }

    private static Optional<Evidence> first(List<Evidence> connection, Evidence after, Direction direction, PacketType type,
                                            int id) {
        return connection.stream().filter(e -> e.seq() > after.seq() && e.direction() == direction
                && e.as(PublishAck.class).filter(a -> a.type() == type && a.packetId() == id).isPresent()).findFirst();
    }
}
