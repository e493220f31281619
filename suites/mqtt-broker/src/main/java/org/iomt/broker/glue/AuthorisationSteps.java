package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.UnauthorisedPublishes;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about what the broker does with a PUBLISH it does not authorise. */
public final class AuthorisationSteps {

    private static final String PATCH = "patch";

    private final ScenarioVerdicts verdict;
    private final UnauthorisedPublishes publishes;

    public AuthorisationSteps(ScenarioVerdicts verdict, UnauthorisedPublishes publishes) {
        this.verdict = verdict;
        this.publishes = publishes;
    }

    @Given("a patch connected where the broker does not authorise it to publish on one topic")
    public void aPatchConnectedWhereRestricted() {
        publishes.connectRestricted(PATCH);
    }

    @When("the patch publishes a reading at QoS 1 on that topic")
    public void thePatchPublishesOnTheUnauthorisedTopic() {
        publishes.publishUnauthorised();
    }

    @Then("the broker acknowledges the reading as usual or closes the connection")
    public void theBrokerAcknowledgesOrCloses() {
        verdict.require(publishes.acknowledgedOrClosed(verdict.requirement()));
    }
}
