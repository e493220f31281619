package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.WillBeyondSession;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about an MQTT 5.0 will held with its session, which the session's end publishes. */
public final class SessionWillSteps {

    private static final String MONITOR = "monitor";
    private static final String PATCH = "patch";
    private static final String SECOND = "second";

    private final ScenarioVerdicts verdict;
    private final WillBeyondSession wills;

    public SessionWillSteps(ScenarioVerdicts verdict, WillBeyondSession wills) {
        this.verdict = verdict;
        this.wills = wills;
    }

    @Given("a monitor watching the wills of the ward's patches")
    public void aMonitorWatchingWills() {
        wills.watchWills(MONITOR);
    }

    @Given("a patch connected with a short session and a will delayed beyond the session's end")
    public void aPatchWithAWillBeyondItsSession() {
        wills.connectWithWill(PATCH, true);
    }

    @Given("a second patch connected with the same short session and a will without delay")
    public void aPatchWithAnUndelayedWill() {
        wills.connectWithWill(SECOND, false);
    }

    @When("both patches lose their connections")
    public void bothPatchesAreLost() {
        wills.loseConnections(PATCH, SECOND);
    }

    @When("the patches' session expiry interval passes")
    public void theSessionsExpire() {
        wills.waitOutTheSession();
    }

    @Then("the monitor receives the first patch's will, published when its session ended")
    public void theWillComesWithTheSessionsEnd() {
        verdict.require(wills.publishedWhenTheSessionEnded(verdict.requirement(), MONITOR, PATCH, SECOND));
    }
}
