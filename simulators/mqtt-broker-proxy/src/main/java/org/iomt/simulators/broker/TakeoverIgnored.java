package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PacketType;

/**
 * A CONNECT whose client identifier another connection through the proxy holds reaches the broker under a changed
 * identifier, so the broker never takes the first connection over. A connection holds its identifier from its
 * CONNECT until it sends DISCONNECT or ends.
 */
final class TakeoverIgnored implements PacketTransform {

    private final ClientIdsInUse inUse;
    private String held;

    TakeoverIgnored(ClientIdsInUse inUse) {
        this.inUse = inUse;
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).filter(c -> !p.session().connectSeen() && !c.clientId().isEmpty()).ifPresent(c -> {
            if (inUse.take(c.clientId())) {
                held = c.clientId();
            } else {
                p.replace(ConnectEdits.withClientId(c, inUse.standIn(c.clientId())));
            }
        });
        if (p.is(PacketType.DISCONNECT)) {
            closed();
        }
    }

    @Override
    public void closed() {
        if (held != null) {
            inUse.release(held);
            held = null;
        }
    }
}
