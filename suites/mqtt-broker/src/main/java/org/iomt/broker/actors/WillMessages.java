package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.broker.checks.MessagePropertyCheck;
import org.iomt.broker.checks.WillRemovalCheck;
import org.iomt.broker.checks.WillWithoutFlagCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.StringPair;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Tasks and questions about will messages: the status a patch leaves for the broker to publish if it vanishes. */
public final class WillMessages {

    private static final String WATCHER = "watcher";
    private static final String CONTROL_PATCH = "patch2";
    /** The User Properties of an MQTT 5.0 will, a name repeated so that a reordering cannot go unseen. */
    private static final List<StringPair> WILL_USER_PROPERTIES = List.of(new StringPair("unit", "patch"),
            new StringPair("bed", "3"), new StringPair("unit", "ward 7"));
    /** A client that publishes a live status message once a late subscriber is in place. */
    private static final String LIVE_PUBLISHER = "station";

    private final BrokerScenario scenario;
    private String will;
    private List<Evidence> witnessed = List.of();

    public WillMessages(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String status() {
        return scenario.topic("status");
    }

    public void statusSubscriber(String role, String version) {
        scenario.subscribed(role, MqttVersion.parse(version), status(), 1);
    }

    /** The patch connects with a will on the ward's status; with a retained will a watcher subscribes first. */
    public void connectWithWill(String role, String version, boolean retain) {
        MqttVersion v = MqttVersion.parse(version);
        if (retain) {
            scenario.subscribed(WATCHER, v, status(), 1);
        }
        will = scenario.newPayload("patch offline");
        Connect c = scenario.connectPacket(role, v, Session.CLEAN, 60).withWill(status(), bytes(will), 1, retain, MqttProperties.EMPTY);
        if (retain) {
            scenario.markRetained(status());
        }
        scenario.connect(role, c);
    }

    /** The patch connects with MQTT 5.0 and a will on the ward's status whose Will Properties carry User Properties. */
    public void connectWithWillUserProperties(String role) {
        will = scenario.newPayload("patch offline");
        MqttProperties properties = MqttProperties.EMPTY;
        for (StringPair pair : WILL_USER_PROPERTIES) {
            properties = properties.with(MqttPropertyId.USER_PROPERTY, pair);
        }
        scenario.connect(role, scenario.connectPacket(role, MqttVersion.V5_0, Session.CLEAN, 60)
                .withWill(status(), bytes(will), 1, false, properties));
    }

    /** The patch connects asking to keep its session, with a will on the ward's status. */
    public void connectWithWillKeepingSession(String role, String version) {
        will = scenario.newPayload("patch offline");
        scenario.connect(role, scenario.connectPacket(role, MqttVersion.parse(version), Session.PERSISTENT, 60)
                .withWill(status(), bytes(will), 1, false, MqttProperties.EMPTY));
    }

    /** Waits, bounded, until the witness received the will; a will that does not come leaves nothing to judge. */
    public void awaitWill(String witness) {
        if (DeliveryCheck.find(scenario.deliveriesUntil(witness, status(), will), will).isEmpty()) {
            throw new Inconclusive("the broker did not publish the will of the patch that lost its connection to connection "
                    + scenario.evidenceOf(witness).stream().map(Evidence::connection).findFirst().orElse(witness) + " within "
                    + scenario.response().toMillis() + " ms, so its removal cannot be judged");
        }
    }

    /** The patch comes back on a new connection to the session it kept, this time without a will. */
    public void resumeWithoutWill(String role) {
        scenario.connect(role, scenario.connectPacket(role, scenario.versionOf(role), Session.PERSISTENT, 60));
    }

    /**
     * The patch connects again under its identifier, asking for a clean session, with the Will Flag 0; then it
     * publishes a marker on the ward's status and waits, bounded, until the monitor has it. A will the broker
     * published for the patch's earlier connection (a fault: its DISCONNECT was normal) was published before it took
     * this connection, so it reaches the monitor before the marker, and before this connection ends, not after: under
     * load it had come late enough to pass for the will of the connection without one.
     */
    public void reconnectCleanWithoutWill(String role, String monitor) {
        scenario.connect(role, scenario.connectPacket(role, scenario.versionOf(role), Session.CLEAN, 60));
        String marker = scenario.newPayload("patch back");
        scenario.publish(role, status(), marker, 1, false);
        scenario.deliveriesUntil(monitor, status(), marker);
    }

    public void loseConnection(String role) {
        scenario.dropConnection(role);
    }

    public void disconnectNormally(String role) {
        scenario.disconnect(role);
    }

    /**
     * Ends the connection with a DISCONNECT asking for a normal disconnection whose fixed-header reserved bit 3 is set,
     * which makes the packet malformed: a broker that validates it publishes the will as for any other broken connection.
     * The broker closes the connection either way; the scenario waits for that, bounded, so that the will (or its
     * absence) comes before what the scenario does next: under load, a second patch's loss overtook the DISCONNECT.
     */
    public void disconnectWithReservedBit(String role) {
        scenario.sendRaw(role, new byte[]{(byte) 0xE8, 0x00}, "DISCONNECT with fixed-header flags 1000 (reason 0x00, normal)");
        scenario.closedByBroker(role, scenario.response());
    }

    /** Subscribes once the retained will is known to have been published: the watcher, subscribed before, saw it. */
    public void subscribeAfterRetainedWill(String role) {
        subscribeAfterWill(role, WATCHER);
    }

    /** Subscribes once the will is known to have been published: the witness, subscribed before, saw it. */
    public void subscribeAfterWill(String role, String witness) {
        witnessed = scenario.deliveries(witness, status(), 1, scenario.response());
        if (DeliveryCheck.find(witnessed, will).isEmpty()) {
            throw new Inconclusive("the broker did not publish the will to an existing subscriber, so a later subscriber cannot be judged");
        }
        scenario.subscribed(role, scenario.versionOf(witness), status(), 1);
    }

    /** The will arrived with its User Properties in the order the patch gave them. */
    public Outcome willUserPropertiesInOrder(String requirement, String role) {
        return MessagePropertyCheck.userPropertiesInOrder(requirement, scenario.deliveries(role, status(), 1,
                scenario.response()), will, WILL_USER_PROPERTIES);
    }

    public Outcome willDelivered(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, status(), 1, scenario.response());
        return DeliveryCheck.delivered(requirement, deliveries, List.of(will), "to the ward's status subscribers");
    }

