package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPackets;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Unsuback;

/**
 * Tells an MQTT 5.0 client what its CONNECT said it did not want to be told: Response Information in the CONNACK
 * where it set Request Response Information to 0, or a Reason String on every acknowledgement where it set Request
 * Problem Information to 0.
 */
final class UnaskedInformation implements PacketTransform {

    /** Which request the fault disregards. */
    enum Request {
        RESPONSE_INFORMATION(MqttPropertyId.REQUEST_RESPONSE_INFORMATION),
        PROBLEM_INFORMATION(MqttPropertyId.REQUEST_PROBLEM_INFORMATION);

        private final MqttPropertyId property;

        Request(MqttPropertyId property) {
            this.property = property;
        }
    }

    private static final String REASON = "added by the fault-injecting proxy";

    private final Request disregarded;
    private boolean askedForNone;

    UnaskedInformation(Request disregarded) {
        this.disregarded = disregarded;
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).ifPresent(c -> askedForNone = c.properties().first(disregarded.property)
                .filter(property -> Integer.valueOf(0).equals(property.value())).isPresent());
    }

    @Override
    public void toClient(Passage p) {
        if (!askedForNone) {
            return;
        }
        if (disregarded == Request.RESPONSE_INFORMATION) {
            p.packet(Connack.class).ifPresent(c -> p.replace(new Connack(c.flags(), c.sessionPresent(), c.reasonCode(),
                    c.properties().with(MqttPropertyId.RESPONSE_INFORMATION, "iomt/responses"))));
            return;
        }
        p.packet(MqttPacket.class).filter(a -> a instanceof Suback || a instanceof Unsuback || a instanceof PublishAck)
                .ifPresent(a -> p.replace(MqttPackets.withProperties(a,
                        MqttPackets.properties(a).with(MqttPropertyId.REASON_STRING, REASON))));
    }
}
