package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries a client's Topic Alias mappings from one connection to the next: a PUBLISH by alias alone, on a connection
 * that never set that alias up, gets the topic an earlier connection of the same client identifier mapped it to,
 * so the broker delivers it there instead of refusing an alias it does not know.
 */
final class AliasesCarriedOver implements PacketTransform {

    private final AliasesByClient remembered;
    private final Map<Integer, String> ownAliases = new HashMap<>();
    private String clientId;

    AliasesCarriedOver(AliasesByClient remembered) {
        this.remembered = remembered;
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).filter(c -> !p.session().connectSeen() && !c.clientId().isEmpty())
                .ifPresent(c -> clientId = c.clientId());
        p.packet(Publish.class).filter(pub -> clientId != null).ifPresent(pub -> pub.properties()
                .first(MqttPropertyId.TOPIC_ALIAS).map(MqttProperty::intValue).ifPresent(alias -> {
                    if (!pub.topic().isEmpty()) {
                        ownAliases.put(alias, pub.topic());
                        remembered.remember(clientId, alias, pub.topic());
                    } else if (!ownAliases.containsKey(alias)) {
                        remembered.topic(clientId, alias).ifPresent(topic -> p.replace(
                                new Publish(pub.flags(), topic, pub.packetId(), pub.properties(), pub.payload())));
                    }
                }));
    }
}
