package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPacketRules;
import org.iomt.standards.mqtt.MqttVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Swallows an MQTT 5.0 client packet whose properties break the property table (one its type may not carry, or a
 * single-use one twice), so the broker never sees it and the connection stays open, as a broker that skips what it
 * does not expect would. Frames the decoder cannot read at all (an unknown identifier, a length that runs over) pass on.
 */
final class MalformedPropertiesTolerated implements PacketTransform {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedPropertiesTolerated.class);

    @Override
    public void toBroker(Passage p) {
        p.packet().filter(packet -> p.session().version() == MqttVersion.V5_0 || packet instanceof Connect c
                && c.protocolLevel() == 5).ifPresent(packet -> {
            List<String> broken = MqttPacketRules.propertyViolations(packet);
            if (!broken.isEmpty()) {
                LOG.debug("swallowed: {}", broken);
                p.drop();
            }
        });
    }
}
