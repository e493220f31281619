package org.iomt.patch.glue;

import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about what the device does when its broker sends it a packet a correct broker never sends. */
public final class MalformedInputSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public MalformedInputSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Then("the device closes the connection on which the broker sent it a PUBLISH with both QoS bits set")
    public void closesOnQosThreePublish() {
        verdict.require(device.closesOnQosThreePublish(verdict.requirement()));
    }

    @Then("the device closes the connection on which the broker sent it a PUBACK with wrong header flags")
    public void closesOnPubackWithWrongFlags() {
        verdict.require(device.closesOnPubackWithWrongFlags(verdict.requirement()));
    }

    @Then("the device closes the connection on which the broker sent it a second CONNACK")
    public void closesOnSecondConnack() {
        verdict.require(device.closesOnSecondConnack(verdict.requirement()));
    }

    @Then("the device closes the connection on which the broker sent it a DISCONNECT with wrong header flags")
    public void closesOnDisconnectWithWrongFlags() {
        verdict.require(device.closesOnDisconnectWithWrongFlags(verdict.requirement()));
    }
}
