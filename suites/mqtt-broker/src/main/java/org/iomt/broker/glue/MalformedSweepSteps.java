package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.MalformedPacketSweep;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps of the robustness sweep: malformed packets, each on a connection of its own, beside a control client. */
public final class MalformedSweepSteps {

    private final ScenarioVerdicts verdict;
    private final MalformedPacketSweep sweep;

    public MalformedSweepSteps(ScenarioVerdicts verdict, MalformedPacketSweep sweep) {
        this.verdict = verdict;
        this.sweep = sweep;
    }

    @Given("a control client connected with MQTT {word} for the whole sweep")
    public void aControlClient(String version) {
        sweep.connectControl(version);
    }

    @When("the sweep sends each malformed packet of the {string} family on a connection of its own")
    public void theSweepSendsTheFamily(String family) {
        sweep.sweep(family);
    }

    @Then("the broker closes every one of those connections and keeps serving the control client")
    public void theBrokerClosesEveryOneAndKeepsServing() {
        verdict.require(sweep.closedEveryOneAndKeptServing(verdict.requirement()));
    }
}
