package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.MalformedSweepCheck.ControlRound;
import org.iomt.broker.checks.MalformedSweepCheck.SweepCase;
import org.iomt.broker.checks.MalformedSweepCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The robustness sweep: sends every case of a family of the {@link MalformedCorpus} on a connection of its own (after a
 * well-formed CONNECT, but for the CONNECT cases), a few side by side, and waits, bounded, for the broker to close each;
 * a control client connected for the whole sweep sends itself a message after every batch and at the end, to show that
 * the broker still serves.
 */
public final class MalformedPacketSweep {

    /** Connections sent side by side. */
    private static final int POOL = 8;
    /** Cases between two control round trips. */
    private static final int BATCH = 8;
    /** How long a close that came before a control's return may take to reach its connection's reader. */
    private static final Duration READER_GRACE = Duration.ofSeconds(1);
    private static final String CONTROL = "control";

    private final BrokerScenario scenario;
    private final List<SweepCase> sent = new ArrayList<>();
    private final List<ControlRound> rounds = new ArrayList<>();
    private MqttVersion version;
    private Evidence summary;

    public MalformedPacketSweep(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String controlTopic() {
        return scenario.topic("control");
    }

    /** Connects and subscribes the control client; a broker that refuses either leaves the scenario inconclusive. */
    public void connectControl(String versionLabel) {
        version = MqttVersion.parse(versionLabel);
        scenario.subscribed(CONTROL, version, controlTopic(), 1);
    }

    /** Sends the family's cases, batch by batch, with a control round after each batch. */
    public void sweep(String familyName) {
        MalformedFamily family = MalformedFamily.parse(familyName);
        List<MalformedCase> corpus = MalformedCorpus.of(version).stream().filter(c -> c.family() == family).toList();
        if (corpus.isEmpty()) {
            throw new Inconclusive("the sweep has no " + familyName + " case for MQTT " + version.label());
        }
        ExecutorService pool = Executors.newFixedThreadPool(POOL, r -> {
            Thread t = new Thread(r, "iomt-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < corpus.size(); from += BATCH) {
                List<MalformedCase> batch = corpus.subList(from, Math.min(corpus.size(), from + BATCH));
                List<Future<Sent>> futures = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    String role = "sweep" + (from + i + 1);
                    MqttTestClient client = scenario.open(role, version);
                    Connect connect = scenario.connectPacket(role, version, Session.CLEAN, 60);
                    MalformedCase c = batch.get(i);
                    futures.add(pool.submit(() -> send(client, connect, c)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    Sent s = futures.get(i).get();
                    MalformedCase c = batch.get(i);
                    sent.add(new SweepCase(c.name(), c.packetType(), c.hex(), s.client().name(), s.offending(),
                            scenario.evidenceOf("sweep" + (from + i + 1)), s.closed(), s.why()));
                }
                rounds.add(controlRound(from + batch.size()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Inconclusive("interrupted during the sweep");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sweep connection failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        summary = scenario.note(CONTROL, "malformed-packet sweep, " + family.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " family, MQTT " + version.label() + ": " + MalformedSweepCheck.summary(sent));
    }

    /** One case on its own connection: CONNECT first unless the case is a CONNECT, then the frame, then the wait. */
    private Sent send(MqttTestClient client, Connect connect, MalformedCase c) throws InterruptedException {
        Duration bound = scenario.response();
        try {
            if (c.afterConnect()) {
                Optional<Connack> ack = client.connect(connect, bound);
                if (ack.isEmpty() || ack.get().reasonCode() != 0) {
                    return new Sent(client, null, false, "the broker did not accept the well-formed CONNECT before "
                            + c.name() + ack.map(a -> " (CONNACK reason " + a.reasonCode() + ")").orElse(" (no CONNACK)"));
                }
            }
            Evidence offending = client.sendRaw(c.frame(), c.description());
            boolean closed = client.awaitClosedByBroker(bound) || closedByTheTimeAControlCameBack(client);
            client.close();
            return new Sent(client, offending, closed, null);
        } catch (IOException e) {
            return new Sent(client, null, false, "the connection for " + c.name() + " ended before its frame was sent: "
                    + e.getMessage());
        }
    }

    /**
     * A connection still open after the answer wait is held open only beside a control: the control client's own
     * message, sent after the wait, comes back while the connection stays open. On a machine too busy for the wait, a
     * close that lands before the control's return still counts as the broker's; it reaches the connection's own
     * reader, which the machine may run later than the control's, so that reader gets {@link #READER_GRACE} more.
     */
    private boolean closedByTheTimeAControlCameBack(MqttTestClient client) throws InterruptedException {
        synchronized (this) {
            roundTrip(0, "control beside connection " + client.name() + ", still open");
        }
        return client.awaitClosedByBroker(READER_GRACE);
    }

    private ControlRound controlRound(int afterCases) {
        return roundTrip(afterCases, "control after " + afterCases + " malformed packets");
    }

    /** The control client publishes to itself at QoS 1 and waits, bounded, for the message to come back. */
    private ControlRound roundTrip(int afterCases, String what) {
        MqttTestClient control = scenario.client(CONTROL);
        String payload = scenario.newPayload(what);
        int before = scenario.evidenceOf(CONTROL).size();
        boolean back;
        try {
            control.send(Publish.of(controlTopic(), 1, false, scenario.nextPacketId(), payload.getBytes(StandardCharsets.UTF_8)));
            back = control.awaitReceived(list -> list.stream().anyMatch(e -> e.as(Publish.class)
                    .filter(p -> new String(p.payload(), StandardCharsets.UTF_8).equals(payload)).isPresent()), scenario.response());
        } catch (IOException e) {
            back = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Inconclusive("interrupted during the sweep");
        }
        List<Evidence> all = scenario.evidenceOf(CONTROL);
        return new ControlRound(afterCases, back, all.subList(Math.min(before, all.size()), all.size()));
    }

    /** Judges the sweep by the scenario's requirement. */
    public Outcome closedEveryOneAndKeptServing(String requirement) {
        return MalformedSweepCheck.judge(requirement, sent, rounds, summary, scenario.response());
    }

    /** What sending one case came to. */
    private record Sent(MqttTestClient client, Evidence offending, boolean closed, String why) {
    }
}
