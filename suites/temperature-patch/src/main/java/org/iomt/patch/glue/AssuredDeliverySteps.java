package org.iomt.patch.glue;

import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about the device as the sender of readings delivered exactly once: its releases and its resumed deliveries. */
public final class AssuredDeliverySteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public AssuredDeliverySteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Then("every new reading delivered exactly once goes out marked as a first transmission")
    public void everyNewReadingGoesOutAsAFirstTransmission() {
        verdict.require(device.qos2NewMessageWithDupClear(verdict.requirement()));
    }

    @Then("the device releases every reading the broker received, under that reading's packet identifier")
    public void theDeviceReleasesEveryReceivedReading() {
        verdict.require(device.qos2ReceiptReleased(verdict.requirement()));
    }

    @Then("every release of the device carries the fixed-header flags a release requires")
    public void everyReleaseCarriesTheRequiredFlags() {
        verdict.require(device.releaseFlags(verdict.requirement()));
    }

    @Then("every release of the device carries a reason code the protocol defines for it")
    public void everyReleaseCarriesADefinedReasonCode() {
        verdict.require(device.releaseReasonCode(verdict.requirement()));
    }

    @Then("a reading the broker had not yet received when the connection was lost goes out again, marked as a resend")
    public void anUnreceivedReadingGoesOutAgain() {
        verdict.require(device.qos2PublishResentUntilReceived(verdict.requirement()));
    }

    @Then("a release the broker had not yet completed when the connection was lost goes out again")
    public void anUncompletedReleaseGoesOutAgain() {
        verdict.require(device.releaseResentUntilCompleted(verdict.requirement()));
    }

    @Then("a reading the device has released is never published again, even after a lost connection")
    public void aReleasedReadingIsNeverPublishedAgain() {
        verdict.require(device.releasedMessageNotPublishedAgain(verdict.requirement()));
    }

    @Then("the device releases the readings in the order the broker received them")
    public void theDeviceReleasesInReceiptOrder() {
        verdict.require(device.releasesInReceiptOrder(verdict.requirement()));
    }

    @Then("the device follows the whole exchange of a reading delivered exactly once, across a lost connection too")
    public void theDeviceFollowsTheWholeExchange() {
        verdict.require(device.qos2SenderFlow(verdict.requirement()));
    }

    @Then("a reading the broker received late on the same connection is released as one the device still holds")
    public void aLateReceiptIsReleasedAsStillHeld() {
        verdict.require(device.sessionStateKeptWhileConnected(verdict.requirement()));
    }
}
