package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.RefusedConnectInput;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about what a broker does with what a client sends behind a CONNECT it refuses. */
public final class RefusedConnectSteps {

    private final ScenarioVerdicts verdict;
    private final RefusedConnectInput input;

    public RefusedConnectSteps(ScenarioVerdicts verdict, RefusedConnectInput input) {
        this.verdict = verdict;
        this.input = input;
    }

    @When("a patch sends a CONNECT of MQTT {word} that the broker must refuse with a retained reading right behind it")
    public void aRefusedConnectWithAReading(String version) {
        input.sendRefusedConnectWithReading(version);
    }

    @When("a station admitted with MQTT {word} publishes a retained reading of its own")
    public void aStationPublishesAControl(String version) {
        input.stationPublishesRetained(version);
    }

    @Then("a monitor subscribing to both topics receives the station's retained reading but not the patch's")
    public void onlyTheStationsReading() {
        verdict.require(input.onlyTheStationsKept(verdict.requirement()));
    }
}
