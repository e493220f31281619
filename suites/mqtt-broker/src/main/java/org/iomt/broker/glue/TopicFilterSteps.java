package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.MalformedFilters;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the topic filters a broker must refuse to subscribe to. */
public final class TopicFilterSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final MalformedFilters filters;

    public TopicFilterSteps(ScenarioVerdicts verdict, MalformedFilters filters) {
        this.verdict = verdict;
        this.filters = filters;
    }

    @When("the client subscribes to a topic filter with {}")
    public void theClientSubscribesToAForbiddenFilter(String defect) {
        filters.subscribeTo(CLIENT, defect);
    }

    @Then("the broker refuses that subscription while it grants a well-formed one to another client")
    public void theBrokerRefusesTheFilter() {
        verdict.require(filters.refused(verdict.requirement(), CLIENT));
    }
}
