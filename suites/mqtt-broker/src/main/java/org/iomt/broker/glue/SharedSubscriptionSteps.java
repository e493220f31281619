package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.SharedMembers;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the members of one MQTT 5.0 Shared Subscription and how the broker chooses among them. */
public final class SharedSubscriptionSteps {

    private final ScenarioVerdicts verdict;
    private final SharedMembers members;

    public SharedSubscriptionSteps(ScenarioVerdicts verdict, SharedMembers members) {
        this.verdict = verdict;
        this.members = members;
    }

    @Given("two monitors have joined a shared subscription to the patch's readings at QoS 1")
    public void twoMonitorsHaveJoined() {
        members.joinBoth(1);
    }

    @When("the monitor that receives the patch's next reading refuses it")
    public void theReceivingMonitorRefusesIt() {
        members.refuseNextReading();
    }

    @Then("the other monitor does not receive the refused reading, while it receives later ones")
    public void theOtherMonitorDoesNotReceiveIt() {
        verdict.require(members.refusedNotOfferedAgain(verdict.requirement()));
    }
}
