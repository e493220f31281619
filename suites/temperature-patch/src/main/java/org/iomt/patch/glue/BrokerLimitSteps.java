package org.iomt.patch.glue;

import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about the limits an MQTT 5.0 broker announces to the device when it accepts its connection. */
public final class BrokerLimitSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public BrokerLimitSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Then("no packet of the device is larger than the maximum packet size the broker announced")
    public void noPacketAboveTheAnnouncedMaximumSize() {
        verdict.require(device.packetsWithinMaximumSize(verdict.requirement()));
    }

    @Then("no {word} of the device is larger than the broker's maximum packet size because of a Reason String")
    public void noAnswerTooLargeBecauseOfAReasonString(String answer) {
        verdict.require(device.propertyLeftOutBeyondMaximumSize(verdict.requirement(), answer, "Reason String"));
    }

    @Then("no {word} of the device is larger than the broker's maximum packet size because of a User Property")
    public void noAnswerTooLargeBecauseOfAUserProperty(String answer) {
        verdict.require(device.propertyLeftOutBeyondMaximumSize(verdict.requirement(), answer, "User Property"));
    }

    @Then("the device answers a command the broker sends while the Receive Maximum holds its readings back")
    public void theDeviceAnswersACommandAtZeroQuota() {
        verdict.require(device.commandsAnsweredAtZeroQuota(verdict.requirement()));
    }
}
