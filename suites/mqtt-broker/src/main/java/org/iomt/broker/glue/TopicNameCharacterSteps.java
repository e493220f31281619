package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.ByteOrderMarkTopics;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the characters of topic names, which the broker must forward as it received them. */
public final class TopicNameCharacterSteps {

    private static final String MONITOR = "monitor";
    private static final String STATION = "station";

    private final ScenarioVerdicts verdict;
    private final ByteOrderMarkTopics topics;

    public TopicNameCharacterSteps(ScenarioVerdicts verdict, ByteOrderMarkTopics topics) {
        this.verdict = verdict;
        this.topics = topics;
    }

    @Given("a monitor subscribed with MQTT {word} to every topic of the ward")
    public void aMonitorOfEveryWardTopic(String version) {
        topics.subscribeToEveryWardTopic(MONITOR, version);
    }

    @Given("a station subscribed with MQTT {word} to the ward topic whose name holds a zero width no-break space")
    public void aStationOfTheMarkedTopic(String version) {
        topics.subscribeToMarkedTopic(STATION, version);
    }

    @When("a patch publishes a reading on the topic holding the zero width no-break space")
    public void aPatchPublishesOnTheMarkedTopic() {
        topics.publishOnMarkedTopic(MONITOR);
    }

    @Then("the monitor and the station both receive the reading under that topic name, the zero width no-break space kept")
    public void bothReceiveTheTopicUnchanged() {
        verdict.require(topics.keptByBoth(verdict.requirement(), MONITOR, STATION));
    }
}
