package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.AliasLimitDeliveries;
import org.iomt.broker.actors.AnswerSizes;
import org.iomt.core.glue.ScenarioVerdicts;

import static org.iomt.broker.glue.MessagePropertySteps.MONITOR;
import static org.iomt.broker.glue.MessagePropertySteps.PATCH;

/** Steps about what a broker sends within the limits an MQTT 5.0 client announced: its topic aliases and its answers. */
public final class AnnouncedLimitSteps {

    private static final String CLIENT = "client";

    private final ScenarioVerdicts verdict;
    private final AliasLimitDeliveries aliases;
    private final AnswerSizes answers;

    public AnnouncedLimitSteps(ScenarioVerdicts verdict, AliasLimitDeliveries aliases, AnswerSizes answers) {
        this.verdict = verdict;
        this.aliases = aliases;
        this.answers = answers;
    }

    @Given("a monitor that accepts a single topic alias has subscribed to the readings of every topic of the patch")
    public void aMonitorAcceptingOneAliasHasSubscribed() {
        aliases.subscribeAcceptingOneAlias(MONITOR);
    }

    @When("the patch publishes readings on several topics, each topic twice")
    public void thePatchPublishesOnSeveralTopics() {
        aliases.publishOnSeveralTopics(PATCH);
    }

    @Then("no reading reaches the monitor under a topic alias above the one it accepts")
    public void noAliasAboveTheMaximum() {
        verdict.require(aliases.noAliasAboveMaximum(verdict.requirement(), MONITOR));
    }

    @Given("a client that accepts only small packets has connected with MQTT 5.0")
    public void aClientAcceptingSmallPacketsHasConnected() {
        answers.connectAcceptingSmallPackets(CLIENT);
    }

    @When("the client draws every kind of answer from the broker")
    public void theClientDrawsEveryAnswer() {
        answers.drawEveryAnswer(CLIENT);
    }

    @When("the client sends the broker a reading that names no topic")
    public void theClientSendsAReadingWithoutTopic() {
        answers.sendReadingWithoutTopic(CLIENT);
    }

    @Then("no {word} the broker sent the client is too large for it because of a Reason String")
    public void noAnswerTooLargeBecauseOfAReasonString(String answer) {
        verdict.require(answers.propertyLeftOutBeyondLimit(verdict.requirement(), CLIENT, answer, "Reason String"));
    }

    @Then("no {word} the broker sent the client is too large for it because of a User Property")
    public void noAnswerTooLargeBecauseOfAUserProperty(String answer) {
        verdict.require(answers.propertyLeftOutBeyondLimit(verdict.requirement(), CLIENT, answer, "User Property"));
    }
}
