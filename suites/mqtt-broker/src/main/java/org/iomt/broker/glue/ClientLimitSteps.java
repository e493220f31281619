package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.Mqtt5Messaging;
import org.iomt.core.glue.ScenarioVerdicts;

import static org.iomt.broker.glue.MessagePropertySteps.MONITOR;
import static org.iomt.broker.glue.MessagePropertySteps.PATCH;

/** Steps about the limits an MQTT 5.0 client sets on what a broker sends it. */
public final class ClientLimitSteps {

    private final ScenarioVerdicts verdict;
    private final Mqtt5Messaging messaging;

    public ClientLimitSteps(ScenarioVerdicts verdict, Mqtt5Messaging messaging) {
        this.verdict = verdict;
        this.messaging = messaging;
    }

    @Given("a monitor that allows two unacknowledged readings has subscribed to the patch's readings")
    public void aMonitorWithReceiveMaximumTwoHasSubscribed() {
        messaging.subscribeWithReceiveMaximum(MONITOR, 2);
    }

    @Given("the monitor stops acknowledging readings")
    public void theMonitorStopsAcknowledging() {
        messaging.stopAcknowledging(MONITOR);
    }

    @When("the patch publishes three readings at QoS 1")
    public void thePatchPublishesThreeReadings() {
        messaging.publishReadings(PATCH, 3);
    }

    @Then("the monitor has no more than two readings awaiting its acknowledgement")
    public void theMonitorHasAtMostTwoOutstanding() {
        verdict.require(messaging.withinReceiveMaximum(verdict.requirement(), MONITOR));
    }

    @Given("a monitor that accepts only small packets has subscribed to the patch's readings")
    public void aMonitorAcceptingSmallPacketsHasSubscribed() {
        messaging.subscribeAcceptingSmallPackets(MONITOR);
    }

    @When("the patch publishes a reading too large for the monitor")
    public void thePatchPublishesALargeReading() {
        messaging.publishLargeReading(PATCH);
    }

    @When("the patch publishes a reading small enough for the monitor")
    public void thePatchPublishesASmallReading() {
        messaging.publishSmallReading(PATCH);
    }

    @Then("the broker sends the monitor no packet larger than it accepts")
    public void noPacketIsLargerThanAccepted() {
        verdict.require(messaging.noPacketLargerThanAccepted(verdict.requirement(), MONITOR));
    }
}
