package org.iomt.suites.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.suites.actors.BrokerMessaging;

import java.util.List;

/** Steps about what the broker delivers to subscriptions: QoS, retained messages, overlapping and wildcard filters. */
public final class BrokerDeliverySteps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final BrokerMessaging messaging;
    private int granted;

    public BrokerDeliverySteps(ScenarioVerdicts verdict, BrokerMessaging messaging) {
        this.verdict = verdict;
        this.messaging = messaging;
    }

    @Given("a monitor subscribed with MQTT {word} to the ward's readings at QoS {int}")
    public void aMonitorSubscribed(String version, int qos) {
        granted = qos;
        messaging.monitorSubscribedToReadings(MONITOR, version, qos);
    }

    @When("a patch publishes readings at QoS 0, 1 and 2")
    public void aPatchPublishesAtEachQos() {
        messaging.publishReadingsAtEachQos(MONITOR);
    }

    @Then("the monitor receives each reading at the QoS it was published with")
    public void eachAtItsQos() {
        verdict.require(messaging.receivedAtPublishedQos(verdict.requirement(), MONITOR, granted));
    }

    @Then("the monitor receives every reading at QoS 0")
    public void everyAtQos0() {
        verdict.require(messaging.receivedAtPublishedQos(verdict.requirement(), MONITOR, granted));
    }

    @Then("the monitor receives every reading by topic name, without a topic alias")
    public void noTopicAlias() {
        verdict.require(messaging.noTopicAlias(verdict.requirement(), MONITOR));
    }

    @Given("patches have published retained readings at QoS 0, 1 and 2 with MQTT {word}")
    public void retainedReadingsAtEachQos(String version) {
        messaging.publishRetainedAtEachQos(version);
    }

    @When("a monitor subscribes to the ward's readings with a wildcard")
    public void aLateMonitorWithAWildcard() {
        messaging.lateSubscriberWithWildcard(MONITOR);
    }

    @Then("the monitor receives every retained reading")
    public void everyRetainedReading() {
        verdict.require(messaging.receivesEveryRetained(verdict.requirement(), MONITOR));
    }

    @Then("the readings the monitor receives are marked retained")
    public void markedRetained() {
        verdict.require(messaging.retainedFlags(verdict.requirement(), MONITOR, true));
    }

    @Given("a patch has published two retained readings in turn with MQTT {word}")
    public void twoRetainedReadings(String version) {
        messaging.publishRetainedInTurn(version, 2);
    }

    @Given("a patch has published a retained reading with MQTT {word}")
    public void oneRetainedReading(String version) {
        messaging.publishRetainedInTurn(version, 1);
    }

    @When("a monitor subscribes to the patch's topic")
    public void aLateMonitor() {
        messaging.lateSubscriber(MONITOR);
    }

    @Then("the monitor receives only the newer retained reading")
    public void onlyTheNewer() {
        verdict.require(messaging.receivesOnly(verdict.requirement(), MONITOR, List.of(messaging.lastIndex()),
                "to a new subscription as the topic's retained message"));
    }

    @When("a patch publishes a retained reading")
    public void aPatchPublishesARetainedReading() {
        messaging.publishOneRetained();
    }

    @Then("the monitor receives the reading not marked retained")
    public void notMarkedRetained() {
        verdict.require(messaging.retainedFlags(verdict.requirement(), MONITOR, false));
    }

    @When("the patch clears its retained reading")
    public void thePatchClearsItsRetainedReading() {
        messaging.clearRetained();
    }

    @Then("the monitor receives no retained reading")
    public void noRetainedReading() {
        verdict.require(messaging.receivesNoneOfPublished(verdict.requirement(), MONITOR, "after the retained message was cleared"));
    }

    @When("the patch publishes a reading that is not retained")
    public void aReadingNotRetained() {
        messaging.publishNotRetained();
    }

    @Then("the monitor receives only the retained reading")
    public void onlyTheRetained() {
        verdict.require(messaging.receivesOnly(verdict.requirement(), MONITOR, List.of(0),
                "to a new subscription as the topic's retained message"));
    }

    @Given("a monitor subscribed with MQTT {word} to the ward's readings at QoS 0 and to one patch's readings at QoS 2")
    public void overlappingSubscriptions(String version) {
        messaging.overlappingSubscriptions(MONITOR, version);
    }

    @When("the patch publishes a reading at QoS 2")
    public void thePatchPublishesAtQos2() {
        messaging.publishOneAtQos2(MONITOR);
    }

    @Then("the monitor receives the reading at QoS 2, and no more copies than it has subscriptions")
    public void atTheHighestQos() {
        verdict.require(messaging.overlappingDelivery(verdict.requirement(), MONITOR));
    }

    @Given("a monitor subscribed with MQTT {word} to each patch's temperature with a single-level wildcard")
    public void aWildcardMonitor(String version) {
        messaging.wildcardSubscriber(MONITOR, version);
    }

    @When("patches publish temperatures, heart rates and a nested temperature")
    public void mixedTopics() {
        messaging.publishMixedTopics(MONITOR);
    }

    @Then("the monitor receives exactly the temperatures its filter matches")
    public void exactlyTheMatches() {
        verdict.require(messaging.receivesExactlyMatching(verdict.requirement(), MONITOR));
    }

    @Given("a monitor subscribed with MQTT {word} to the ward's readings with a leading wildcard")
    public void aLeadingWildcardMonitor(String version) {
        messaging.leadingWildcardSubscriber(MONITOR, version);
    }

    @When("a patch publishes one reading on a topic that begins with $ and one on the ordinary topic")
    public void aDollarAndAnOrdinaryReading() {
        messaging.publishDollarAndOrdinary(MONITOR);
    }

    @Then("the monitor receives only the reading on the ordinary topic")
    public void onlyTheOrdinaryReading() {
        verdict.require(messaging.receivesOnlyOrdinary(verdict.requirement(), MONITOR));
    }

    @When("the monitor unsubscribes from the ward's readings")
    public void theMonitorUnsubscribes() {
        messaging.unsubscribe(MONITOR);
    }

    @Then("the broker acknowledges the unsubscription")
    public void theUnsubscriptionIsAcknowledged() {
        verdict.require(messaging.unsubscribeAcknowledged(verdict.requirement(), MONITOR));
    }
}
