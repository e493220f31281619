package org.iomt.patch.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about the commands a device takes from its broker: its subscription to them, and its answers. */
public final class DeviceCommandSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public DeviceCommandSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Given("the broker has sent the device a command")
    public void theBrokerHasSentACommand() {
        device.receivedACommand();
    }

    @Then("every SUBSCRIBE of the device carries the fixed-header flags a SUBSCRIBE requires")
    public void everySubscribeCarriesTheRequiredFlags() {
        verdict.require(device.subscribeFlags(verdict.requirement()));
    }

    @Then("the device acknowledges the command as its QoS requires")
    public void theDeviceAcknowledgesTheCommandPerQos() {
        verdict.require(device.commandAnsweredPerQos(verdict.requirement()));
    }

    @Then("the device's acknowledgement carries the packet identifier of the command")
    public void theAcknowledgementCarriesTheCommandsIdentifier() {
        verdict.require(device.commandAnsweredUnderItsIdentifier(verdict.requirement()));
    }

    @Then("the device's acknowledgement of a command sent at QoS {int} carries the packet identifier of the command")
    public void theAcknowledgementAtQosCarriesTheCommandsIdentifier(int qos) {
        verdict.require(device.commandAnsweredUnderItsIdentifier(verdict.requirement(), qos));
    }

    @Then("the device answers a command sent at QoS {int} under a packet identifier it has freed as a new command")
    public void theDeviceAnswersACommandUnderAFreedIdentifier(int qos) {
        verdict.require(device.commandUnderAFreedIdentifierAnswered(verdict.requirement(), qos));
    }

    @Then("the device's acknowledgement of a command sent at QoS {int} carries a reason code defined for it")
    public void theAcknowledgementCarriesADefinedReasonCode(int qos) {
        verdict.require(device.commandAnsweredWithADefinedReasonCode(verdict.requirement(), qos));
    }

    @Then("the device acknowledges the commands sent at QoS {int} in the order they came")
    public void theDeviceAcknowledgesTheCommandsInOrder(int qos) {
        verdict.require(device.commandsAnsweredInOrder(verdict.requirement(), qos));
    }

    @Then("the device completes each command the broker released, under the command's packet identifier")
    public void theDeviceCompletesEachReleasedCommand() {
        verdict.require(device.releasedCommandsCompleted(verdict.requirement()));
    }

    @Then("the device's completion of a released command carries the packet identifier of the release")
    public void theCompletionCarriesTheReleasesIdentifier() {
        verdict.require(device.commandCompletedUnderItsIdentifier(verdict.requirement()));
    }

    @Then("the device's completion of a released command carries a reason code defined for it")
    public void theCompletionCarriesADefinedReasonCode() {
        verdict.require(device.commandCompletedWithADefinedReasonCode(verdict.requirement()));
    }
}
