package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.CombinedSubscriptions;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about a subscription to several filters at once. */
public final class CombinedSubscriptionSteps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final CombinedSubscriptions subscriptions;

    public CombinedSubscriptionSteps(ScenarioVerdicts verdict, CombinedSubscriptions subscriptions) {
        this.verdict = verdict;
        this.subscriptions = subscriptions;
    }

    @When("a monitor of MQTT {word} subscribes to each of two patches' readings in one subscription")
    public void aMonitorSubscribesToBothAtOnce(String version) {
        subscriptions.subscribeToEveryPatchAtOnce(MONITOR, version);
    }

    @When("both patches publish a reading")
    public void bothPatchesPublish() {
        subscriptions.everyPatchPublishes(MONITOR);
    }

    @Then("the monitor receives both readings")
    public void theMonitorReceivesBoth() {
        verdict.require(subscriptions.receivesEveryReading(verdict.requirement(), MONITOR));
    }

    @Then("the broker answers the subscription with exactly one acknowledgement")
    public void answeredOnce() {
        verdict.require(subscriptions.answeredOnce(verdict.requirement(), MONITOR));
    }
}
