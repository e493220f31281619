package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.AcknowledgementIds;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the packet identifiers the broker's SUBACK and UNSUBACK carry. */
public final class PacketIdentifierSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final AcknowledgementIds ids;

    public PacketIdentifierSteps(ScenarioVerdicts verdict, AcknowledgementIds ids) {
        this.verdict = verdict;
        this.ids = ids;
    }

    @When("the client subscribes under a packet identifier of two different bytes")
    public void theClientSubscribes() {
        ids.subscribe(CLIENT);
    }

    @When("the client unsubscribes from a filter it never subscribed to")
    public void theClientUnsubscribesFromAnUnknownFilter() {
        ids.unsubscribeFromUnknownFilter(CLIENT);
    }

    @Then("the broker's SUBACK carries the packet identifier of the SUBSCRIBE")
    public void theSubackCarriesTheId() {
        verdict.require(ids.subackCarriesTheId(verdict.requirement(), CLIENT));
    }

    @Then("the broker answers with an UNSUBACK carrying the packet identifier of the UNSUBSCRIBE")
    public void theUnsubackCarriesTheId() {
        verdict.require(ids.unsubackCarriesTheId(verdict.requirement(), CLIENT));
    }
}