    /**
     * The will arrived, judged beside the will of a second patch that loses its connection afterwards: a broker that
     * publishes no will at all shows nothing about how it read the patch's last packet. The two wills come from two
     * clients, so the broker may forward them in either order: the will is awaited too once the control has come.
     */
    public Outcome willDeliveredLikeAnother(String requirement, String role) {
        String control = controlWillPublished(role);
        List<Evidence> deliveries = scenario.deliveriesUntil(role, status(), control);
        if (DeliveryCheck.find(deliveries, will).isEmpty()) {
            deliveries = scenario.deliveriesUntil(role, status(), will);
        }
        return DeliveryCheck.deliveredLike(requirement, deliveries, will, "to the ward's status subscribers",
                new DeliveryCheck.Control(deliveries, control, "the broker publishes the will of a patch that loses its connection"));
    }

    /**
     * The will of the patch that disconnected normally did not arrive, judged beside the will of a second patch that
     * loses its connection afterwards: a broker that publishes wills at all publishes that one.
     */
    public Outcome willWithheldAfterDisconnect(String requirement, String role) {
        String control = controlWillPublished(role);
        List<Evidence> deliveries = scenario.deliveriesUntil(role, status(), control);
        return DeliveryCheck.notDeliveredUnlike(requirement, deliveries, will, "after a normal DISCONNECT",
                new DeliveryCheck.Control(deliveries, control, "the broker publishes the will of a patch that loses its connection"));
    }

    /** The will came once, not again when the patch's resumed session ended, judged beside a second patch's will. */
    public Outcome willPublishedOnce(String requirement, String role) {
        String control = controlWillPublished(role);
        return WillRemovalCheck.publishedOnce(requirement, scenario.deliveriesUntil(role, status(), control), will, control);
    }

    /** The will never came, not even when the patch's resumed session ended, judged beside a second patch's will. */
    public Outcome willNeverPublished(String requirement, String role) {
        String control = controlWillPublished(role);
        List<Evidence> deliveries = scenario.deliveriesUntil(role, status(), control);
        return DeliveryCheck.notDeliveredUnlike(requirement, deliveries, will, "after a normal DISCONNECT removed it from "
                + "the session", new DeliveryCheck.Control(deliveries, control,
                "the broker publishes the will of a patch that loses its connection"));
    }

    /**
     * No will came when the connection without Will Flag ended (nor the will of the patch's earlier connection, which
     * its normal DISCONNECT discarded), judged beside a second patch's will.
     */
    public Outcome noWillWithoutFlag(String requirement, String role, String patch) {
        Evidence drop = scenario.lastDrop(patch).orElseThrow(() -> new IllegalStateException("the " + patch
                + "'s connection was not dropped"));
        String control = controlWillPublished(role);
        return WillWithoutFlagCheck.judge(requirement, scenario.deliveriesUntil(role, status(), control), will, drop, control);
    }

    /** A second patch with a will of its own loses its connection; returns the payload of that will. */
    private String controlWillPublished(String role) {
        String control = scenario.newPayload("control patch offline");
        scenario.connect(CONTROL_PATCH, scenario.connectPacket(CONTROL_PATCH, scenario.versionOf(role), Session.CLEAN, 60)
                .withWill(status(), bytes(control), 1, false, MqttProperties.EMPTY));
        scenario.dropConnection(CONTROL_PATCH);
        return control;
    }

    /**
     * The will, not retained, did not reach a subscriber that came after it, judged beside the subscriber that saw it;
     * read once a live status message, published after the late subscription, has reached the late subscriber.
     */
    public Outcome willNotKeptFor(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveriesUntilALiveMessage(role, status(), LIVE_PUBLISHER);
        return DeliveryCheck.notDeliveredUnlike(requirement, deliveries, will, "to a subscriber that came after it was published",
                new DeliveryCheck.Control(witnessed, will, "the broker published the will to the subscriber that was there"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
