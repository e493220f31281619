package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.AdmissionCheck;
import org.iomt.broker.checks.AssignedIdentifiersCheck;
import org.iomt.broker.checks.ClosesConnectionCheck;
import org.iomt.broker.checks.ConnackCheck;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.BrokerEndpoint;
import org.iomt.mqtt.drivers.BrokerSettings;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tasks and questions about connecting to the broker and the sessions it keeps. */
public final class BrokerSessions {

    private static final int V3_IDENTIFIER_REJECTED = 0x02;
    private static final int V5_CLIENT_IDENTIFIER_NOT_VALID = 0x85;
    /** The longest client identifier every server must accept (MQTT 3.1.1 and 5.0 §3.1.3.1), and how it is made. */
    private static final int LONGEST_PLAIN_ID = 23;
    private static final String LONGEST_PLAIN_ID_HEAD = "ID";
    private static final String LONGEST_PLAIN_ID_FILL = "Z9Y8X7W6V5U4T3S2R1Q0PONMLK";
    /** The control client that presents the right credentials beside one that presents wrong or none. */
    private static final String ADMITTED = "admitted";

    private final BrokerScenario scenario;
    private final List<String> publishedWhileAway = new ArrayList<>();
    /** The listener a client with wrong or no credentials tried, and the version it spoke, for the control client. */
    private BrokerEndpoint refusingListener;
    private MqttVersion refusedVersion;
    private final java.util.Set<String> handshakeFailed = new java.util.HashSet<>();
    private List<Evidence> unacknowledged = List.of();

    public BrokerSessions(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    public void connect(String role, String version, boolean clean) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.open(role, v);
        scenario.sendConnect(role, scenario.connectPacket(role, v, clean ? Session.CLEAN : Session.PERSISTENT, 60));
    }

