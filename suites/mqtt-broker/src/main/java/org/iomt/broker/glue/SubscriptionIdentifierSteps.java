package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.OverlappingIdentifiers;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the Subscription Identifiers a broker puts in what it delivers. */
public final class SubscriptionIdentifierSteps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final OverlappingIdentifiers identifiers;

    public SubscriptionIdentifierSteps(ScenarioVerdicts verdict, OverlappingIdentifiers identifiers) {
        this.verdict = verdict;
        this.identifiers = identifiers;
    }

    @Given("a monitor has three overlapping subscriptions to the patch's readings, two under identifiers of their own and one without")
    public void threeOverlappingSubscriptions() {
        identifiers.threeOverlappingSubscriptions(MONITOR);
    }

    @When("the patch publishes a reading that all three subscriptions match")
    public void thePatchPublishes() {
        identifiers.patchPublishes();
    }

    @Then("each copy the broker sends for one of the subscriptions carries that subscription's identifier and no other")
    public void eachCopyCarriesItsOwnIdentifier() {
        verdict.require(identifiers.ownIdentifierPerCopy(verdict.requirement(), MONITOR));
    }

    @Then("a single copy the broker sends for all the subscriptions carries the identifiers of every one that has one")
    public void aSingleCopyCarriesEveryIdentifier() {
        verdict.require(identifiers.everyIdentifierInASingleCopy(verdict.requirement(), MONITOR));
    }
}
