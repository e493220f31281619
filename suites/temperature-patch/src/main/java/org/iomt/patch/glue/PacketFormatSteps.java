package org.iomt.patch.glue;

import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about how the packets the device sends are written: header flags, topic names and topic filters. */
public final class PacketFormatSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public PacketFormatSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Then("every first transmission of a reading at QoS 1 has DUP clear")
    public void everyFirstQos1TransmissionHasDupClear() {
        verdict.require(device.qos1FirstSendDupClear(verdict.requirement()));
    }

    @Then("no PUBLISH of the device has both QoS bits set")
    public void noPublishHasBothQosBits() {
        verdict.require(device.noPublishAtQosThree(verdict.requirement()));
    }

    @Then("every packet the device sends has the reserved header flags of its type")
    public void everyPacketHasItsReservedFlags() {
        verdict.require(device.reservedFlags(verdict.requirement()));
    }

    @Then("no topic name or topic filter of the device is empty")
    public void noTopicIsEmpty() {
        verdict.require(device.nonEmptyTopics(verdict.requirement()));
    }

    @Then("every SUBSCRIBE of the device carries a topic filter")
    public void everySubscribeCarriesAFilter() {
        verdict.require(device.subscribeHasFilters(verdict.requirement()));
    }

    @Then("every multi-level wildcard in the device's topic filters is a whole last level")
    public void multiLevelWildcardsArePlaced() {
        verdict.require(device.multiLevelWildcardPlacement(verdict.requirement()));
    }

    @Then("every single-level wildcard in the device's topic filters is a whole level")
    public void singleLevelWildcardsArePlaced() {
        verdict.require(device.singleLevelWildcardPlacement(verdict.requirement()));
    }

    @Then("every string in the device's packets is well-formed UTF-8")
    public void everyStringIsWellFormed() {
        verdict.require(device.wellFormedStrings(verdict.requirement()));
    }

    @Then("no string in the device's packets holds the null character")
    public void noStringHoldsNull() {
        verdict.require(device.noNullCharacterInStrings(verdict.requirement()));
    }

    @Then("the topic name of every PUBLISH of the device is a UTF-8 string")
    public void topicNamesAreStrings() {
        verdict.require(device.topicNamesAreStrings(verdict.requirement()));
    }

    @Then("every topic filter of the device is a UTF-8 string")
    public void topicFiltersAreStrings() {
        verdict.require(device.topicFiltersAreStrings(verdict.requirement()));
    }

    @Then("no topic name or topic filter of the device holds the null character")
    public void noTopicHoldsNull() {
        verdict.require(device.noNullCharacterInTopics(verdict.requirement()));
    }

    @Then("every length the device writes as a variable byte integer takes the fewest bytes")
    public void lengthsAreMinimal() {
        verdict.require(device.minimalLengths(verdict.requirement()));
    }

    @Then("no reading at QoS 0 carries a packet identifier")
    public void noQos0ReadingCarriesAPacketIdentifier() {
        verdict.require(device.noPacketIdentifierAtQos0(verdict.requirement()));
    }

    @Then("every packet of the device without properties still states that it has none")
    public void packetsWithoutPropertiesStateSo() {
        verdict.require(device.propertyLengthPresent(verdict.requirement()));
    }

    @Then("the content type the device gives its readings is a UTF-8 string")
    public void contentTypeIsString() {
        verdict.require(device.contentTypeIsString(verdict.requirement()));
    }

    @Then("every response topic the device names is a UTF-8 string")
    public void responseTopicIsString() {
        verdict.require(device.responseTopicIsString(verdict.requirement()));
    }

    @Then("no response topic the device names holds a wildcard")
    public void responseTopicHasNoWildcards() {
        verdict.require(device.responseTopicHasNoWildcards(verdict.requirement()));
    }

    @Then("every name and value of the device's user properties is a UTF-8 string")
    public void userPropertiesAreStrings() {
        verdict.require(device.userPropertiesAreStrings(verdict.requirement()));
    }
}
