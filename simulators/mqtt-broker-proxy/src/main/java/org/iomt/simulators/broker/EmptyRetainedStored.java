package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Publish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A client's retained PUBLISH with an empty payload reaches the broker carrying a marker payload, so the broker stores
 * it as the topic's retained message; every PUBLISH carrying the marker reaches a client with its payload empty again.
 * A new subscriber then receives a retained message with an empty payload, as from a broker that stores them.
 */
final class EmptyRetainedStored implements PacketTransform {

    /** What the broker stores in place of the empty payload; no scenario publishes it. */
    private static final byte[] MARKER = "\u0000proxy: an empty retained payload\u0000".getBytes(StandardCharsets.UTF_8);

    @Override
    public void toBroker(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.retain() && pub.payload().length == 0)
                .ifPresent(pub -> p.replace(new Publish(pub.flags(), pub.topic(), pub.packetId(), pub.properties(), MARKER)));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> Arrays.equals(pub.payload(), MARKER))
                .ifPresent(pub -> p.replace(new Publish(pub.flags(), pub.topic(), pub.packetId(), pub.properties(), new byte[0])));
    }
}
