package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import org.iomt.broker.actors.RejectedIdentifiers;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the end of a connection whose client identifier the broker rejected. */
public final class IdentifierRefusalSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final RejectedIdentifiers identifiers;

    public IdentifierRefusalSteps(ScenarioVerdicts verdict, RejectedIdentifiers identifiers) {
        this.verdict = verdict;
        this.identifiers = identifiers;
    }

    @Then("the broker, if it rejects the client identifier, closes the connection")
    public void theBrokerClosesAfterRejectingTheIdentifier() {
        verdict.require(identifiers.closedAfterRejection(verdict.requirement(), CLIENT));
    }
}
