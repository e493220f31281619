package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;

/**
 * After the broker refused the CONNECT (a CONNACK with a failure code) and closed, the client's side of the
 * connection stays open; whatever the client sends then is dropped, as a broker that ignores it would.
 */
final class RefusedConnectionKeptOpen implements PacketTransform {

    private boolean refused;

    @Override
    public void toClient(Passage p) {
        p.packet(Connack.class).filter(c -> c.reasonCode() != 0).ifPresent(c -> {
            refused = true;
            p.session().keepClientOpenWhenBrokerCloses();
        });
    }

    @Override
    public void toBroker(Passage p) {
        if (refused) {
            p.drop();
        }
    }
}
