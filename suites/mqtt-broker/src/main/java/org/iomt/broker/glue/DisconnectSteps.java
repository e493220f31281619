package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.BrokerDisconnects;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the DISCONNECT an MQTT 5.0 broker sends when it ends an admitted connection, and what follows it. */
public final class DisconnectSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final BrokerDisconnects disconnects;

    public DisconnectSteps(ScenarioVerdicts verdict, BrokerDisconnects disconnects) {
        this.verdict = verdict;
        this.disconnects = disconnects;
    }

    @When("the client publishes a reading with topic alias 0")
    public void theClientPublishesWithAliasZero() {
        disconnects.publishWithTopicAliasZero(CLIENT);
    }

    @Then("the broker sends nothing after its DISCONNECT")
    public void nothingAfterDisconnect() {
        verdict.require(disconnects.nothingAfterDisconnect(verdict.requirement(), CLIENT));
    }

    @Then("the broker closes the client's connection after its DISCONNECT")
    public void closedAfterDisconnect() {
        verdict.require(disconnects.closedAfterDisconnect(verdict.requirement(), CLIENT));
    }

    @Then("the broker's DISCONNECT, if it sends one, carries a reason code defined for it")
    public void disconnectCodeIsDefined() {
        verdict.require(disconnects.disconnectCodeDefined(verdict.requirement(), CLIENT));
    }
}
