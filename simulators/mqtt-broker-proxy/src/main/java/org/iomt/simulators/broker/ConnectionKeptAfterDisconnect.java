package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;

/**
 * After the broker sent an MQTT 5.0 client a DISCONNECT and closed, the client's side of the connection stays open;
 * whatever the client sends then is dropped, as a broker that neither closes nor listens would.
 */
final class ConnectionKeptAfterDisconnect implements PacketTransform {

    private boolean disconnected;

    @Override
    public void toClient(Passage p) {
        if (p.is(PacketType.DISCONNECT) && p.session().version() == MqttVersion.V5_0) {
            disconnected = true;
            p.session().keepClientOpenWhenBrokerCloses();
        }
    }

    @Override
    public void toBroker(Passage p) {
        if (disconnected) {
            p.drop();
        }
    }
}
