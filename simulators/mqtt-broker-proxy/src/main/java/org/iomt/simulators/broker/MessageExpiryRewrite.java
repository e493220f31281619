package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;

import java.util.List;

/**
 * The two Message Expiry faults. {@link Mode#IGNORED}: the broker never sees a client's interval, so it keeps the
 * message for good, while each delivery gets the interval back, less the time since it was published, so that only
 * the deletion of expired messages looks broken. {@link Mode#NOT_DECREMENTED}: each delivery carries the interval
 * exactly as its publisher gave it, however long the message waited.
 */
final class MessageExpiryRewrite implements PacketTransform {

    enum Mode { IGNORED, NOT_DECREMENTED }

    private static final MqttPropertyId EXPIRY = MqttPropertyId.MESSAGE_EXPIRY_INTERVAL;

    private final Mode mode;
    private final ExpiryLedger ledger;

    MessageExpiryRewrite(Mode mode, ExpiryLedger ledger) {
        this.mode = mode;
        this.ledger = ledger;
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.properties().first(EXPIRY).isPresent()).ifPresent(pub -> {
            ledger.record(pub, System.nanoTime());
            if (mode == Mode.IGNORED) {
                p.replace(pub.withProperties(pub.properties().without(EXPIRY)));
            }
        });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).ifPresent(pub -> ledger.find(pub).ifPresent(asked -> {
            if (mode == Mode.NOT_DECREMENTED && pub.properties().first(EXPIRY).isEmpty()) {
                return;
            }
            int interval = mode == Mode.IGNORED ? asked.remaining(System.nanoTime()) : asked.interval();
            MqttProperties edited = withInterval(pub.properties(), interval);
            if (!edited.equals(pub.properties())) {
                p.replace(pub.withProperties(edited));
            }
        }));
    }

    /** The properties with the interval replaced where it stands, or added at the end when there is none. */
    private static MqttProperties withInterval(MqttProperties properties, int interval) {
        if (properties.first(EXPIRY).isEmpty()) {
            return properties.with(EXPIRY, interval);
        }
        List<MqttProperty> list = properties.list().stream()
                .map(q -> q.id() == EXPIRY ? new MqttProperty(EXPIRY, interval) : q).toList();
        return new MqttProperties(list);
    }
}
