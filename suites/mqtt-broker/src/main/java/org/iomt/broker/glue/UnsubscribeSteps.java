package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.Unsubscriptions;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about which subscriptions an unsubscription deletes and how the broker acknowledges it. */
public final class UnsubscribeSteps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final Unsubscriptions unsubscriptions;

    public UnsubscribeSteps(ScenarioVerdicts verdict, Unsubscriptions unsubscriptions) {
        this.verdict = verdict;
        this.unsubscriptions = unsubscriptions;
    }

    @Given("a monitor subscribed with MQTT {word} to every patch's readings through a single-level wildcard")
    public void aWildcardMonitor(String version) {
        unsubscriptions.wildcardSubscriber(MONITOR, version);
    }

    @Given("a monitor subscribed with MQTT {word} to each of two patches' readings")
    public void aMonitorOfTwoPatches(String version) {
        unsubscriptions.subscriberToEachPatch(MONITOR, version);
    }

    @When("the monitor unsubscribes from the first patch's readings by the patch's own topic")
    public void theMonitorUnsubscribesFromOnePatch() {
        unsubscriptions.unsubscribeFromFirstPatch(MONITOR);
    }

    @When("the monitor unsubscribes from both patches' readings in one unsubscription")
    public void theMonitorUnsubscribesFromBoth() {
        unsubscriptions.unsubscribeFromEveryPatch(MONITOR);
    }

    @When("the first patch publishes a reading")
    public void theFirstPatchPublishes() {
        unsubscriptions.firstPatchPublishes(MONITOR);
    }

    @When("each patch publishes a reading")
    public void eachPatchPublishes() {
        unsubscriptions.everyPatchPublishes(MONITOR);
    }

    @Then("the monitor still receives the reading through its wildcard subscription")
    public void stillReceivedThroughTheWildcard() {
        verdict.require(unsubscriptions.stillReceivedThroughWildcard(verdict.requirement(), MONITOR));
    }

    @Then("the broker acknowledges the unsubscription although it deleted no subscription")
    public void acknowledgedWithoutDeleting() {
        verdict.require(unsubscriptions.acknowledged(verdict.requirement(), MONITOR));
    }

    @Then("the monitor receives neither reading")
    public void receivesNeither() {
        verdict.require(unsubscriptions.receivesNothingForEither(verdict.requirement(), MONITOR));
    }

    @Then("the broker answers the unsubscription with exactly one acknowledgement")
    public void answeredOnce() {
        verdict.require(unsubscriptions.answeredOnce(verdict.requirement(), MONITOR));
    }
}
