package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.AuthenticationAttempts;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about MQTT 5.0 enhanced authentication as the broker meets it: a method it does not support, or none named. */
public final class AuthenticationSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final AuthenticationAttempts attempts;

    public AuthenticationSteps(ScenarioVerdicts verdict, AuthenticationAttempts attempts) {
        this.verdict = verdict;
        this.attempts = attempts;
    }

    @When("a client connects with MQTT 5.0 naming an authentication method the broker does not support")
    public void aClientNamesAnUnsupportedMethod() {
        attempts.connectWithUnsupportedMethod(CLIENT);
    }

    @Then("the broker closes the client's connection unless it takes the method up")
    public void theBrokerClosesUnlessItTakesTheMethodUp() {
        verdict.require(attempts.closedUnlessMethodTaken(verdict.requirement(), CLIENT));
    }

    @Then("the broker ends the client's connection without a DISCONNECT before admitting it")
    public void noDisconnectBeforeAdmission() {
        verdict.require(attempts.noDisconnectBeforeAdmission(verdict.requirement(), CLIENT));
    }

    @Then("every CONNACK the broker sends, to that client and to a client it admits, carries a reason code defined for it")
    public void everyConnackCodeIsDefined() {
        verdict.require(attempts.connackCodesDefined(verdict.requirement(), CLIENT));
    }

    @Given("a client subscribed with MQTT 5.0 to its readings without naming an authentication method")
    public void aClientWithoutAMethod() {
        attempts.connectWithoutMethod(CLIENT);
    }

    @Then("the broker neither names an authentication method in its CONNACK nor sends AUTH before the client's reading comes back")
    public void noAuthenticationUnasked() {
        verdict.require(attempts.noAuthenticationUnasked(verdict.requirement(), CLIENT));
    }
}
