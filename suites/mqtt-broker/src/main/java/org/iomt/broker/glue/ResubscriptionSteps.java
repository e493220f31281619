package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.Resubscriptions;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about a client subscribing again to a filter it already subscribed to. */
public final class ResubscriptionSteps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final Resubscriptions resubscriptions;

    public ResubscriptionSteps(ScenarioVerdicts verdict, Resubscriptions resubscriptions) {
        this.verdict = verdict;
        this.resubscriptions = resubscriptions;
    }

    @Given("a monitor subscribed with MQTT {word} to the patch's readings at QoS 0")
    public void aMonitorSubscribedAtQos0(String version) {
        resubscriptions.subscriber(MONITOR, version);
    }

    @Given("a monitor of MQTT {word} that received the patch's retained reading when it subscribed")
    public void aMonitorThatReceivedTheRetainedReading(String version) {
        resubscriptions.subscriberThatReceivedRetained(MONITOR, version, false);
    }

    @Given("a monitor that received the patch's retained reading when it subscribed asking for retained messages only on a new subscription")
    public void aMonitorThatAskedForRetainedOnlyIfNew() {
        resubscriptions.subscriberThatReceivedRetained(MONITOR, "5.0", true);
    }

    @When("the monitor subscribes to the patch's readings again at QoS {int}")
    public void theMonitorSubscribesAgain(int qos) {
        resubscriptions.resubscribe(MONITOR, qos);
    }

    @When("the patch publishes a live reading at QoS 1")
    public void thePatchPublishesALiveReading() {
        resubscriptions.patchPublishesLive(MONITOR, 1);
    }

    @Then("the monitor receives the live reading once, at QoS 1")
    public void theMonitorReceivesItOnceAtQos1() {
        verdict.require(resubscriptions.deliveredOnceAtNewQos(verdict.requirement(), MONITOR, 1));
    }

    @Then("the monitor receives the retained reading again")
    public void theMonitorReceivesTheRetainedReadingAgain() {
        verdict.require(resubscriptions.retainedSentAgain(verdict.requirement(), MONITOR));
    }

    @Then("the monitor does not receive the retained reading again, while a station subscribing afterwards does")
    public void theMonitorDoesNotReceiveItAgain() {
        verdict.require(resubscriptions.retainedNotSentAgain(verdict.requirement(), MONITOR));
    }
}
