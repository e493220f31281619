package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import org.iomt.broker.actors.FailureCodeClosing;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the connection an MQTT 5.0 broker ends with a reason code of 0x80 or above. */
public final class FailureCodeSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final FailureCodeClosing closing;

    public FailureCodeSteps(ScenarioVerdicts verdict, FailureCodeClosing closing) {
        this.verdict = verdict;
        this.closing = closing;
    }

    @Then("the broker closes the client's connection after its failure code, while it answers an admitted client")
    public void closedAfterFailureCode() {
        verdict.require(closing.closedAfterFailure(verdict.requirement(), CLIENT));
    }
}
