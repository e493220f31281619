package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.Mqtt5Messaging;
import org.iomt.core.glue.ScenarioVerdicts;

import static org.iomt.broker.glue.MessagePropertySteps.MONITOR;
import static org.iomt.broker.glue.MessagePropertySteps.PATCH;

/** Steps about how long a broker keeps an MQTT 5.0 message for a subscriber that is away. */
public final class MessageExpirySteps {

    private final ScenarioVerdicts verdict;
    private final Mqtt5Messaging messaging;

    public MessageExpirySteps(ScenarioVerdicts verdict, Mqtt5Messaging messaging) {
        this.verdict = verdict;
        this.messaging = messaging;
    }

    @Given("a monitor with a lasting session has subscribed to the patch's readings and gone away")
    public void aMonitorHasSubscribedAndGoneAway() {
        messaging.subscribeAndLeave(MONITOR);
    }

    @When("the patch publishes a reading that expires after the message expiry interval")
    public void thePatchPublishesAnExpiringReading() {
        messaging.publishExpiringReading(PATCH);
    }

    @When("the patch publishes a reading that does not expire")
    public void thePatchPublishesALastingReading() {
        messaging.publishLastingReading(PATCH);
    }

    @When("the patch publishes a reading that stays valid for minutes")
    public void thePatchPublishesALongLivedReading() {
        messaging.publishLongLivedReading(PATCH);
    }

    @When("the message expiry interval passes")
    public void theMessageExpiryIntervalPasses() {
        messaging.waitOutMessageExpiry();
    }

    @When("the monitor comes back to its lasting session")
    public void theMonitorComesBack() {
        messaging.resume(MONITOR);
    }

    @Then("the monitor does not receive the expired reading")
    public void theMonitorDoesNotReceiveTheExpiredReading() {
        verdict.require(messaging.expiredNotDelivered(verdict.requirement(), MONITOR));
    }

    @Then("the monitor receives the reading with its lifetime reduced by the time it waited")
    public void theMonitorReceivesTheReducedLifetime() {
        verdict.require(messaging.expiryReducedByWait(verdict.requirement(), MONITOR, PATCH));
    }
}
