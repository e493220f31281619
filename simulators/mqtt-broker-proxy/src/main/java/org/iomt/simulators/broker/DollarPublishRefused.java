package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;

/**
 * A client's PUBLISH to a topic beginning with $ never reaches the broker: the proxy answers an MQTT 5.0 client with
 * DISCONNECT, reason Topic Name invalid, and closes the connection (for a 3.1.1 client it only closes), as a broker
 * that keeps $ topics to itself does. The broker sees its client vanish.
 */
final class DollarPublishRefused implements PacketTransform {

    /** Topic Name invalid (MQTT 5.0 §3.14.2.1). */
    static final int TOPIC_NAME_INVALID = 0x90;

    @Override
    public void toBroker(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.topic().startsWith("$")).ifPresent(pub -> {
            p.drop();
            if (p.session().version() == MqttVersion.V5_0) {
                p.session().send(Direction.TO_CLIENT, new Disconnect(0, TOPIC_NAME_INVALID, MqttProperties.EMPTY));
            }
            p.session().resetUpstream();
        });
    }
}
