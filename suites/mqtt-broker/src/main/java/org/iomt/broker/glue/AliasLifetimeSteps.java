package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.AliasesAcrossConnections;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about a topic alias that a client uses again after the connection that set it up has ended. */
public final class AliasLifetimeSteps {

    private static final String PATCH = "patch";
    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final AliasesAcrossConnections aliases;

    public AliasLifetimeSteps(ScenarioVerdicts verdict, AliasesAcrossConnections aliases) {
        this.verdict = verdict;
        this.aliases = aliases;
    }

    @Given("a monitor watches the patch's readings with MQTT 5.0")
    public void aMonitorWatchesTheReadings() {
        aliases.watchReadings(MONITOR);
    }

    @Given("the patch set up a topic alias for its readings on a connection it has since closed")
    public void thePatchSetUpAnAliasOnAnEndedConnection() {
        aliases.setUpAliasOnAnEndedConnection(PATCH);
    }

    @When("the patch connects again and publishes a reading by that topic alias alone")
    public void thePatchPublishesByTheOldAlias() {
        aliases.publishByTheOldAlias(PATCH, MONITOR);
    }

    @Then("the broker refuses that reading and does not deliver it on the patch's topic")
    public void theBrokerRefusesTheReading() {
        verdict.require(aliases.aliasNotCarried(verdict.requirement(), MONITOR));
    }
}
