package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.Mqtt5Messaging;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the properties a publisher attaches to an MQTT 5.0 message and what its subscribers receive of them. */
public final class MessagePropertySteps {

    static final String MONITOR = "monitor";
    static final String PATCH = "patch";

    private final ScenarioVerdicts verdict;
    private final Mqtt5Messaging messaging;

    public MessagePropertySteps(ScenarioVerdicts verdict, Mqtt5Messaging messaging) {
        this.verdict = verdict;
        this.messaging = messaging;
    }

    @Given("a monitor has subscribed to the patch's readings")
    public void aMonitorHasSubscribed() {
        messaging.subscribe(MONITOR);
    }

    @When("the patch publishes a reading")
    public void thePatchPublishesAReading() {
        messaging.publishReading(PATCH);
    }

    @When("the patch publishes a reading with user properties")
    public void thePatchPublishesWithUserProperties() {
        messaging.publishWithUserProperties(PATCH);
    }

    @Then("the monitor receives the reading with the same user properties")
    public void theMonitorReceivesTheSameUserProperties() {
        verdict.require(messaging.sameUserProperties(verdict.requirement(), MONITOR));
    }

    @Then("the monitor receives the reading's user properties in their original order")
    public void theMonitorReceivesTheUserPropertiesInOrder() {
        verdict.require(messaging.userPropertiesInOrder(verdict.requirement(), MONITOR));
    }

    @When("the patch publishes a reading marked as UTF-8 text")
    public void thePatchPublishesTextMarked() {
        messaging.publishMarkedAsText(PATCH);
    }

    @Then("the monitor receives the reading marked as UTF-8 text")
    public void theMonitorReceivesItMarkedAsText() {
        verdict.require(messaging.markedAsText(verdict.requirement(), MONITOR));
    }

    @When("the patch publishes a reading with its content type")
    public void thePatchPublishesWithContentType() {
        messaging.publishWithContentType(PATCH);
    }

    @Then("the monitor receives the reading with the same content type")
    public void theMonitorReceivesTheContentType() {
        verdict.require(messaging.sameContentType(verdict.requirement(), MONITOR));
    }

    @Given("a patch has subscribed to requests for its readings")
    public void aPatchHasSubscribedToRequests() {
        messaging.subscribeToRequests(PATCH);
    }

    @When("a monitor sends the patch a request naming where to reply")
    public void aMonitorSendsARequest() {
        messaging.sendRequest(MONITOR);
    }

    @Then("the patch receives the request with the monitor's reply topic")
    public void thePatchReceivesTheReplyTopic() {
        verdict.require(messaging.sameResponseTopic(verdict.requirement(), PATCH, MONITOR));
    }

    @Then("the user properties the monitor receives are well-formed UTF-8 strings")
    public void theUserPropertiesAreWellFormed() {
        verdict.require(messaging.userPropertyStringsWellFormed(verdict.requirement(), MONITOR));
    }

    @Then("the content type the monitor receives is a well-formed UTF-8 string")
    public void theContentTypeIsWellFormed() {
        verdict.require(messaging.contentTypeWellFormed(verdict.requirement(), MONITOR));
    }

    @Then("the reply topic the patch receives is a well-formed UTF-8 string")
    public void theReplyTopicIsWellFormed() {
        verdict.require(messaging.responseTopicWellFormed(verdict.requirement(), PATCH));
    }

    @Then("the reply topic the patch receives holds no wildcard")
    public void theReplyTopicHoldsNoWildcard() {
        verdict.require(messaging.responseTopicWithoutWildcards(verdict.requirement(), PATCH));
    }

    @Then("the patch receives the request with the monitor's correlation data")
    public void thePatchReceivesTheCorrelationData() {
        verdict.require(messaging.sameCorrelationData(verdict.requirement(), PATCH));
    }

    @Given("the patch has published a reading that sets up the highest topic alias the broker allows")
    public void thePatchHasSetUpATopicAlias() {
        messaging.publishSettingUpAlias(PATCH);
    }

    @When("the patch publishes a reading by that topic alias alone")
    public void thePatchPublishesByAlias() {
        messaging.publishByAlias(PATCH);
    }

    @Then("the monitor receives the reading sent by topic alias on the patch's topic")
    public void theMonitorReceivesTheAliasedReading() {
        verdict.require(messaging.aliasAccepted(verdict.requirement(), MONITOR, PATCH));
    }
}
