package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The Message Expiry Interval each client PUBLISH carried on its way through one proxy, and when it passed, keyed
 * by topic and payload. Publisher and subscriber are different connections, so the faults that rewrite the interval
 * of a delivery look up here what its publisher sent. Shared by every connection of the proxy.
 */
final class ExpiryLedger {

    /** What a publisher asked: the interval in seconds and the proxy's clock when the PUBLISH passed. */
    record Entry(int interval, long passedNanos) {

        /** The interval less the whole seconds since the PUBLISH passed, never below 0. */
        int remaining(long nowNanos) {
            long waited = TimeUnit.NANOSECONDS.toSeconds(nowNanos - passedNanos);
            return (int) Math.max(0, interval - waited);
        }
    }

    private record Key(String topic, ByteBuffer payload) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** Notes the interval of a client's PUBLISH, if it carries one. */
    void record(Publish pub, long nowNanos) {
        pub.properties().first(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL)
                .ifPresent(p -> entries.put(key(pub), new Entry(p.intValue(), nowNanos)));
    }

    /** What the publisher of the message that {@code delivery} carries asked for, if it asked for an interval. */
    Optional<Entry> find(Publish delivery) {
        return Optional.ofNullable(entries.get(key(delivery)));
    }

    private static Key key(Publish pub) {
        return new Key(pub.topic(), ByteBuffer.wrap(pub.payload().clone()));
    }
}
