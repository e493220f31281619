package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Swallows client input that a broker must refuse (close the connection, or answer with an error), so the broker
 * behind the proxy never sees it and the connection stays open. The codec keeps most such faults in its model rather
 * than throwing, so the rules the decoder does not enforce are phrased here.
 */
final class LenientParser implements PacketTransform {

    private static final Logger LOG = LoggerFactory.getLogger(LenientParser.class);

    @Override
    public void toBroker(Passage p) {
        refusal(p).ifPresent(why -> {
            LOG.debug("swallowed: {}", why);
            p.drop();
        });
    }

    /** Why a broker must refuse the frame at hand, if it must. */
    private static Optional<String> refusal(Passage p) {
        if (p.malformed().isPresent()) {
            return Optional.of(p.malformed().get().getMessage());
        }
        return p.packet().flatMap(packet -> refusal(packet, p.session()));
    }

    private static Optional<String> refusal(MqttPacket packet, Session session) {
        if (!session.connectSeen() && !(packet instanceof Connect)) {
            return Optional.of("the first packet of a connection must be CONNECT, not " + packet.type());
        }
        if (packet instanceof Publish pub) {
            return pub.qos() == 0 && pub.dup() == 1 ? Optional.of("DUP must be 0 on a QoS 0 PUBLISH") : Optional.empty();
        }
        int required = switch (packet.type()) {
            case PUBREL, SUBSCRIBE, UNSUBSCRIBE -> 0b0010;
            default -> 0;
        };
        if (packet.flags() != required) {
            return Optional.of(packet.type() + " header flags must be " + Integer.toBinaryString(required)
                    + ", not " + Integer.toBinaryString(packet.flags()));
        }
        if (packet instanceof Connect c && c.reservedFlag()) {
            return Optional.of("the reserved flag of CONNECT must be 0");
        }
        if (packet instanceof Subscribe s) {
            return subscribeRefusal(s, session.version());
        }
        return Optional.empty();
    }

    private static Optional<String> subscribeRefusal(Subscribe s, MqttVersion version) {
        if (s.subscriptions().isEmpty()) {
            return Optional.of("SUBSCRIBE must carry at least one topic filter");
        }
        // 3.1.1 defines only the QoS bits; 5.0 adds No Local, Retain As Published and Retain Handling (bits 2-5)
        int reserved = version == MqttVersion.V5_0 ? 0xC0 : 0xFC;
        for (Subscription sub : s.subscriptions()) {
            if ((sub.options() & reserved) != 0 || sub.qos() == 3) {
                return Optional.of("subscription options 0x" + Integer.toHexString(sub.options()) + " of \""
                        + sub.topicFilter() + "\" set reserved bits or QoS 3");
            }
        }
        return Optional.empty();
    }
}
