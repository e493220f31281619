package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PingResp;

/**
 * Sends a PINGRESP just before the broker's CONNACK on the packet-form exchange's connection only (its client
 * identifier tells it), so that clients which give up such a connection, as Eclipse Paho's does, are not touched.
 */
final class ExchangeConnackPreceded implements PacketTransform {

    private boolean exchange;

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).ifPresent(c -> exchange = PacketFormExchange.clientId(c.clientId()));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Connack.class).filter(c -> exchange).ifPresent(c -> {
            p.replace(new PingResp(0));
            p.alsoForward(c);
        });
    }
}
