package org.iomt.patch.glue;

import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about MQTT 5.0 enhanced authentication: the device's AUTH packets and what it sends before its CONNACK. */
public final class EnhancedAuthenticationSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public EnhancedAuthenticationSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Then("the device sent only AUTH or DISCONNECT between a CONNECT naming an Authentication Method and its CONNACK")
    public void onlyAuthBeforeConnack() {
        verdict.require(device.onlyAuthBeforeConnack(verdict.requirement()));
    }

    @Then("every AUTH of the device has fixed-header flags 0000, and it closes the connection on an AUTH with others")
    public void authFlags() {
        verdict.require(device.authFlagsZeroAndClosesOnOthers(verdict.requirement()));
    }

    @Then("every AUTH of the device carries a defined Authenticate Reason Code")
    public void authReasonCodes() {
        verdict.require(device.authReasonCodesDefined(verdict.requirement()));
    }

    @Then("the device answers each AUTH 0x18 of the broker with an AUTH 0x18")
    public void authRepliesContinue() {
        verdict.require(device.authRepliesContinue(verdict.requirement()));
    }

    @Then("every AUTH of the device names the Authentication Method of its connection's CONNECT")
    public void authNamesTheConnectMethod() {
        verdict.require(device.authNamesTheConnectMethod(verdict.requirement()));
    }

    @Then("the device sends no AUTH on a connection whose CONNECT named no Authentication Method")
    public void noAuthWithoutMethod() {
        verdict.require(device.noAuthWithoutMethod(verdict.requirement()));
    }

    @Then("the device re-authenticates with the Authentication Method it authenticated the connection with")
    public void reauthenticatesWithTheSameMethod() {
        verdict.require(device.reauthenticatesWithTheSameMethod(verdict.requirement()));
    }

    @Then("the device closes the connection when the broker's last AUTH of a re-authentication proves nothing")
    public void closesOnFailedReauthentication() {
        verdict.require(device.closesOnFailedReauthentication(verdict.requirement()));
    }
}
