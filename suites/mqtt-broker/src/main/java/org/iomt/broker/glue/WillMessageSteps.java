package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.WillMessages;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about will messages: the status a patch leaves for the broker to publish if it vanishes. */
public final class WillMessageSteps {

    private static final String MONITOR = "monitor";
    private static final String SECOND_MONITOR = "monitor2";
    private static final String PATCH = "patch";

    private final ScenarioVerdicts verdict;
    private final WillMessages wills;

    public WillMessageSteps(ScenarioVerdicts verdict, WillMessages wills) {
        this.verdict = verdict;
        this.wills = wills;
    }

    @Given("a monitor subscribed with MQTT {word} to the ward's status")
    public void aStatusMonitor(String version) {
        wills.statusSubscriber(MONITOR, version);
    }

    @Given("a patch connected with MQTT {word} with a will on the ward's status")
    public void aPatchWithAWill(String version) {
        wills.connectWithWill(PATCH, version, false);
    }

    @Given("a patch connected with MQTT 5.0 with a will carrying user properties on the ward's status")
    public void aPatchWithUserPropertiesInItsWill() {
        wills.connectWithWillUserProperties(PATCH);
    }

    @Then("the monitor receives the patch's will with its user properties in the patch's order")
    public void theWillKeepsItsUserPropertyOrder() {
        verdict.require(wills.willUserPropertiesInOrder(verdict.requirement(), MONITOR));
    }

    @Given("a patch connected with MQTT {word} with a retained will on the ward's status")
    public void aPatchWithARetainedWill(String version) {
        wills.connectWithWill(PATCH, version, true);
    }

    @Given("a patch keeping its session connected with MQTT {word} with a will on the ward's status")
    public void aPatchKeepingItsSessionWithAWill(String version) {
        wills.connectWithWillKeepingSession(PATCH, version);
    }

    @When("the monitor has received the patch's will")
    public void theMonitorHasReceivedTheWill() {
        wills.awaitWill(MONITOR);
    }

    @When("the patch comes back to its session without a will")
    public void thePatchComesBackWithoutAWill() {
        wills.resumeWithoutWill(PATCH);
    }

    @When("the patch connects again with a clean session and without a will")
    public void thePatchReconnectsWithoutWill() {
        wills.reconnectCleanWithoutWill(PATCH, MONITOR);
    }

    @Then("the monitor receives no will for the connection without one")
    public void noWillWithoutFlag() {
        verdict.require(wills.noWillWithoutFlag(verdict.requirement(), MONITOR, PATCH));
    }

    @When("the patch loses its connection")
    public void thePatchLosesItsConnection() {
        wills.loseConnection(PATCH);
    }

    @When("the patch disconnects normally")
    public void thePatchDisconnects() {
        wills.disconnectNormally(PATCH);
    }

    @When("the patch disconnects normally with a reserved flag set in the DISCONNECT")
    public void thePatchDisconnectsWithAReservedFlag() {
        wills.disconnectWithReservedBit(PATCH);
    }

    @When("a monitor subscribes to the ward's status after the will was published")
    public void aMonitorAfterTheWill() {
        wills.subscribeAfterRetainedWill(MONITOR);
    }

    @When("a second monitor subscribes to the ward's status after the will was published")
    public void aSecondMonitorAfterTheWill() {
        wills.subscribeAfterWill(SECOND_MONITOR, MONITOR);
    }

    @Then("the monitor receives the patch's will")
    public void theMonitorReceivesTheWill() {
        verdict.require(wills.willDelivered(verdict.requirement(), MONITOR));
    }

    @Then("the monitor receives the patch's will, as it does a second patch's that loses its connection")
    public void theMonitorReceivesTheWillLikeAnother() {
        verdict.require(wills.willDeliveredLikeAnother(verdict.requirement(), MONITOR));
    }

    @Then("the monitor does not receive the patch's will")
    public void theMonitorDoesNotReceiveTheWill() {
        verdict.require(wills.willWithheldAfterDisconnect(verdict.requirement(), MONITOR));
    }

    @Then("the monitor receives the patch's will only once")
    public void theMonitorReceivesTheWillOnce() {
        verdict.require(wills.willPublishedOnce(verdict.requirement(), MONITOR));
    }

    @Then("the monitor never receives the patch's will")
    public void theMonitorNeverReceivesTheWill() {
        verdict.require(wills.willNeverPublished(verdict.requirement(), MONITOR));
    }

    @Then("the monitor receives the patch's will as a retained message")
    public void theLateMonitorReceivesTheRetainedWill() {
        verdict.require(wills.willDelivered(verdict.requirement(), MONITOR));
    }

    @Then("the second monitor does not receive the patch's will")
    public void theSecondMonitorDoesNotReceiveTheWill() {
        verdict.require(wills.willNotKeptFor(verdict.requirement(), SECOND_MONITOR));
    }
}
