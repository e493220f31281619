package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.LimitedBroker;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about a broker that lacks QoS 2 or retained messages: what it announces and what it refuses. */
public final class LimitedBrokerSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final LimitedBroker broker;

    public LimitedBrokerSteps(ScenarioVerdicts verdict, LimitedBroker broker) {
        this.verdict = verdict;
        this.broker = broker;
    }

    @When("a client connects with MQTT 5.0 leaving a will at QoS 2")
    public void aClientWithAWillAtQos2() {
        broker.connectWithWillAboveMaximumQos(CLIENT);
    }

    @When("a client connects with MQTT 5.0 leaving a will to be retained")
    public void aClientWithARetainedWill() {
        broker.connectWithRetainedWill(CLIENT);
    }

    @Then("the broker's CONNACK announces the highest QoS the broker supports as its Maximum QoS")
    public void theConnackAnnouncesTheMaximumQos() {
        verdict.require(broker.maximumQosAnnounced(verdict.requirement(), CLIENT));
    }

    @Then("the broker accepts the subscription of every filter, whatever QoS it grants")
    public void everySubscriptionAccepted() {
        verdict.require(broker.everySubscriptionAccepted(verdict.requirement(), CLIENT));
    }

    @Then("the broker refuses the client's connection and closes it, while it admits a client whose will it can carry")
    public void theWillIsRefused() {
        verdict.require(broker.willRefused(verdict.requirement(), CLIENT));
    }
}
