package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Message Expiry Interval a broker forwards with a message that waited in a session while its subscriber was
 * away (MQTT 5.0 §3.3.2.3.3), judged on the evidence of the publisher's and the returning subscriber's connections.
 * Brokers count the interval in whole seconds, so the forwarded value may differ from the exact remaining time by
 * up to a second either way.
 */
public final class MessageExpiryCheck {

    private MessageExpiryCheck() {
    }

    /**
     * The interval forwarded with the message is the published one less the time it waited: at most the published
     * value less the whole seconds between the broker's acknowledgement and the subscriber's return, at least the
     * published value less the time from publishing to delivery, rounded up, and one second of counting.
     *
     * @param publisher  the publisher's connection, with its QoS 1 PUBLISH and the broker's PUBACK
     * @param subscriber the returning subscriber's connection, from its CONNECT to the delivery
     */
    public static Outcome reducedByTimeWaited(String requirement, List<Evidence> publisher, List<Evidence> subscriber, String payload) {
        Optional<Evidence> published = publisher.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && DeliveryCheck.payloadOf(e).equals(payload)).findFirst();
        Optional<Evidence> resumed = subscriber.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(Connect.class).isPresent()).findFirst();
        Optional<Evidence> delivery = DeliveryCheck.find(subscriber.stream()
                .filter(e -> e.direction() == Direction.DEVICE_TO_SUITE).toList(), payload);
        if (published.isEmpty() || resumed.isEmpty()) {
            return Outcome.inconclusive("the evidence lacks the PUBLISH of \"" + payload + "\" or the subscriber's CONNECT",
                    subscriber);
        }
        Publish sent = published.get().as(Publish.class).orElseThrow();
        Optional<Evidence> stored = publisher.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(PublishAck.class)
                .filter(a -> a.type() == PacketType.PUBACK && a.packetId() == sent.packetId()).isPresent()).findFirst();
        Optional<Integer> asked = sent.properties().first(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL).map(p -> p.intValue());
        if (stored.isEmpty() || asked.isEmpty()) {
            return Outcome.inconclusive("the broker did not acknowledge \"" + payload + "\", or it was published without a Message "
                    + "Expiry Interval", publisher);
        }
        if (delivery.isEmpty()) {
            return Outcome.inconclusive("\"" + payload + "\" was not delivered to the returning subscriber, so the interval "
                    + "forwarded with it cannot be judged", subscriber);
        }
        long leastWait = seconds(resumed.get().nanos() - stored.get().nanos(), false);
        long mostWait = seconds(delivery.get().nanos() - published.get().nanos(), true);
        List<Evidence> judged = List.of(published.get(), stored.get(), resumed.get(), delivery.get());
        if (leastWait < 1) {
            return Outcome.inconclusive("the message waited less than a second, too little to see its interval reduced", judged);
        }
        Optional<Integer> forwarded = delivery.get().as(Publish.class).orElseThrow().properties()
                .first(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL).map(p -> p.intValue());
        long highest = asked.get() - leastWait;
        long lowest = asked.get() - mostWait - 1;
        if (forwarded.isEmpty()) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected \"" + payload + "\" to be forwarded with a Message "
                    + "Expiry Interval of " + lowest + " to " + highest + " s (published with " + asked.get() + " s, waited "
                    + leastWait + " to " + mostWait + " s); it carried none", delivery.get())), judged);
        }
        if (forwarded.get() > highest || forwarded.get() < lowest) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected \"" + payload + "\" to be forwarded with a Message "
                    + "Expiry Interval of " + lowest + " to " + highest + " s (published with " + asked.get() + " s, waited "
                    + leastWait + " to " + mostWait + " s); it carried " + forwarded.get() + " s", delivery.get())), judged);
        }
        return Outcome.judged(List.of(), judged);
    }

    private static long seconds(long nanos, boolean roundUp) {
        long whole = TimeUnit.NANOSECONDS.toSeconds(nanos);
        return roundUp && TimeUnit.SECONDS.toNanos(whole) < nanos ? whole + 1 : whole;
    }
}
