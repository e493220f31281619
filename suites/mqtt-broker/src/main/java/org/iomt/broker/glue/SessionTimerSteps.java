package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.Mqtt5SessionTimers;
import org.iomt.core.glue.ScenarioVerdicts;

import static org.iomt.broker.glue.MessagePropertySteps.MONITOR;
import static org.iomt.broker.glue.MessagePropertySteps.PATCH;

/** Steps about the MQTT 5.0 timers of a session: session expiry and the delay of a will. */
public final class SessionTimerSteps {

    private static final String STATION = "station";
    private static final String SECOND_PATCH = "patch2";

    private final ScenarioVerdicts verdict;
    private final Mqtt5SessionTimers timers;

    public SessionTimerSteps(ScenarioVerdicts verdict, Mqtt5SessionTimers timers) {
        this.verdict = verdict;
        this.timers = timers;
    }

    @Given("a monitor whose session expires after the session expiry interval has subscribed and gone away")
    public void anExpiringMonitorHasGoneAway() {
        timers.subscribeAndLeave(MONITOR, true);
    }

    @Given("a station whose session lasts longer has subscribed and gone away")
    public void aLastingStationHasGoneAway() {
        timers.subscribeAndLeave(STATION, false);
    }

    @When("the session expiry interval passes")
    public void theSessionExpiryIntervalPasses() {
        timers.waitOutSessionExpiry();
    }

    @When("the station asks to resume its session")
    public void theStationAsksToResume() {
        timers.askToResume(STATION);
    }

    @When("the monitor asks to resume its session")
    public void theMonitorAsksToResume() {
        timers.askToResume(MONITOR);
    }

    @Then("the broker says the monitor has no session any more")
    public void theMonitorHasNoSession() {
        verdict.require(timers.sessionGone(verdict.requirement(), MONITOR, STATION));
    }

    @Given("a station watches for the patches' wills")
    public void aStationWatchesForWills() {
        timers.watchWills(STATION);
    }

    @Given("a patch has connected with a will delayed by the will delay interval")
    public void aPatchHasConnectedWithADelayedWill() {
        timers.connectWithDelayedWill(PATCH);
    }

    @Given("a second patch has connected with a will delayed by the will delay interval")
    public void aSecondPatchHasConnectedWithADelayedWill() {
        timers.connectWithDelayedWill(SECOND_PATCH);
    }

    @When("the second patch loses its connection")
    public void theSecondPatchLosesItsConnection() {
        timers.loseConnection(SECOND_PATCH);
    }

    @When("the patch reconnects to its session early in the will delay")
    public void thePatchReconnects() {
        timers.reconnectToSession(PATCH);
    }

    @When("the will delay interval passes")
    public void theWillDelayIntervalPasses() {
        timers.waitOutWillDelay();
    }

    @Then("the station does not receive the will of the patch that came back")
    public void theStationDoesNotReceiveTheWill() {
        verdict.require(timers.willNotPublished(verdict.requirement(), STATION, PATCH, SECOND_PATCH));
    }
}
