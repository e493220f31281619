package org.iomt.suites.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.suites.actors.BrokerMessaging;

/** Steps about single packets the broker must answer, or must refuse by closing the connection. */
public final class BrokerPacketSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final BrokerMessaging messaging;

    public BrokerPacketSteps(ScenarioVerdicts verdict, BrokerMessaging messaging) {
        this.verdict = verdict;
        this.messaging = messaging;
    }

    @Given("a client connected with MQTT {word} declaring a short Keep Alive")
    public void aClientWithAShortKeepAlive(String version) {
        messaging.connectWithShortKeepAlive(CLIENT, version);
    }

    @When("the client stays silent")
    public void theClientStaysSilent() {
        messaging.staySilent(CLIENT);
    }

    @Then("the broker closes the client's connection within one and a half Keep Alive periods")
    public void theBrokerClosesTheSilentClient() {
        verdict.require(messaging.closedWithinKeepAlive(verdict.requirement(), CLIENT));
    }

    @When("the client sends a second CONNECT on its connection")
    public void theClientSendsASecondConnect() {
        messaging.secondConnect(CLIENT);
    }

    @When("the client subscribes to three filters at QoS 0, 1 and 2 in one SUBSCRIBE")
    public void theClientSubscribesToThreeFilters() {
        messaging.subscribeToThreeFilters(CLIENT);
    }

    @Then("the broker grants each filter at most its requested QoS, in the order of the filters")
    public void theCodesFollowTheFilters() {
        verdict.require(messaging.subackInOrder(verdict.requirement(), CLIENT));
    }

    @When("the client pings the broker")
    public void theClientPings() {
        messaging.ping(CLIENT);
    }

    @Then("the broker answers the ping")
    public void theBrokerAnswersThePing() {
        verdict.require(messaging.pingAnswered(verdict.requirement(), CLIENT));
    }

    @When("a client sends a CONNECT of MQTT {word} with the reserved flag set")
    public void aConnectWithTheReservedFlag(String version) {
        messaging.connectWithReservedFlag(CLIENT, version);
    }

    @When("a client opens a connection for MQTT {word} and publishes before connecting")
    public void aPublishBeforeConnect(String version) {
        messaging.publishBeforeConnect(CLIENT, version);
    }

    @When("the client subscribes with wrong fixed-header flags")
    public void aSubscribeWithWrongFlags() {
        messaging.subscribeWithWrongFlags(CLIENT);
    }

    @When("the client publishes with both QoS bits set")
    public void aPublishAtQos3() {
        messaging.publishWithQos3(CLIENT);
    }

    @When("the client publishes to a topic name with a wildcard")
    public void aPublishToAWildcard() {
        messaging.publishToWildcardTopic(CLIENT);
    }

    @When("the client publishes to a topic name holding an encoded surrogate")
    public void aPublishToASurrogate() {
        messaging.publishToSurrogateTopic(CLIENT);
    }

    @When("the client publishes to a topic name holding a null character")
    public void aPublishToANull() {
        messaging.publishToTopicWithNull(CLIENT);
    }

    @When("the client subscribes without any topic filter")
    public void aSubscribeToNothing() {
        messaging.subscribeToNothing(CLIENT);
    }

    @When("the client sends a packet whose remaining length runs over four bytes")
    public void anOverlongRemainingLength() {
        messaging.sendOverlongRemainingLength(CLIENT);
    }

    @Then("the broker closes the client's connection")
    public void theBrokerClosesTheConnection() {
        verdict.require(messaging.closedAfterOffence(verdict.requirement(), CLIENT));
    }

    @When("the client publishes a reading at QoS {int}")
    public void theClientPublishes(int qos) {
        messaging.publishAndWatchFlow(CLIENT, qos);
    }

    @Then("the broker acknowledges it with a PUBACK for its packet identifier")
    public void theBrokerAcknowledges() {
        verdict.require(messaging.acknowledgedWith(verdict.requirement(), CLIENT, "PUBACK"));
    }

    @Then("the broker answers it with a PUBREC for its packet identifier")
    public void theBrokerReceives() {
        verdict.require(messaging.acknowledgedWith(verdict.requirement(), CLIENT, "PUBREC"));
    }

    @Then("the broker completes the flow with a PUBCOMP for its packet identifier")
    public void theBrokerCompletes() {
        verdict.require(messaging.acknowledgedWith(verdict.requirement(), CLIENT, "PUBCOMP"));
    }
}
