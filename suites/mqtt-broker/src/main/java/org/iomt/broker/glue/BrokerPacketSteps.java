package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.ForbiddenPackets;
import org.iomt.broker.actors.KeepAliveAndPing;
import org.iomt.broker.actors.PublishFlows;
import org.iomt.broker.actors.SubscriptionAnswers;
import org.iomt.broker.checks.ConnectRefusalCheck.Rule;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about single packets the broker must answer, or must refuse by closing the connection. */
public final class BrokerPacketSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final KeepAliveAndPing keepAlive;
    private final ForbiddenPackets forbidden;
    private final PublishFlows flows;
    private final SubscriptionAnswers subscriptions;

    public BrokerPacketSteps(ScenarioVerdicts verdict, KeepAliveAndPing keepAlive, ForbiddenPackets forbidden, PublishFlows flows,
                             SubscriptionAnswers subscriptions) {
        this.verdict = verdict;
        this.keepAlive = keepAlive;
        this.forbidden = forbidden;
        this.flows = flows;
        this.subscriptions = subscriptions;
    }

    @Given("a client connected with MQTT {word} declaring a short Keep Alive")
    public void aClientWithAShortKeepAlive(String version) {
        keepAlive.connectWithShortKeepAlive(CLIENT, version);
    }

    @When("the client stays silent")
    public void theClientStaysSilent() {
        keepAlive.staySilent(CLIENT);
    }

    @Then("the broker closes the client's connection within one and a half Keep Alive periods")
    public void theBrokerClosesTheSilentClient() {
        verdict.require(keepAlive.closedWithinKeepAlive(verdict.requirement(), CLIENT));
    }

    @Then("the broker, naming no Server Keep Alive, closes the client's connection within one and a half of its Keep Alive periods")
    public void theBrokerHoldsTheClientToItsKeepAlive() {
        verdict.require(keepAlive.closedWithinClientKeepAlive(verdict.requirement(), CLIENT));
    }

    @When("the client sends a second CONNECT on its connection")
    public void theClientSendsASecondConnect() {
        forbidden.secondConnect(CLIENT);
    }

    @When("the client subscribes to three filters at QoS 0, 1 and 2 in one SUBSCRIBE")
    public void theClientSubscribesToThreeFilters() {
        subscriptions.subscribeToThreeFilters(CLIENT);
    }

    @Then("the broker grants each filter at most its requested QoS, in the order of the filters")
    public void theCodesFollowTheFilters() {
        verdict.require(subscriptions.subackInOrder(verdict.requirement(), CLIENT));
    }

    @When("the client pings the broker")
    public void theClientPings() {
        keepAlive.ping(CLIENT);
    }

    @Then("the broker answers the ping")
    public void theBrokerAnswersThePing() {
        verdict.require(keepAlive.pingAnswered(verdict.requirement(), CLIENT));
    }

    @When("a client sends a CONNECT of MQTT {word} with the reserved flag set")
    public void aConnectWithTheReservedFlag(String version) {
        forbidden.connectWithReservedFlag(CLIENT, version);
    }

    @When("a client sends a CONNECT of MQTT {word} naming the protocol {string}")
    public void aConnectNamingAnotherProtocol(String version, String protocolName) {
        forbidden.connectNamingProtocol(CLIENT, version, protocolName);
    }

    @When("a client sends a CONNECT of MQTT {word} with protocol level {int}")
    public void aConnectWithAnUnknownLevel(String version, int level) {
        forbidden.connectWithProtocolLevel(CLIENT, version, level);
    }

    @Then("the broker answers with CONNACK return code 0x01 and closes the client's connection")
    public void theBrokerRefusesTheLevel() {
        verdict.require(forbidden.answeredConnect(verdict.requirement(), CLIENT, Rule.REFUSE_WITH_RETURN_CODE_1));
    }

    @Then("the broker does not go on with the CONNECT under this specification")
    public void theBrokerDoesNotGoOn() {
        verdict.require(forbidden.answeredConnect(verdict.requirement(), CLIENT, Rule.NOT_CARRIED_ON));
    }

    @Then("the broker closes the client's connection, with or without a refusing CONNACK")
    public void theBrokerClosesWhenRefusing() {
        verdict.require(forbidden.answeredConnect(verdict.requirement(), CLIENT, Rule.CLOSE_WHEN_REFUSING));
    }

    @Then("the broker closes the client's connection without sending a CONNACK")
    public void theBrokerClosesWithoutConnack() {
        verdict.require(forbidden.answeredConnect(verdict.requirement(), CLIENT, Rule.CLOSE_WITHOUT_CONNACK));
    }

    @Then("the broker closes the client's connection without accepting it")
    public void theBrokerClosesWithoutAccepting() {
        verdict.require(forbidden.answeredConnect(verdict.requirement(), CLIENT, Rule.CLOSE_NEVER_ACCEPT));
    }

    @When("a client opens a connection for MQTT {word} and publishes before connecting")
    public void aPublishBeforeConnect(String version) {
        forbidden.publishBeforeConnect(CLIENT, version);
    }

    @When("the client subscribes with wrong fixed-header flags")
    public void aSubscribeWithWrongFlags() {
        forbidden.subscribeWithWrongFlags(CLIENT);
    }

    @When("the client publishes with both QoS bits set")
    public void aPublishAtQos3() {
        forbidden.publishWithQos3(CLIENT);
    }

    @When("the client publishes to a topic name with a wildcard")
    public void aPublishToAWildcard() {
        forbidden.publishToWildcardTopic(CLIENT);
    }

    @When("the client publishes to a topic name holding an encoded surrogate")
    public void aPublishToASurrogate() {
        forbidden.publishToSurrogateTopic(CLIENT);
    }

    @When("the client publishes to a topic name holding a null character")
    public void aPublishToANull() {
        forbidden.publishToTopicWithNull(CLIENT);
    }

    @When("the client subscribes with reserved bits set in the subscription options")
    public void aSubscribeWithReservedOptionBits() {
        forbidden.subscribeWithReservedOptionBits(CLIENT);
    }

    @When("the client subscribes without any topic filter")
    public void aSubscribeToNothing() {
        forbidden.subscribeToNothing(CLIENT);
    }

    @When("the client sends a packet whose remaining length runs over four bytes")
    public void anOverlongRemainingLength() {
        forbidden.sendOverlongRemainingLength(CLIENT);
    }

    @Then("the broker closes the client's connection")
    public void theBrokerClosesTheConnection() {
        verdict.require(forbidden.closedAfterOffence(verdict.requirement(), CLIENT));
    }

    @When("the client publishes a reading at QoS {int}")
    public void theClientPublishes(int qos) {
        flows.publishAndWatchFlow(CLIENT, qos);
    }

    @Then("the broker acknowledges it with a PUBACK for its packet identifier")
    public void theBrokerAcknowledges() {
        verdict.require(flows.acknowledgedWith(verdict.requirement(), CLIENT, "PUBACK"));
    }

    @Then("the broker answers it with a PUBREC for its packet identifier")
    public void theBrokerReceives() {
        verdict.require(flows.acknowledgedWith(verdict.requirement(), CLIENT, "PUBREC"));
    }

    @Then("the broker completes the flow with a PUBCOMP for its packet identifier")
    public void theBrokerCompletes() {
        verdict.require(flows.acknowledgedWith(verdict.requirement(), CLIENT, "PUBCOMP"));
    }

    @Then("the broker's PUBACK carries a reason code defined for it")
    public void thePubackCodeIsDefined() {
        verdict.require(flows.acknowledgementCodeDefined(verdict.requirement(), CLIENT));
    }
}
