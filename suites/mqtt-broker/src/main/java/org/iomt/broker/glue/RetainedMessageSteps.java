package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.RetainedMessages;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about retained messages: what the broker keeps for a topic and hands to a monitor that subscribes later. */
public final class RetainedMessageSteps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final RetainedMessages retained;

    public RetainedMessageSteps(ScenarioVerdicts verdict, RetainedMessages retained) {
        this.verdict = verdict;
        this.retained = retained;
    }

    @Given("patches have published retained readings at QoS 0, 1 and 2 with MQTT {word}")
    public void retainedReadingsAtEachQos(String version) {
        retained.publishRetainedAtEachQos(version);
    }

    @When("a monitor subscribes to the ward's readings with a wildcard")
    public void aLateMonitorWithAWildcard() {
        retained.lateSubscriberWithWildcard(MONITOR);
    }

    @Then("the monitor receives the retained readings of QoS 1 and 2, the QoS 0 one being the broker's to keep or discard")
    public void everyRetainedReading() {
        verdict.require(retained.receivesEveryRetained(verdict.requirement(), MONITOR));
    }

    @Then("the readings the monitor receives are marked retained")
    public void markedRetained() {
        verdict.require(retained.retainedFlags(verdict.requirement(), MONITOR, true));
    }

    @Given("a patch has published two retained readings in turn with MQTT {word}")
    public void twoRetainedReadings(String version) {
        retained.publishRetainedInTurn(version, 2);
    }

    @Given("a patch has published a retained reading with MQTT {word}")
    public void oneRetainedReading(String version) {
        retained.publishRetainedInTurn(version, 1);
    }

    @When("a monitor subscribes to the patch's topic")
    public void aLateMonitor() {
        retained.lateSubscriber(MONITOR);
    }

    @Then("the monitor receives only the newer retained reading")
    public void onlyTheNewer() {
        verdict.require(retained.receivesOnlyTheLast(verdict.requirement(), MONITOR));
    }

    @When("a patch publishes a retained reading")
    public void aPatchPublishesARetainedReading() {
        retained.publishOneRetained(MONITOR);
    }

    @Then("the monitor receives the reading not marked retained")
    public void notMarkedRetained() {
        verdict.require(retained.retainedFlags(verdict.requirement(), MONITOR, false));
    }

    @When("the patch clears its retained reading")
    public void thePatchClearsItsRetainedReading() {
        retained.clearRetained();
    }

    @Then("the monitor receives no retained reading")
    public void noRetainedReading() {
        verdict.require(retained.receivesNoRetained(verdict.requirement(), MONITOR));
    }

    @Given("a patch has published a retained message with an empty payload with MQTT {word}")
    public void anEmptyRetainedMessage(String version) {
        retained.publishEmptyRetained(version);
    }

    @Given("the patch has published a retained reading to another topic")
    public void aRetainedReadingElsewhere() {
        retained.publishRetainedToAnotherTopic();
    }

    @When("a monitor subscribes to the topic of the empty message, then to the other topic")
    public void aMonitorSubscribesToBoth() {
        retained.subscribeToEmptyThenKept(MONITOR);
    }

    @Then("the monitor receives the retained reading but nothing for the empty message")
    public void nothingForTheEmptyMessage() {
        verdict.require(retained.emptyNotStored(verdict.requirement(), MONITOR));
    }

    @When("the patch publishes a newer retained reading at QoS 0")
    public void aNewerRetainedReadingAtQos0() {
        retained.replaceAtQos0();
    }

    @Then("the monitor does not receive the older retained reading")
    public void notTheOlderReading() {
        verdict.require(retained.receivesNotTheOlder(verdict.requirement(), MONITOR));
    }

    @When("the patch publishes a reading that is not retained")
    public void aReadingNotRetained() {
        retained.publishNotRetained();
    }

    @Then("the monitor receives only the retained reading")
    public void onlyTheRetained() {
        verdict.require(retained.receivesOnlyTheRetained(verdict.requirement(), MONITOR));
    }
}
