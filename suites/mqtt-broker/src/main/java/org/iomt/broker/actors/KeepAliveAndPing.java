package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.AnswerCheck;
import org.iomt.broker.checks.ClientKeepAliveCheck;
import org.iomt.broker.checks.ClosesConnectionCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;

import java.time.Duration;

/** Tasks and questions about a client's Keep Alive: the broker answers its pings and closes it once it falls silent. */
public final class KeepAliveAndPing {

    private final BrokerScenario scenario;
    private Evidence request;

    public KeepAliveAndPing(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /** Connects with the profile's short Keep Alive. */
    public void connectWithShortKeepAlive(String role, String version) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.connect(role, scenario.connectPacket(role, v, Session.CLEAN, scenario.timers().keepAlive()));
    }

    /** From now on the client sends nothing; the evidence says so, for whoever reads the silence later. */
    public void staySilent(String role) {
        request = scenario.note(role, "the client sends nothing more: its Keep Alive runs out");
    }

    /** Waits for the broker to close the silent connection, up to one and a half times the Keep Alive in force. */
    public Outcome closedWithinKeepAlive(String requirement, String role) {
        int keepAlive = scenario.evidenceOf(role).stream().flatMap(e -> e.as(Connack.class).stream())
                .flatMap(c -> c.properties().first(MqttPropertyId.SERVER_KEEP_ALIVE).stream()).map(p -> p.intValue())
                .findFirst().orElse(scenario.timers().keepAlive());
        Duration bound = Duration.ofMillis(keepAlive * 1500L).plus(scenario.timers().keepAliveTolerance());
        boolean closed = scenario.closedByBroker(role, bound);
        return ClosesConnectionCheck.judge(requirement, request, scenario.evidenceOf(role), closed, bound);
    }

    /**
     * Waits for the broker to close the silent connection within one and a half of the Keep Alive the client sent, when
     * the CONNACK named no Server Keep Alive; with one, nothing is waited for.
     */
    public Outcome closedWithinClientKeepAlive(String requirement, String role) {
        Evidence connack = scenario.evidenceOf(role).stream().filter(e -> e.as(Connack.class).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the " + role + " was admitted without a recorded CONNACK"));
        Duration bound = Duration.ofMillis(scenario.timers().keepAlive() * 1500L).plus(scenario.timers().keepAliveTolerance());
        boolean closed = !ClientKeepAliveCheck.serverKeepAliveSet(connack) && scenario.closedByBroker(role, bound);
        return ClientKeepAliveCheck.judge(requirement, connack, request, scenario.evidenceOf(role), closed, bound);
    }

    public void ping(String role) {
        request = scenario.send(role, new PingReq(0));
    }

    /** Waits, bounded, for a PINGRESP that came after the PINGREQ: one the broker sent before it answers nothing. */
    public Outcome pingAnswered(String requirement, String role) {
        try {
            scenario.client(role).awaitReceived(received -> received.stream()
                    .anyMatch(e -> e.seq() > request.seq() && e.as(PingResp.class).isPresent()), scenario.response());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return AnswerCheck.judge(requirement, request, scenario.evidenceOf(role), PingResp.class, p -> true, "a PINGRESP",
                scenario.response());
    }
}
