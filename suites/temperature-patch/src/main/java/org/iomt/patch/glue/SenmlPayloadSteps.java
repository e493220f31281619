package org.iomt.patch.glue;

import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about the SenML packs the device reports (RFC 8428). */
public final class SenmlPayloadSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public SenmlPayloadSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Then("every payload is a SenML JSON pack of records with well-typed fields")
    public void everyPayloadIsASenmlPack() {
        verdict.require(device.senmlRepresentation(verdict.requirement()));
    }

    @Then("every pack has a supported version and no unknown must-understand label")
    public void everyPackHasASupportedVersion() {
        verdict.require(device.senmlVersionAndExtensions(verdict.requirement()));
    }

    @Then("every resolved record name is a valid SenML name")
    public void everyNameIsValid() {
        verdict.require(device.senmlNames(verdict.requirement()));
    }

    @Then("every record carries exactly one value")
    public void everyRecordCarriesOneValue() {
        verdict.require(device.senmlOneValue(verdict.requirement()));
    }

    @Then("every number in every pack is written short enough to read without loss")
    public void everyNumberIsShortEnough() {
        verdict.require(device.senmlNumberLength(verdict.requirement()));
    }

    @Then("every unit is in the SenML units registry")
    public void everyUnitIsRegistered() {
        verdict.require(device.senmlRegisteredUnits(verdict.requirement()));
    }
}
