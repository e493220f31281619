package org.iomt.patch.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about how a device ends its session when told to: its UNSUBSCRIBE, its DISCONNECT and what follows. */
public final class SessionEndSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public SessionEndSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Given("the broker has told the device to end its session")
    public void theBrokerHasToldTheDeviceToEndItsSession() {
        device.toldToEndItsSession();
    }

    @Then("every UNSUBSCRIBE of the device carries the fixed-header flags an UNSUBSCRIBE requires")
    public void everyUnsubscribeCarriesTheRequiredFlags() {
        verdict.require(device.unsubscribeFlags(verdict.requirement()));
    }

    @Then("every UNSUBSCRIBE of the device names a topic filter")
    public void everyUnsubscribeNamesAFilter() {
        verdict.require(device.unsubscribeHasFilters(verdict.requirement()));
    }

    @Then("every topic filter of the device's UNSUBSCRIBE is a UTF-8 string")
    public void unsubscribeFiltersAreStrings() {
        verdict.require(device.unsubscribeFiltersAreStrings(verdict.requirement()));
    }

    @Then("the device closes the connection after its DISCONNECT")
    public void closesAfterDisconnect() {
        verdict.require(device.closesAfterDisconnect(verdict.requirement()));
    }

    @Then("the device sends nothing after its DISCONNECT")
    public void silentAfterDisconnect() {
        verdict.require(device.silentAfterDisconnect(verdict.requirement()));
    }

    @Then("the device's DISCONNECT carries a defined reason code")
    public void disconnectReasonDefined() {
        verdict.require(device.disconnectReasonDefined(verdict.requirement()));
    }
}
