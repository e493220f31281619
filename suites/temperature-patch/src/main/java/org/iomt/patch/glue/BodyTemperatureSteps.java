package org.iomt.patch.glue;

import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about what the temperature patch reports: its readings, their timing and the identity they carry. */
public final class BodyTemperatureSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public BodyTemperatureSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Then("the body temperature is reported in the claimed unit")
    public void theTemperatureIsInTheClaimedUnit() {
        verdict.require(device.temperatureUnit(verdict.requirement()));
    }

    @Then("the body temperature lies within the plausible range")
    public void theTemperatureIsPlausible() {
        verdict.require(device.plausibleTemperature(verdict.requirement()));
    }

    @Then("every reading's time agrees with the suite's clock")
    public void everyReadingTimeAgreesWithTheClock() {
        verdict.require(device.clock(verdict.requirement()));
    }

    @Then("readings arrive at the claimed reporting interval")
    public void readingsArriveAtTheClaimedInterval() {
        verdict.require(device.reportingInterval(verdict.requirement()));
    }

    @Then("the base name states the device's GTIN and serial number")
    public void theBaseNameStatesTheDevice() {
        verdict.require(device.identityInBaseName(verdict.requirement()));
    }

    @Then("the GTIN in the base name has a valid check digit")
    public void theGtinHasAValidCheckDigit() {
        verdict.require(device.gtinCheckDigit(verdict.requirement()));
    }
}
