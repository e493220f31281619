package org.iomt.core.testclass.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.core.testclass.ReadingCheck;
import org.iomt.core.testclass.Thermometer;

/** Steps about the test thermometer's readings. */
public final class ThermometerSteps {

    private final ScenarioVerdicts verdict;
    private final Thermometer thermometer;

    public ThermometerSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.thermometer = ActiveRun.current().observation(Thermometer.class);
    }

    @Given("the thermometer has taken a reading")
    public void theThermometerHasTakenAReading() {
        thermometer.takeReading();
    }

    @Then("the reading is a body temperature in degrees Celsius")
    public void theReadingIsInCelsius() {
        verdict.require(new ReadingCheck(verdict.requirement()).judge(thermometer.log().snapshot()));
    }

    /**
     * The in-memory thermometer has no display and records nothing of one: this step judges nothing, on purpose, so
     * that the test shows the core never passing a scenario that judged nothing.
     */
    @Then("the display shows the reading")
    public void theDisplayShowsTheReading() {
        thermometer.log().snapshot();
    }
}
