package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.DollarTopics;
import org.iomt.broker.actors.QosDelivery;
import org.iomt.broker.actors.SubscriptionAnswers;
import org.iomt.broker.actors.WildcardSubscriptions;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about what the broker delivers to subscriptions: QoS, overlapping and wildcard filters, $ topics, unsubscribing. */
public final class BrokerDeliverySteps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final QosDelivery delivery;
    private final WildcardSubscriptions wildcards;
    private final DollarTopics dollarTopics;
    private final SubscriptionAnswers subscriptions;

    public BrokerDeliverySteps(ScenarioVerdicts verdict, QosDelivery delivery, WildcardSubscriptions wildcards,
                               DollarTopics dollarTopics, SubscriptionAnswers subscriptions) {
        this.verdict = verdict;
        this.delivery = delivery;
        this.wildcards = wildcards;
        this.dollarTopics = dollarTopics;
        this.subscriptions = subscriptions;
    }

    @Given("a monitor subscribed with MQTT {word} to the ward's readings at QoS {int}")
    public void aMonitorSubscribed(String version, int qos) {
        delivery.monitorSubscribedToReadings(MONITOR, version, qos);
    }

    @When("a patch publishes readings at QoS 0, 1 and 2")
    public void aPatchPublishesAtEachQos() {
        delivery.publishReadingsAtEachQos(MONITOR);
    }

    @Then("the monitor receives each reading at the QoS it was published with")
    public void eachAtItsQos() {
        verdict.require(delivery.receivedAtPublishedQos(verdict.requirement(), MONITOR));
    }

    @Then("the monitor receives every reading at QoS 0")
    public void everyAtQos0() {
        verdict.require(delivery.receivedAtPublishedQos(verdict.requirement(), MONITOR));
    }

    @Then("the monitor receives every reading by topic name, without a topic alias")
    public void noTopicAlias() {
        verdict.require(delivery.noTopicAlias(verdict.requirement(), MONITOR));
    }

    @Given("a monitor subscribed with MQTT {word} to the ward's readings at QoS 0 and to one patch's readings at QoS 2")
    public void overlappingSubscriptions(String version) {
        wildcards.overlappingSubscriptions(MONITOR, version);
    }

    @When("the patch publishes a reading at QoS 2")
    public void thePatchPublishesAtQos2() {
        wildcards.publishOneAtQos2(MONITOR);
    }

    @Then("the monitor receives the reading at QoS 2, and no more copies than it has subscriptions")
    public void atTheHighestQos() {
        verdict.require(wildcards.overlappingDelivery(verdict.requirement(), MONITOR));
    }

    @Given("a monitor subscribed with MQTT {word} to each patch's temperature with a single-level wildcard")
    public void aWildcardMonitor(String version) {
        wildcards.wildcardSubscriber(MONITOR, version);
    }

    @When("patches publish temperatures, heart rates and a nested temperature")
    public void mixedTopics() {
        wildcards.publishMixedTopics(MONITOR);
    }

    @Then("the monitor receives exactly the temperatures its filter matches")
    public void exactlyTheMatches() {
        verdict.require(wildcards.receivesExactlyMatching(verdict.requirement(), MONITOR));
    }

    @Given("a monitor subscribed with MQTT {word} to the ward's readings with a leading wildcard")
    public void aLeadingWildcardMonitor(String version) {
        dollarTopics.leadingWildcardSubscriber(MONITOR, version);
    }

    @When("a patch publishes one reading on a topic that begins with $ and one on the ordinary topic")
    public void aDollarAndAnOrdinaryReading() {
        dollarTopics.publishDollarAndOrdinary(MONITOR);
    }

    @Then("the monitor receives only the reading on the ordinary topic")
    public void onlyTheOrdinaryReading() {
        verdict.require(dollarTopics.receivesOnlyOrdinary(verdict.requirement(), MONITOR));
    }

    @When("the monitor unsubscribes from the ward's readings")
    public void theMonitorUnsubscribes() {
        subscriptions.unsubscribe(MONITOR);
    }

    @Then("the broker acknowledges the unsubscription")
    public void theUnsubscriptionIsAcknowledged() {
        verdict.require(subscriptions.unsubscribeAcknowledged(verdict.requirement(), MONITOR));
    }
}
