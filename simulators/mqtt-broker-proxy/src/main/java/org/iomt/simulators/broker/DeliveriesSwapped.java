package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Publish;

import java.util.concurrent.TimeUnit;

/**
 * The broker's QoS 1 PUBLISHes without RETAIN reach the client two by two in swapped order: each odd one is held
 * until the next one of its topic has gone ahead of it, or until another topic's comes or a moment has passed.
 */
final class DeliveriesSwapped implements PacketTransform {

    /** How long a held PUBLISH waits for the one to swap it with. */
    private static final long HOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(150);

    private Publish held;
    private long heldAt;

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() == 1 && !pub.retain()).ifPresent(pub -> {
            if (held == null) {
                held = pub;
                heldAt = System.nanoTime();
                p.drop();
            } else if (held.topic().equals(pub.topic())) {
                p.alsoForward(held);
                held = null;
            } else {
                p.replace(held);
                p.alsoForward(pub);
                held = null;
            }
        });
    }

    @Override
    public void tick(Session session, long nowNanos) {
        if (held != null && nowNanos - heldAt > HOLD_NANOS) {
            session.send(Direction.TO_CLIENT, held);
            held = null;
        }
    }
}
