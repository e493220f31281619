package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashMap;
import java.util.Map;

/**
 * The broker's PUBREL reaches the client under another packet identifier (the broker's with its top bit flipped),
 * and the client's PUBCOMP for that identifier reaches the broker under the broker's, so the broker's flow still ends.
 */
final class PubrelIdChanged implements PacketTransform {

    private static final int TOP_BIT = 0x8000;

    /** The identifier the client saw, to the broker's. */
    private final Map<Integer, Integer> changed = new HashMap<>();

    @Override
    public void toClient(Passage p) {
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL).ifPresent(a -> {
            int id = a.packetId() ^ TOP_BIT;
            changed.put(id, a.packetId());
            p.replace(new PublishAck(PacketType.PUBREL, a.flags(), id, a.reasonCode(), a.properties()));
        });
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBCOMP && changed.containsKey(a.packetId())).ifPresent(a ->
                p.replace(new PublishAck(PacketType.PUBCOMP, a.flags(), changed.remove(a.packetId()), a.reasonCode(), a.properties())));
    }
}
