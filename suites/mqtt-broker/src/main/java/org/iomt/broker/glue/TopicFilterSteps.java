package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.MalformedFilters;
import org.iomt.broker.actors.UnnormalisedTopics;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the topic filters a broker must refuse to subscribe to, and how it compares filters with topics. */
public final class TopicFilterSteps {

    private static final String CLIENT = "client";
    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final MalformedFilters filters;
    private final UnnormalisedTopics topics;

    public TopicFilterSteps(ScenarioVerdicts verdict, MalformedFilters filters, UnnormalisedTopics topics) {
        this.verdict = verdict;
        this.filters = filters;
        this.topics = topics;
    }

    @When("the client subscribes to a topic filter with {}")
    public void theClientSubscribesToAForbiddenFilter(String defect) {
        filters.subscribeTo(CLIENT, defect);
    }

    @Then("the broker refuses that subscription while it grants a well-formed one to another client")
    public void theBrokerRefusesTheFilter() {
        verdict.require(filters.refused(verdict.requirement(), CLIENT));
    }

    @Given("a monitor subscribed with MQTT {word} to a topic whose accented letter is written as a letter and a combining accent")
    public void aMonitorOfADecomposedTopic(String version) {
        topics.subscriberToDecomposedTopic(MONITOR, version);
    }

    @When("the patch publishes one reading on that topic and one on the topic spelt with the precomposed letter")
    public void readingsOnBothSpellings() {
        topics.publishOnBothSpellings(MONITOR);
    }

    @Then("the monitor receives only the reading on the topic as it subscribed to it")
    public void onlyTheTopicAsWritten() {
        verdict.require(topics.onlyTheTopicAsWritten(verdict.requirement(), MONITOR));
    }
}
