package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.FreshDeliveries;
import org.iomt.broker.actors.RepeatedQos2Publish;
import org.iomt.broker.actors.ReusedPacketIdentifier;
import org.iomt.broker.checks.FirstDeliveryCheck.Aspect;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the broker's part in the QoS flows, as the receiver of a repeated PUBLISH and as the sender of deliveries. */
public final class QosFlowSteps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final RepeatedQos2Publish repeated;
    private final FreshDeliveries fresh;
    private final ReusedPacketIdentifier reused;

    public QosFlowSteps(ScenarioVerdicts verdict, RepeatedQos2Publish repeated, FreshDeliveries fresh, ReusedPacketIdentifier reused) {
        this.verdict = verdict;
        this.repeated = repeated;
        this.fresh = fresh;
        this.reused = reused;
    }

    @When("a patch sends a QoS 2 reading again before releasing it")
    public void aPatchSendsAQos2ReadingAgain() {
        repeated.publishTwiceBeforeRelease(MONITOR);
    }

    @Then("the broker acknowledges the repeat and the monitor receives the reading once")
    public void theMonitorReceivesItOnce() {
        verdict.require(repeated.receivedOnce(verdict.requirement(), MONITOR));
    }

    @When("a patch publishes three readings at QoS {int}")
    public void aPatchPublishesThreeReadings(int qos) {
        fresh.publishReadings(MONITOR, qos);
    }

    @When("a patch sends a reading at QoS {int} marked as sent before")
    public void aPatchSendsAReadingMarkedAsSentBefore(int qos) {
        fresh.publishSentAgain(MONITOR, qos);
    }

    @Then("the broker sends each reading to the monitor as a new QoS {int} message")
    public void eachReadingIsANewMessage(int qos) {
        verdict.require(fresh.sentAsNewMessages(verdict.requirement(), MONITOR, qos, Aspect.NEW_MESSAGE));
    }

    @Then("the broker sends each reading to the monitor with DUP 0")
    public void eachReadingWithDupClear() {
        verdict.require(fresh.sentAsNewMessages(verdict.requirement(), MONITOR, 1, Aspect.DUP_CLEAR));
    }

    @Then("the broker sends each reading to the monitor under a non-zero packet identifier not in use")
    public void eachReadingUnderAFreeIdentifier() {
        verdict.require(fresh.sentAsNewMessages(verdict.requirement(), MONITOR, 1, Aspect.FREE_IDENTIFIER));
    }

    @Then("the broker sends each QoS {int} reading to the monitor under a non-zero packet identifier not in use")
    public void eachReadingOfAQosUnderAFreeIdentifier(int qos) {
        verdict.require(fresh.sentAsNewMessages(verdict.requirement(), MONITOR, qos, Aspect.FREE_IDENTIFIER));
    }

    @Then("the broker releases the monitor's first reading with a PUBREL of its packet identifier")
    public void theBrokerReleasesTheReading() {
        verdict.require(fresh.releasedUnderItsIdentifier(verdict.requirement(), MONITOR));
    }

    @When("a patch publishes a second reading at QoS {int} under the packet identifier of its first, once that flow is complete")
    public void aPatchReusesACompletedIdentifier(int qos) {
        reused.publishUnderACompletedIdentifier(MONITOR, qos);
    }

    @Then("the monitor receives the second reading as a new message")
    public void theMonitorReceivesTheSecondReading() {
        verdict.require(reused.deliveredAsNew(verdict.requirement(), MONITOR));
    }
}
