package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.List;

/**
 * Once the broker has delivered one message for a client's subscription to a topic ending /throughout/readings, the
 * proxy unsubscribes the client from it on its own account and swallows the broker's UNSUBACK: the broker loses the
 * subscription while the connection stays open, as one that discards session state too early would.
 */
final class SubscriptionForgotten implements PacketTransform {

    private static final String TOPIC_END = "/throughout/readings";
    /** The packet identifier of the proxy's own UNSUBSCRIBE: far above those the suite's clients use. */
    private static final int PROXY_PACKET_ID = 0xFE01;

    private String filter;
    private boolean forgotten;

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).flatMap(s -> s.subscriptions().stream().map(Subscription::topicFilter)
                .filter(f -> f.endsWith(TOPIC_END)).findFirst()).ifPresent(f -> filter = f);
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Unsuback.class).filter(u -> forgotten && u.packetId() == PROXY_PACKET_ID).ifPresent(u -> p.drop());
        p.packet(Publish.class).filter(pub -> filter != null && !forgotten && pub.topic().endsWith(TOPIC_END)).ifPresent(pub -> {
            forgotten = true;
            p.session().send(Direction.TO_BROKER, new Unsubscribe(0x02, PROXY_PACKET_ID, MqttProperties.EMPTY, List.of(filter)));
        });
    }
}