    /**
     * Connects under a client identifier of 23 characters, the longest every server must accept, mixing upper-case and
     * lower-case letters and digits: the role's own identifier, filled up with such characters.
     */
    public void connectWithLongestPlainIdentifier(String role, String version) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.open(role, v);
        String id = (LONGEST_PLAIN_ID_HEAD + scenario.clientId(role) + LONGEST_PLAIN_ID_FILL).substring(0, LONGEST_PLAIN_ID);
        scenario.sendConnect(role, ConnectWithClientId.of(scenario.connectPacket(role, v, Session.CLEAN, 60), id));
    }

    /** Connects a role for a scenario that needs it connected: a refusal makes the scenario inconclusive. */
    public void connected(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.CLEAN);
    }

    public Outcome accepted(String requirement, String role) {
        return ConnackCheck.accepted(requirement, scenario.evidenceOf(role));
    }

    public Outcome sessionPresent(String requirement, String role, boolean expected) {
        return ConnackCheck.sessionPresent(requirement, scenario.evidenceOf(role), expected);
    }

    /** The monitor opens a persistent session, subscribes to the readings at QoS 1 and leaves with DISCONNECT. */
    public void persistentSubscriberLeaves(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.PERSISTENT);
        scenario.subscribe(role, scenario.topic("readings"), 1);
        scenario.disconnect(role);
    }

    /** The monitor subscribes to the readings at QoS 1 in a session that ends with its connection, and leaves. */
    public void cleanSubscriberLeaves(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.CLEAN);
        scenario.subscribe(role, scenario.topic("readings"), 1);
        scenario.disconnect(role);
    }

    public void comesBack(String role, boolean resume) {
        MqttVersion v = scenario.versionOf(role);
        scenario.open(role, v);
        scenario.sendConnect(role, scenario.connectPacket(role, v, resume ? Session.PERSISTENT : Session.CLEAN, 60));
    }

    /** Another client, of the monitor's MQTT version, publishes readings at QoS 1 on the monitor's topic. */
    public void publishReadings(String role, int count, String forRole) {
        scenario.connect(role, scenario.versionOf(forRole), Session.CLEAN);
        for (int i = 0; i < count; i++) {
            String payload = scenario.newPayload("reading");
            scenario.publish(role, scenario.topic("readings"), payload, 1, false);
            publishedWhileAway.add(payload);
        }
    }

    public Outcome receivesWhatWasPublished(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, scenario.topic("readings"), publishedWhileAway.size(), scenario.response());
        return DeliveryCheck.delivered(requirement, deliveries, publishedWhileAway, "to the resumed session");
    }

    /**
     * Nothing published for the subscription the role no longer has reached it; judged only when a control message on
     * a subscription it does have reaches it, since a broker that delivers nothing at all would pass otherwise. The
     * control is published after the readings and after the role came back, so what the broker still sent for the old
     * subscription has come by the time the control does.
     */
    public Outcome receivesNothing(String requirement, String role) {
        scenario.subscribe(role, scenario.topic("control"), 1);
        String control = scenario.newPayload("control reading");
        scenario.publish("patch", scenario.topic("control"), control, 1, false);
        List<Evidence> controls = scenario.deliveriesUntil(role, scenario.topic("control"), control);
        return DeliveryCheck.noneDeliveredUnlike(requirement, scenario.deliveredSoFar(role, scenario.topic("readings")),
                publishedWhileAway, "for a subscription the client no longer has",
                new DeliveryCheck.Control(controls, control, "the broker delivers to a subscription the client has"));
    }

    /**
     * A monitor with a persistent session is sent two QoS 1 readings and holds its acknowledgements back. A broker may
     * keep as few as one message in flight to a client, so what it sent before the monitor vanishes, one reading or
     * both, is what must come again; none at all leaves the scenario inconclusive.
     */
    public void persistentSubscriberWithholding(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.PERSISTENT);
        scenario.subscribe(role, scenario.topic("readings"), 1);
        scenario.withholdAcknowledgements(role);
        publishReadings("patch", 2, role);
        unacknowledged = scenario.deliveries(role, scenario.topic("readings"), publishedWhileAway.size(), scenario.response());
        if (unacknowledged.isEmpty()) {
            throw new Inconclusive("the broker delivered none of the " + publishedWhileAway.size()
                    + " readings to the monitor before it vanished, so nothing was left unacknowledged to send again");
        }
    }

    public void vanishAndResume(String role) {
        scenario.dropConnection(role);
        comesBack(role, true);
    }

    public Outcome resentUnderTheirIdentifiers(String requirement, String role) {
        return org.iomt.broker.checks.ResumedDeliveryCheck.resent(requirement, unacknowledged, afterResumption(role));
    }

    public Outcome resentMarkedDuplicate(String requirement, String role) {
        return org.iomt.broker.checks.ResumedDeliveryCheck.markedDuplicate(requirement, unacknowledged, afterResumption(role));
    }

    private List<Evidence> afterResumption(String role) {
        return scenario.deliveries(role, scenario.topic("readings"), unacknowledged.size(), scenario.response());
    }

    /** A second connection presents the client identifier of {@code first}; returns its CONNECT, after which the first must go. */
    public Evidence takeOverAndCite(String second, String first) {
        MqttVersion v = scenario.versionOf(first);
        scenario.open(second, v);
        scenario.sendConnect(second, scenario.connectPacket(first, v, Session.CLEAN, 60));
        return lastSentBy(second);
    }

    public Outcome closed(String requirement, String role, Evidence offending) {
        boolean closed = scenario.closedByBroker(role, scenario.response());
        return ClosesConnectionCheck.judge(requirement, offending, scenario.evidenceOf(role), closed, scenario.response());
    }

    private Evidence lastSentBy(String role) {
        return scenario.evidenceOf(role).stream().filter(e -> e.direction() == org.iomt.core.model.Direction.SUITE_TO_DEVICE)
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("the " + role + " sent nothing"));
    }

    public void connectWithoutIdentifier(String role, String version, boolean clean) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.open(role, v);
        Connect c = scenario.connectPacket(role, v, clean ? Session.CLEAN : Session.PERSISTENT, 60);
        scenario.sendConnect(role, ConnectWithClientId.of(c, ""));
    }

    /**
     * Two clients connect without identifier, asking for a clean session, the second once the first has its answer;
     * then each that is still open pings the broker, so that a connection the second one took over shows as gone.
     */
    public void twoWithoutIdentifier(String first, String second, String version) {
        connectWithoutIdentifier(first, version, true);
        connectWithoutIdentifier(second, version, true);
        pingIfOpen(first);
        pingIfOpen(second);
    }

    private void pingIfOpen(String role) {
        MqttTestClient client = scenario.client(role);
        try {
            if (!client.isClosed()) {
                client.send(new PingReq(0));
                scenario.await(client, PingResp.class, p -> true);
            }
        } catch (IOException e) {
            scenario.note(role, "the ping could not be sent: " + e.getMessage());
        }
    }

    /** Both clients without identifier were admitted and still answer, each under an identifier of its own. */
    public Outcome bothKeptUnderOwnIdentifiers(String requirement, String first, String second) {
        Set<Integer> refusals = scenario.versionOf(first) == MqttVersion.V5_0 ? Set.of(V5_CLIENT_IDENTIFIER_NOT_VALID)
                : Set.of(V3_IDENTIFIER_REJECTED);
        return AssignedIdentifiersCheck.judge(requirement, scenario.evidenceOf(first), scenario.evidenceOf(second), refusals);
    }

    public Outcome refusedAsIdentifierRejected(String requirement, String role) {
        boolean closed = scenario.closedByBroker(role, scenario.response());
        return ConnackCheck.refusedAndClosed(requirement, scenario.evidenceOf(role), closed, List.of(V3_IDENTIFIER_REJECTED), true);
    }

    public Outcome assignsIdentifier(String requirement, String role) {
        return ConnackCheck.assignsIdentifier(requirement, scenario.evidenceOf(role));
    }

    /** Connects to the listener that requires credentials, with the right user name and a wrong password. */
    public void connectWithWrongPassword(String role, String version) {
        BrokerEndpoint endpoint = scenario.authenticatedListener();
        BrokerSettings.Credentials right = endpoint.credentials().orElseThrow(() ->
                new Inconclusive("the profile gives no credentials for the authenticated listener"));
        MqttVersion v = MqttVersion.parse(version);
        scenario.open(role, v, endpoint);
        refusingListener = endpoint;
        refusedVersion = v;
        Connect c = Connect.of(v, scenario.clientId(role), 60, true)
                .withCredentials(right.username(), ("not-" + right.password()).getBytes(StandardCharsets.UTF_8));
        scenario.sendConnect(role, c);
    }

    /** Connects over TLS, validating the broker's certificate chain and name; a failed handshake is recorded as such. */
    public void connectOverTls(String role, boolean withCredentials) {
        BrokerEndpoint tls = scenario.tlsListener();
        BrokerEndpoint endpoint = withCredentials ? tls : tls.withCredentials(java.util.Optional.empty());
        refusingListener = tls;
        refusedVersion = MqttVersion.V3_1_1;
        boolean unreachable = scenario.openOrRecordFailure(role, MqttVersion.V3_1_1, endpoint).isEmpty();
        if (unreachable) {
            handshakeFailed.add(role);
        } else {
            Connect connect = Connect.of(MqttVersion.V3_1_1, scenario.clientId(role), 60, true);
            scenario.sendConnect(role, endpoint.presentingCredentials(connect));
        }
    }

    /** The client validating the broker's certificate and name completed its handshake and got an MQTT answer. */
    public Outcome tlsIdentityProven(String requirement, String role) {
        return AdmissionCheck.identityProven(requirement,
                new AdmissionCheck.Attempt(scenario.evidenceOf(role), handshakeFailed.contains(role), false));
    }

    /** The client that presented the profile's credentials over TLS was admitted. */
    public Outcome admittedOverTls(String requirement, String role) {
        return AdmissionCheck.admittedWithCredentials(requirement,
                new AdmissionCheck.Attempt(scenario.evidenceOf(role), handshakeFailed.contains(role), false),
                scenario.tlsListener().credentials().isPresent());
    }

    /** Connects to the listener that requires client certificates, presenting the lab's certificate or none. */
    public void connectToMutualTls(String role, boolean presentCertificate) {
        BrokerUnderTest.MutualTls listener = scenario.mutualTlsListener();
        BrokerEndpoint endpoint = presentCertificate ? listener.withCertificate() : listener.withoutCertificate();
        boolean opened = scenario.openOrRecordFailure(role, MqttVersion.V3_1_1, endpoint).isPresent();
        if (opened) {
            scenario.sendConnect(role, Connect.of(MqttVersion.V3_1_1, scenario.clientId(role), 60, true));
        } else {
            handshakeFailed.add(role);
        }
    }

    /** The client with a certificate was admitted (else the scenario cannot judge), the one without was not. */
    public Outcome onlyCertifiedAdmitted(String requirement, String certified, String uncertified) {
        boolean refused = handshakeFailed.contains(uncertified);
        boolean closed = !refused && scenario.closedByBroker(uncertified, scenario.response());
        return AdmissionCheck.onlyCertifiedAdmitted(requirement,
                new AdmissionCheck.Attempt(scenario.evidenceOf(certified), handshakeFailed.contains(certified), false),
                new AdmissionCheck.Attempt(scenario.evidenceOf(uncertified), refused, closed));
    }

    /** The client was refused and closed, judged beside a control client that the same listener admits with the right credentials. */
    public Outcome refusedAndClosed(String requirement, String role) {
        boolean failed = handshakeFailed.contains(role);
        boolean closed = !failed && scenario.closedByBroker(role, scenario.response());
        return AdmissionCheck.credentialsRefused(requirement, new AdmissionCheck.Attempt(scenario.evidenceOf(role), failed, closed),
                connectWithRightCredentials());
    }

    private AdmissionCheck.Attempt connectWithRightCredentials() {
        boolean opened = scenario.openOrRecordFailure(ADMITTED, refusedVersion, refusingListener).isPresent();
        if (opened) {
            scenario.sendConnect(ADMITTED, refusingListener.presentingCredentials(
                    Connect.of(refusedVersion, scenario.clientId(ADMITTED), 60, true)));
        }
        return new AdmissionCheck.Attempt(scenario.evidenceOf(ADMITTED), !opened, false);
    }

    public Outcome refusalWithoutSession(String requirement, String role) {
        return ConnackCheck.refusalWithoutSession(requirement, scenario.evidenceOf(role));
    }
}
