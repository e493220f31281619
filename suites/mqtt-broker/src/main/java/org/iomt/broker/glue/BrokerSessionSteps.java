package org.iomt.broker.glue;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.BrokerScenario;
import org.iomt.broker.actors.BrokerSessions;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.model.Evidence;

/** Steps about connecting to the broker under test and the sessions it keeps. */
public final class BrokerSessionSteps {

    private static final String CLIENT = "client";
    private static final String MONITOR = "monitor";
    private static final String PATCH = "patch";
    private static final String SECOND = "second";

    private final ScenarioVerdicts verdict;
    private final BrokerScenario scenario;
    private final BrokerSessions sessions;
    private Evidence offending;

    public BrokerSessionSteps(ScenarioVerdicts verdict, BrokerScenario scenario, BrokerSessions sessions) {
        this.verdict = verdict;
        this.scenario = scenario;
        this.sessions = sessions;
    }

    /**
     * A scenario that did not pass cites the frames of all its connections, so that its report names the connections
     * it used and shows what came over them; runs before the core's hook that attaches the evidence.
     */
    @After(value = "@device:mqtt-broker", order = 20_000)
    public void citeTheConnectionsOfAScenarioThatDidNotPass(Scenario cucumber) {
        if (cucumber.getStatus() != Status.PASSED) {
            verdict.cite(scenario.ownFrames());
        }
    }

    @After("@device:mqtt-broker")
    public void leaveNothingBehind() {
        scenario.close();
    }

    @When("a client connects with MQTT {word}")
    public void aClientConnects(String version) {
        sessions.connect(CLIENT, version, true);
    }

    @When("a client connects with MQTT {word} asking for a clean session")
    public void aClientConnectsClean(String version) {
        sessions.connect(CLIENT, version, true);
    }

    @When("a client connects with MQTT {word} asking to keep a session under an identifier the broker has not seen")
    public void aClientAsksToKeepANewSession(String version) {
        sessions.connect(CLIENT, version, false);
    }

    @When("a client connects with MQTT {word} under an identifier of 23 letters and digits")
    public void aClientWithALongPlainIdentifier(String version) {
        sessions.connectWithLongestPlainIdentifier(CLIENT, version);
    }

    @Given("a client connected with MQTT {word}")
    public void aClientConnected(String version) {
        sessions.connected(CLIENT, version);
    }

    @Then("the broker accepts the connection")
    public void theBrokerAccepts() {
        verdict.require(sessions.accepted(verdict.requirement(), CLIENT));
    }

    @Then("the broker says no session is present")
    public void noSessionIsPresent() {
        verdict.require(sessions.sessionPresent(verdict.requirement(), CLIENT, false));
    }

    @Given("a monitor with a persistent session of MQTT {word} has subscribed and gone away")
    public void aPersistentMonitorHasGoneAway(String version) {
        sessions.persistentSubscriberLeaves(MONITOR, version);
    }

    @Given("a monitor whose session ended when it left has subscribed with MQTT {word} and gone away")
    public void aMonitorWhoseSessionEnded(String version) {
        sessions.cleanSubscriberLeaves(MONITOR, version);
    }

    @When("the monitor comes back resuming its session")
    public void theMonitorResumes() {
        sessions.comesBack(MONITOR, true);
    }

    @When("the monitor comes back asking for a clean session")
    public void theMonitorComesBackClean() {
        sessions.comesBack(MONITOR, false);
    }

    @Then("the broker says the monitor's session is present")
    public void theMonitorsSessionIsPresent() {
        verdict.require(sessions.sessionPresent(verdict.requirement(), MONITOR, true));
    }

    @When("a patch publishes two readings at QoS 1 while the monitor is away")
    public void aPatchPublishesTwoReadings() {
        sessions.publishReadings(PATCH, 2, MONITOR);
    }

    @When("a patch publishes a reading at QoS 1")
    public void aPatchPublishesAReading() {
        sessions.publishReadings(PATCH, 1, MONITOR);
    }

    @Then("the monitor receives the readings published while it was away")
    public void theMonitorReceivesTheReadings() {
        verdict.require(sessions.receivesWhatWasPublished(verdict.requirement(), MONITOR));
    }

    @Then("the monitor receives nothing for its old subscription")
    public void theMonitorReceivesNothing() {
        verdict.require(sessions.receivesNothing(verdict.requirement(), MONITOR));
    }

