package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

/**
 * On a connection whose CONNACK said a session was present, the broker's deliveries on topics ending
 * /every-session/readings never reach the client: the proxy drops them and acknowledges those at QoS 1 itself, so a
 * message published while the client was away looks as if it had been added only to the sessions of clients then
 * connected.
 */
final class AbsentSessionsSkipped implements PacketTransform {

    private static final String TOPIC_END = "/every-session/readings";

    private boolean resumed;

    @Override
    public void toClient(Passage p) {
        p.packet(Connack.class).ifPresent(c -> resumed = c.sessionPresent());
        p.packet(Publish.class).filter(pub -> resumed && pub.qos() == 1 && pub.topic().endsWith(TOPIC_END)).ifPresent(pub -> {
            p.drop();
            p.answer(PublishAck.puback(pub.packetId()));
        });
    }
}
