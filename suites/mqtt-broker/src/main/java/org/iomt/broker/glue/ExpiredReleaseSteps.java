package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.ExpiredQos2Release;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about a QoS 2 reading whose client releases it only after its message expiry interval has passed. */
public final class ExpiredReleaseSteps {

    private static final String PATCH = "patch";

    private final ScenarioVerdicts verdict;
    private final ExpiredQos2Release release;

    public ExpiredReleaseSteps(ScenarioVerdicts verdict, ExpiredQos2Release release) {
        this.verdict = verdict;
        this.release = release;
    }

    @When("a patch of MQTT {word} releases a QoS 2 reading only after its message expiry interval has passed")
    public void aPatchReleasesAfterExpiry(String version) {
        release.publishAndReleaseAfterExpiry(PATCH, version);
    }

    @Then("the broker still completes the reading's QoS 2 flow")
    public void theBrokerCompletesTheFlow() {
        verdict.require(release.completed(verdict.requirement(), PATCH));
    }
}