    @Given("a monitor with a persistent session of MQTT {word} that receives readings without acknowledging them")
    public void aMonitorThatDoesNotAcknowledge(String version) {
        sessions.persistentSubscriberWithholding(MONITOR, version);
    }

    @When("the monitor vanishes and comes back resuming its session")
    public void theMonitorVanishesAndComesBack() {
        sessions.vanishAndResume(MONITOR);
    }

    @Then("the broker sends the unacknowledged readings again under their packet identifiers")
    public void theReadingsComeAgain() {
        verdict.require(sessions.resentUnderTheirIdentifiers(verdict.requirement(), MONITOR));
    }

    @Then("the readings sent again are marked DUP")
    public void theReadingsComeMarkedDup() {
        verdict.require(sessions.resentMarkedDuplicate(verdict.requirement(), MONITOR));
    }

    @When("a second connection connects with the same client identifier")
    public void aSecondConnectionTakesOver() {
        offending = sessions.takeOverAndCite(SECOND, CLIENT);
    }

    @Then("the broker closes the first connection")
    public void theFirstConnectionIsClosed() {
        verdict.require(sessions.closed(verdict.requirement(), CLIENT, offending));
    }

    @When("a client without identifier connects with MQTT {word} asking to keep its session")
    public void anAnonymousClientAsksToKeepItsSession(String version) {
        sessions.connectWithoutIdentifier(CLIENT, version, false);
    }

    @When("a client without identifier connects with MQTT {word}")
    public void anAnonymousClientConnects(String version) {
        sessions.connectWithoutIdentifier(CLIENT, version, true);
    }

    @When("two clients without identifier connect with MQTT {word} one after the other")
    public void twoAnonymousClientsConnect(String version) {
        sessions.twoWithoutIdentifier(CLIENT, SECOND, version);
    }

    @Then("the broker keeps both connected, each under an identifier of its own")
    public void bothAnonymousClientsStay() {
        verdict.require(sessions.bothKeptUnderOwnIdentifiers(verdict.requirement(), CLIENT, SECOND));
    }

    @Then("the broker refuses it as an identifier rejected and closes the connection")
    public void theBrokerRejectsTheIdentifier() {
        verdict.require(sessions.refusedAsIdentifierRejected(verdict.requirement(), CLIENT));
    }

    @Then("the broker accepts it and assigns it a client identifier")
    public void theBrokerAssignsAnIdentifier() {
        verdict.require(sessions.assignsIdentifier(verdict.requirement(), CLIENT));
    }

    @When("a client connects with MQTT {word} presenting a wrong password")
    public void aClientPresentsAWrongPassword(String version) {
        sessions.connectWithWrongPassword(CLIENT, version);
    }

    @Then("the broker refuses the connection and closes it")
    public void theBrokerRefusesAndCloses() {
        verdict.require(sessions.refusedAndClosed(verdict.requirement(), CLIENT));
    }

    @When("a client connects to the TLS listener validating the broker's certificate and name")
    public void aClientConnectsOverTls() {
        sessions.connectOverTls(CLIENT, true);
    }

    @Then("the broker admits the client over TLS")
    public void theBrokerAdmitsOverTls() {
        verdict.require(sessions.admittedOverTls(verdict.requirement(), CLIENT));
    }

    @When("a client connects to the TLS listener without credentials")
    public void anAnonymousClientConnectsOverTls() {
        sessions.connectOverTls(CLIENT, false);
    }

    @Then("the broker completes the TLS handshake and answers the client over it")
    public void theBrokerAnswersOverTls() {
        verdict.require(sessions.tlsIdentityProven(verdict.requirement(), CLIENT));
    }

    @When("a client presenting the lab's client certificate connects to the listener that requires one")
    public void aClientWithACertificate() {
        sessions.connectToMutualTls(CLIENT, true);
    }

    @When("a client without a certificate connects to the same listener")
    public void aClientWithoutACertificate() {
        sessions.connectToMutualTls(SECOND, false);
    }

    @Then("only the client presenting a certificate is admitted")
    public void onlyTheCertifiedClientIsAdmitted() {
        verdict.require(sessions.onlyCertifiedAdmitted(verdict.requirement(), CLIENT, SECOND));
    }

    @Then("the refusal says no session is present")
    public void theRefusalSaysNoSession() {
        verdict.require(sessions.refusalWithoutSession(verdict.requirement(), CLIENT));
    }
}
