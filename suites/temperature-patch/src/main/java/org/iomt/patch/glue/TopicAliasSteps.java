package org.iomt.patch.glue;

import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about the topic aliases an MQTT 5.0 broker uses in the messages it sends the device. */
public final class TopicAliasSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public TopicAliasSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Then("the device answers the commands the broker sends by the highest topic alias it announced")
    public void answersCommandsByTheHighestTopicAlias() {
        verdict.require(device.takesEveryAnnouncedTopicAlias(verdict.requirement()));
    }

    @Then("the device closes the connection on which the broker sent it a message by a topic alias of an earlier "
            + "connection, without taking the message")
    public void closesOnATopicAliasOfAnEarlierConnection() {
        verdict.require(device.dropsTopicAliasesWithTheConnection(verdict.requirement()));
    }
}
