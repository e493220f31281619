package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.RefusedDelivery;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about a delivery the monitor refused with a failure reason code and what comes when its session resumes. */
public final class RefusedDeliverySteps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final RefusedDelivery delivery;

    public RefusedDeliverySteps(ScenarioVerdicts verdict, RefusedDelivery delivery) {
        this.verdict = verdict;
        this.delivery = delivery;
    }

    @Given("a monitor with a persistent session of MQTT {word} that refuses a QoS 1 reading with a failure reason code")
    public void aMonitorRefusingAReading(String version) {
        delivery.monitorRefusing(MONITOR, version);
    }

    @When("the monitor vanishes after its refusal and comes back resuming its session")
    public void theMonitorVanishesAfterItsRefusal() {
        delivery.vanishAndResume(MONITOR);
    }

    @Then("the broker does not send the refused reading again")
    public void theRefusedReadingDoesNotComeAgain() {
        verdict.require(delivery.notSentAgain(verdict.requirement(), MONITOR));
    }
}
