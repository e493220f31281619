package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.SendQuota;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the broker's send quota towards a monitor that takes one unacknowledged reading at a time. */
public final class SendQuotaSteps {

    private static final String MONITOR = "monitor";
    private static final String PATCH = "patch";

    private final ScenarioVerdicts verdict;
    private final SendQuota quota;

    public SendQuotaSteps(ScenarioVerdicts verdict, SendQuota quota) {
        this.verdict = verdict;
        this.quota = quota;
    }

    @Given("a monitor that takes one unacknowledged reading at a time has subscribed to the patch's readings and holds its acknowledgements")
    public void aMonitorTakingOneAtATime() {
        quota.monitorTakingOneAtATime(MONITOR);
    }

    @When("the patch publishes two readings at QoS 1")
    public void thePatchPublishesTwoReadings() {
        quota.publishTwoReadings(PATCH);
    }

    @When("the monitor acknowledges the first reading")
    public void theMonitorAcknowledgesTheFirst() {
        quota.acknowledgeFirstReading(MONITOR);
    }

    @When("the monitor has received the first reading without acknowledging it")
    public void theMonitorHoldsTheFirst() {
        quota.awaitFirstReading(MONITOR);
    }

    @When("the monitor pings the broker")
    public void theMonitorPings() {
        quota.ping(MONITOR);
    }

    @When("the monitor subscribes to the ward's status")
    public void theMonitorSubscribesToTheStatus() {
        quota.subscribeToStatus(MONITOR);
    }

    @Then("the broker sends the second reading only after the first is acknowledged")
    public void theSecondReadingWaitsForTheAcknowledgement() {
        verdict.require(quota.secondHeldUntilAcknowledged(verdict.requirement(), MONITOR));
    }

    @Then("the broker answers the monitor's ping and subscription")
    public void theBrokerAnswersThePingAndSubscription() {
        verdict.require(quota.otherPacketsAnswered(verdict.requirement(), MONITOR));
    }
}
