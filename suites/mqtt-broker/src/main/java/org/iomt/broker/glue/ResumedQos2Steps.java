package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.ResumedQos2Delivery;
import org.iomt.broker.actors.ResumedQos2Delivery.Stall;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about a QoS 2 delivery of the broker's cut by the monitor's connection and what comes when the session resumes. */
public final class ResumedQos2Steps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final ResumedQos2Delivery delivery;

    public ResumedQos2Steps(ScenarioVerdicts verdict, ResumedQos2Delivery delivery) {
        this.verdict = verdict;
        this.delivery = delivery;
    }

    @Given("a monitor with a persistent session of MQTT {word} that receives a QoS 2 reading without acknowledging it")
    public void aMonitorWithholdingTheReceipt(String version) {
        delivery.monitorStalling(MONITOR, version, Stall.BEFORE_PUBREC);
    }

    @Given("a monitor with a persistent session of MQTT {word} that acknowledges a QoS 2 reading but never completes its release")
    public void aMonitorWithholdingTheCompletion(String version) {
        delivery.monitorStalling(MONITOR, version, Stall.BEFORE_PUBCOMP);
    }

    @When("the monitor vanishes in the middle of the QoS 2 flow and comes back resuming its session")
    public void theMonitorVanishesMidFlow() {
        delivery.vanishAndResume(MONITOR);
    }

    @Then("the broker sends the QoS 2 reading again under its packet identifier")
    public void theReadingComesAgain() {
        verdict.require(delivery.publishResent(verdict.requirement(), MONITOR));
    }

    @Then("the broker sends its release of the reading again under the reading's packet identifier")
    public void theReleaseComesAgain() {
        verdict.require(delivery.releaseResent(verdict.requirement(), MONITOR));
    }

    @Then("the broker does not send the released reading again")
    public void theReleasedReadingDoesNotComeAgain() {
        verdict.require(delivery.publishNotResentAfterRelease(verdict.requirement(), MONITOR));
    }
}
