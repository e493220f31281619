package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.RequestedInformation;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the information an MQTT 5.0 client asks for in its CONNECT, and what the broker sends it. */
public final class RequestedInformationSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final RequestedInformation requested;

    public RequestedInformationSteps(ScenarioVerdicts verdict, RequestedInformation requested) {
        this.verdict = verdict;
        this.requested = requested;
    }

    @When("a client connects with MQTT 5.0 asking for no response information")
    public void aClientAskingForNoResponseInformation() {
        requested.connectWithoutResponseInformation(CLIENT);
    }

    @Given("a client connected with MQTT 5.0 asking for no problem information")
    public void aClientAskingForNoProblemInformation() {
        requested.connectWithoutProblemInformation(CLIENT);
    }

    @When("the client draws every kind of acknowledgement from the broker")
    public void theClientDrawsEveryAcknowledgement() {
        requested.drawEveryAcknowledgement(CLIENT);
    }

    @Then("the broker's CONNACK carries no Response Information")
    public void noResponseInformation() {
        verdict.require(requested.noResponseInformation(verdict.requirement(), CLIENT));
    }

    @Then("no acknowledgement the broker sent the client carries a Reason String or User Property")
    public void noProblemInformation() {
        verdict.require(requested.noProblemInformation(verdict.requirement(), CLIENT));
    }
}
