package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;

/**
 * At most one QoS 1 or QoS 2 PUBLISH from the broker is unacknowledged at the client at a time: later PUBLISHes (QoS 0
 * ones too, to keep their order) wait in the proxy until the client's PUBACK, or PUBCOMP, for the outstanding one
 * passes. What is held when the connection ends is dropped: the broker counts it as sent and sends it again, marked
 * DUP, when the session resumes.
 */
final class OneInFlight implements PacketTransform {

    private final Deque<Publish> held = new ArrayDeque<>();
    private OptionalInt outstanding = OptionalInt.empty();

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).ifPresent(pub -> {
            boolean resendOfOutstanding = outstanding.isPresent() && pub.qos() > 0 && pub.packetId() == outstanding.getAsInt();
            if (resendOfOutstanding) {
                return;
            }
            if (outstanding.isPresent() || !held.isEmpty()) {
                p.drop();
                held.add(pub);
            } else if (pub.qos() > 0) {
                outstanding = OptionalInt.of(pub.packetId());
            }
        });
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(PublishAck.class).filter(OneInFlight::endsFlow)
                .filter(ack -> outstanding.isPresent() && ack.packetId() == outstanding.getAsInt())
                .ifPresent(ack -> release(p.session()));
    }

    /** A PUBACK, a PUBCOMP, or a PUBREC refusing the message (reason 0x80 or above) ends a flow the broker started. */
    private static boolean endsFlow(PublishAck ack) {
        return ack.type() == PacketType.PUBACK || ack.type() == PacketType.PUBCOMP
                || ack.type() == PacketType.PUBREC && ack.reasonCode() >= 0x80;
    }

    /** Sends held PUBLISHes up to and including the next one that needs an acknowledgement. */
    private void release(Session session) {
        outstanding = OptionalInt.empty();
        while (!held.isEmpty() && outstanding.isEmpty()) {
            Publish next = held.poll();
            if (next.qos() > 0) {
                outstanding = OptionalInt.of(next.packetId());
            }
            session.send(Direction.TO_CLIENT, next);
        }
    }
}
