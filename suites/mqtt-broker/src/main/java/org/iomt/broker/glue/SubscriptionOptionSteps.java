package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.Mqtt5Messaging;
import org.iomt.core.glue.ScenarioVerdicts;

import static org.iomt.broker.glue.MessagePropertySteps.MONITOR;
import static org.iomt.broker.glue.MessagePropertySteps.PATCH;

/** Steps about the MQTT 5.0 options a subscriber gives its subscription. */
public final class SubscriptionOptionSteps {

    private static final String GATEWAY = "gateway";
    private static final String STATION = "station";

    private final ScenarioVerdicts verdict;
    private final Mqtt5Messaging messaging;

    public SubscriptionOptionSteps(ScenarioVerdicts verdict, Mqtt5Messaging messaging) {
        this.verdict = verdict;
        this.messaging = messaging;
    }

    @Given("a monitor has two overlapping subscriptions to the patch's readings, each under its own identifier")
    public void aMonitorHasSubscribedWithIdentifiers() {
        messaging.subscribeOverlappingWithIdentifiers(MONITOR);
    }

    @Then("the monitor receives the reading with the identifiers of both subscriptions")
    public void theMonitorReceivesTheIdentifiers() {
        verdict.require(messaging.carriesSubscriptionIdentifiers(verdict.requirement(), MONITOR));
    }

    @Given("a gateway has subscribed to the readings asking not to receive its own messages")
    public void aGatewayHasSubscribedWithNoLocal() {
        messaging.subscribeWithoutOwnMessages(GATEWAY);
    }

    @When("the gateway publishes a reading of its own")
    public void theGatewayPublishes() {
        messaging.publishOwnReading(GATEWAY);
    }

    @When("a patch publishes a reading of its own")
    public void aPatchPublishes() {
        messaging.publishOwnReading(PATCH);
    }

    @Then("the gateway does not receive its own reading")
    public void theGatewayDoesNotReceiveItsOwnReading() {
        verdict.require(messaging.ownReadingNotDelivered(verdict.requirement(), GATEWAY, PATCH));
    }

    @Given("a monitor has subscribed to the patch's readings asking for the retain flag as published")
    public void aMonitorHasSubscribedRetainAsPublished() {
        messaging.subscribeRetainAsPublished(MONITOR);
    }

    @Given("the patch has published a retained reading")
    @When("the patch publishes a retained reading")
    public void thePatchPublishesARetainedReading() {
        messaging.publishRetainedReading(PATCH);
    }

    @When("a station subscribes to the patch's readings afterwards")
    public void aStationSubscribesAfterwards() {
        messaging.subscribe(STATION);
    }

    @Then("the monitor receives the retained reading with the retain flag set")
    public void theMonitorReceivesTheRetainFlag() {
        verdict.require(messaging.retainFlagAsPublished(verdict.requirement(), MONITOR, STATION));
    }

    @When("a monitor subscribes to the patch's readings asking for no retained messages")
    public void aMonitorSubscribesWithoutRetainedMessages() {
        messaging.subscribeWithoutRetainedMessages(MONITOR);
    }

    @Then("the monitor does not receive the retained reading")
    public void theMonitorDoesNotReceiveTheRetainedReading() {
        verdict.require(messaging.retainedNotSent(verdict.requirement(), MONITOR, STATION));
    }

    @Given("a monitor has joined a shared subscription to the patch's readings at QoS 0")
    public void aMonitorHasJoinedASharedSubscription() {
        messaging.joinSharedSubscription(MONITOR, 0);
    }

    @Then("the monitor receives the reading at the QoS its shared subscription was granted")
    public void theMonitorReceivesAtTheGrantedQos() {
        verdict.require(messaging.deliveredAtGrantedQos(verdict.requirement(), MONITOR));
    }
}
