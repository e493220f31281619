package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.SharedMembers;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the members of one MQTT 5.0 Shared Subscription and what the broker does with the member it chose. */
public final class SharedSubscriptionSteps {

    private final ScenarioVerdicts verdict;
    private final SharedMembers members;

    public SharedSubscriptionSteps(ScenarioVerdicts verdict, SharedMembers members) {
        this.verdict = verdict;
        this.members = members;
    }

    @Given("two monitors have joined a shared subscription to the patch's readings at QoS 1")
    public void twoMonitorsHaveJoined() {
        members.joinBoth(1, SharedMembers.Lasting.NOT_AT_ALL);
    }

    @Given("two monitors with lasting sessions have joined a shared subscription to the patch's readings at QoS 2")
    public void twoMonitorsWithLastingSessionsHaveJoined() {
        members.joinBoth(2, SharedMembers.Lasting.THE_SCENARIO);
    }

    @Given("two monitors whose sessions expire soon after their connections have joined a shared subscription to the patch's readings at QoS 2")
    public void twoMonitorsWithShortSessionsHaveJoined() {
        members.joinBoth(2, SharedMembers.Lasting.THE_PROFILE_INTERVAL);
    }

    @When("the monitor that receives the patch's next reading refuses it")
    public void theReceivingMonitorRefusesIt() {
        members.refuseNextReading();
    }

    @When("the monitor that receives the patch's next reading loses its connection before acknowledging it")
    public void theReceivingMonitorLosesItsConnection() {
        members.loseConnectionOnNextReading();
    }

    @When("that monitor comes back to its session")
    public void thatMonitorComesBack() {
        members.comeBackToSession();
    }

    @When("that monitor comes back after its session has expired")
    public void thatMonitorComesBackAfterExpiry() {
        members.comeBackAfterSessionExpiry();
    }

    @Then("the monitor that came back receives the reading again")
    public void theMonitorReceivesTheReadingAgain() {
        verdict.require(members.receivedAgain(verdict.requirement()));
    }

    @Then("once the refusing monitor has left, neither monitor has received the refused reading again, while the other one receives later readings")
    @Then("the other monitor does not receive the reading, while it receives later ones")
    public void theOtherMonitorDoesNotReceiveIt() {
        verdict.require(members.notSentToTheOther(verdict.requirement()));
    }
}
