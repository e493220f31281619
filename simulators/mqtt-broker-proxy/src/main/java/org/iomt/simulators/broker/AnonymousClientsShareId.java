package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;

/**
 * Every CONNECT without client identifier that asks for a clean session reaches the broker under one and the same
 * identifier, so each such client takes over the one before it; an MQTT 5.0 client is told that identifier as its
 * Assigned Client Identifier, as a broker handing out a constant would.
 */
final class AnonymousClientsShareId implements PacketTransform {

    /** The identifier every anonymous client gets. */
    static final String SHARED = "anonymous";

    private boolean assigned;

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).filter(c -> c.clientId().isEmpty() && c.cleanStart()).ifPresent(c -> {
            assigned = true;
            p.replace(ConnectEdits.withClientId(c, SHARED));
        });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Connack.class).filter(c -> assigned && c.reasonCode() == 0 && p.session().version() == MqttVersion.V5_0)
                .ifPresent(c -> p.replace(new Connack(c.flags(), c.sessionPresent(), c.reasonCode(),
                        c.properties().with(MqttPropertyId.ASSIGNED_CLIENT_IDENTIFIER, SHARED))));
    }
}
