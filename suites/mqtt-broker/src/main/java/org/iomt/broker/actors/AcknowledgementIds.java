package org.iomt.broker.actors;

import org.iomt.broker.checks.PacketIdEchoCheck;
import org.iomt.broker.checks.PacketIdEchoCheck.Silence;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.List;

/**
 * Tasks and questions about the packet identifiers of SUBACK and UNSUBACK. The requests use an identifier whose two
 * bytes differ and are both non-zero, so that an answer that keeps one byte only, or swaps them, shows.
 */
public final class AcknowledgementIds {

    /** A packet identifier above 255 with two different non-zero bytes. */
    private static final int WIDE_ID = 0x5A3C;

    private final BrokerScenario scenario;
    private Evidence request;

    public AcknowledgementIds(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    public void subscribe(String role) {
        request = scenario.send(role, new Subscribe(0x02, WIDE_ID, MqttProperties.EMPTY,
                List.of(new Subscription(scenario.topic("readings"), 1))));
        scenario.await(scenario.client(role), Suback.class, s -> true);
    }

    /** Unsubscribes from a filter the client never subscribed to. */
    public void unsubscribeFromUnknownFilter(String role) {
        request = scenario.send(role, Unsubscribe.of(WIDE_ID, scenario.topic("never-subscribed")));
        scenario.await(scenario.client(role), Unsuback.class, u -> true);
    }

    public Outcome subackCarriesTheId(String requirement, String role) {
        return PacketIdEchoCheck.echoed(requirement, request, WIDE_ID, scenario.evidenceOf(role), Suback.class, Suback::packetId,
                Silence.UNJUDGED, scenario.response());
    }

    public Outcome unsubackCarriesTheId(String requirement, String role) {
        return PacketIdEchoCheck.echoed(requirement, request, WIDE_ID, scenario.evidenceOf(role), Unsuback.class,
                Unsuback::packetId, Silence.BREAKS_THE_RULE, scenario.response());
    }
}
