package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.RefusedQos2Reuse;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about what the broker makes of a packet identifier once it has refused the QoS 2 PUBLISH that used it. */
public final class RefusedQos2Steps {

    private static final String PATCH = "patch";
    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final RefusedQos2Reuse reuse;

    public RefusedQos2Steps(ScenarioVerdicts verdict, RefusedQos2Reuse reuse) {
        this.verdict = verdict;
        this.reuse = reuse;
    }

    @Given("a patch connected with MQTT 5.0 where the broker does not authorise it to publish on one topic")
    public void aPatchConnectedWhereRestricted() {
        reuse.connectRestricted(PATCH);
    }

    @Given("the patch has published a reading at QoS 2 to the ward's readings")
    public void thePatchHasPublishedAReading() {
        reuse.publishReading();
    }

    @When("the patch publishes a reading at QoS 2 on the topic it may not publish to")
    public void thePatchPublishesOnTheUnauthorisedTopic() {
        reuse.publishUnauthorised();
    }

    @When("the patch publishes its next reading at QoS 2 to the ward's readings under the packet identifier of that reading")
    public void thePatchReusesTheIdentifier() {
        reuse.publishUnderTheRefusedIdentifier();
    }

    @Then("the broker takes the next reading as a new message and the monitor receives it")
    public void theBrokerTakesItAsNew() {
        verdict.require(reuse.takenAsNew(verdict.requirement(), MONITOR));
    }
}
