package org.iomt.patch.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about the device's MQTT session with the suite's broker: connecting, keeping alive, publishing. */
public final class MqttSessionSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public MqttSessionSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Given("the device has connected to the suite's broker")
    public void theDeviceHasConnected() {
        device.hasConnected();
    }

    @Then("every connection the device opened began with a CONNECT")
    public void everyConnectionBeganWithConnect() {
        verdict.require(device.firstPacketIsConnect(verdict.requirement()));
    }

    @Then("its CONNECT names the MQTT protocol")
    public void itsConnectNamesTheProtocol() {
        verdict.require(device.protocolName(verdict.requirement()));
    }

    @Then("its CONNECT carries the protocol level of the claimed version")
    public void itsConnectCarriesTheClaimedLevel() {
        verdict.require(device.protocolLevel(verdict.requirement()));
    }

    @Then("its CONNECT leaves the reserved flag clear")
    public void itsConnectLeavesTheReservedFlagClear() {
        verdict.require(device.reservedFlag(verdict.requirement()));
    }

    @Then("a CONNECT without a client identifier asks for a clean session")
    public void anAnonymousConnectAsksForACleanSession() {
        verdict.require(device.emptyClientIdentifier(verdict.requirement()));
    }

    @Then("the device never stays silent for longer than its Keep Alive")
    public void theDeviceNeverStaysSilent() {
        verdict.require(device.keepAlive(verdict.requirement()));
    }

    @Then("no reading is published to a topic name with wildcards")
    public void noReadingGoesToAWildcardTopic() {
        verdict.require(device.noWildcardTopics(verdict.requirement()));
    }

    @Then("no reading carries a subscription identifier")
    public void noReadingCarriesASubscriptionIdentifier() {
        verdict.require(device.noSubscriptionIdentifiers(verdict.requirement()));
    }

    @Then("every reading at QoS 1 carries a non-zero packet identifier")
    public void everyQos1ReadingHasAPacketIdentifier() {
        verdict.require(device.nonZeroPacketIdentifiers(verdict.requirement()));
    }

    @Then("every new reading at QoS 1 goes out with DUP clear under an unused packet identifier")
    public void everyNewQos1ReadingFollowsTheSenderFlow() {
        verdict.require(device.qos1SenderFlow(verdict.requirement()));
    }

    @Then("no reading at QoS 0 has DUP set")
    public void noQos0ReadingHasDupSet() {
        verdict.require(device.noDupAtQos0(verdict.requirement()));
    }

    @Then("every CONNECT of the device asks for the claimed session")
    public void everyConnectAsksForTheClaimedSession() {
        verdict.require(device.claimedSession(verdict.requirement()));
    }

    @Given("the broker lost the connection while a reading awaited its acknowledgement")
    public void theBrokerLostTheConnectionWhileAReadingWasUnacknowledged() {
        device.hadItsSessionInterrupted();
    }

    @Given("the broker refused a reading with a failure reason code and later lost the connection")
    public void theBrokerRefusedAReadingAndLostTheConnection() {
        device.hadItsSessionInterrupted();
    }

    @Then("the device never sends the refused reading again")
    public void theDeviceDoesNotResendTheRefusedReading() {
        verdict.require(device.refusedReadingNotResent(verdict.requirement()));
    }

    @Then("on its next connection, with a clean start, the device sends nothing of the earlier connection again")
    public void theDeviceStartsAfresh() {
        verdict.require(device.startedAfreshOnCleanStart(verdict.requirement()));
    }

    @Then("when the broker answers a clean start with a session present, the device leaves that connection")
    public void theDeviceLeavesAnUnexpectedSession() {
        verdict.require(device.leftConnectionWithUnexpectedSession(verdict.requirement()));
    }

    @Then("the device resends that reading under its original packet identifier on the resumed session")
    public void theDeviceResendsTheUnacknowledgedReading() {
        verdict.require(device.resentOnResumedSession(verdict.requirement()));
    }

    @Then("the device sends that reading again on the resumed session, having kept it across the lost connection")
    public void theDeviceKeptTheUnacknowledgedReading() {
        verdict.require(device.keptAcrossConnections(verdict.requirement()));
    }

    @Then("the device connects again under the client identifier of the session it holds")
    public void theDeviceConnectsUnderItsSessionsClientId() {
        verdict.require(device.sameClientIdForItsSession(verdict.requirement()));
    }

    @Then("after the broker lost the connection while several readings awaited their acknowledgement, the device resends them in the order it first sent them")
    public void theDeviceResendsInTheOriginalOrder() {
        verdict.require(device.resentInOriginalOrder(verdict.requirement()));
    }

    @Then("while the broker left readings unacknowledged, each new reading of the device took a packet identifier none of them held")
    public void newReadingsTakeUnusedIdentifiers() {
        verdict.require(device.newMessagesTakeUnusedIdentifiers(verdict.requirement()));
    }

    @Then("after the broker forgot its session while a reading awaited its acknowledgement, the device sends that reading no more")
    public void theDeviceDiscardsItsStateOnSessionPresentZero() {
        verdict.require(device.discardedStateOnSessionPresentZero(verdict.requirement()));
    }

    @Then("every reading the device sends again has DUP set")
    public void everyResentReadingHasDupSet() {
        verdict.require(device.dupOnResend(verdict.requirement()));
    }

    @Then("every reading the device sends again keeps its packet identifier")
    public void everyResentReadingKeepsItsIdentifier() {
        verdict.require(device.sameIdentifierOnResend(verdict.requirement()));
    }

    @Given("the broker refused the device's first CONNECT as unavailable")
    public void theBrokerRefusedTheFirstConnect() {
        device.hadItsConnectRefused();
    }

    @Then("the device sends nothing more on the refused connection")
    public void theDeviceSendsNothingMoreOnTheRefusedConnection() {
        verdict.require(device.silentAfterRefusal(verdict.requirement()));
    }

    @Then("the device waits at least its claimed back-off before connecting again")
    public void theDeviceWaitsItsClaimedBackoff() {
        verdict.require(device.backsOffAfterRefusal(verdict.requirement()));
    }

    @Then("every CONNECT of the device leaves the claimed will")
    public void everyConnectLeavesTheClaimedWill() {
        verdict.require(device.claimedWill(verdict.requirement()));
    }

    @Then("a CONNECT of the device without a will asks for no will QoS")
    public void aConnectWithoutAWillHasWillQosZero() {
        verdict.require(device.willQosWithoutWill(verdict.requirement()));
    }

    @Then("a CONNECT of the device without a will asks for no retained will")
    public void aConnectWithoutAWillHasWillRetainZero() {
        verdict.require(device.willRetainWithoutWill(verdict.requirement()));
    }

    @Then("a CONNECT of the device with a will asks for a will QoS the protocol defines")
    public void aConnectWithAWillHasAValidWillQos() {
        verdict.require(device.willQosWithWill(verdict.requirement()));
    }

    @Then("the device uses no topic alias where the broker announced none")
    public void theDeviceUsesNoUnannouncedTopicAlias() {
        verdict.require(device.noUnannouncedTopicAliases(verdict.requirement()));
    }

    @Then("no topic alias of the device is above the maximum the broker announced")
    public void noTopicAliasAboveTheAnnouncedMaximum() {
        verdict.require(device.topicAliasesWithinMaximum(verdict.requirement()));
    }

    @Then("no topic alias of the device is zero")
    public void noTopicAliasIsZero() {
        verdict.require(device.noTopicAliasZero(verdict.requirement()));
    }

    @Then("the device never has more readings unacknowledged than the broker's Receive Maximum")
    public void theDeviceKeepsToTheReceiveMaximum() {
        verdict.require(device.withinReceiveMaximum(verdict.requirement()));
    }

    @Then("the device keeps pinging the broker while the Receive Maximum holds its readings back")
    public void theDeviceKeepsPingingWhileItsQuotaIsZero() {
        verdict.require(device.pingsWhileQuotaIsZero(verdict.requirement()));
    }

    @Then("the device keeps the broker's shorter Server Keep Alive")
    public void theDeviceKeepsTheServerKeepAlive() {
        verdict.require(device.keepsServerKeepAlive(verdict.requirement()));
    }

    @Then("every reading is published on the claimed topic")
    public void everyReadingGoesToTheClaimedTopic() {
        verdict.require(device.claimedTopic(verdict.requirement()));
    }

    @Then("every reading is published at the claimed QoS")
    public void everyReadingHasTheClaimedQos() {
        verdict.require(device.claimedQos(verdict.requirement()));
    }

    @Then("a CONNECT of the device with the Will flag holds the will's fields")
    public void aConnectWithTheWillFlagHoldsTheWill() {
        verdict.require(device.willFieldsWithWillFlag(verdict.requirement()));
    }

    @Then("a CONNECT of the device without the Will flag holds no will")
    public void aConnectWithoutTheWillFlagHoldsNoWill() {
        verdict.require(device.noWillWithoutWillFlag(verdict.requirement()));
    }

    @Then("a CONNECT of the device with the User Name flag holds a user name")
    public void aConnectWithTheUserNameFlagHoldsAUserName() {
        verdict.require(device.userNameWithFlag(verdict.requirement()));
    }

    @Then("a CONNECT of the device without the User Name flag holds no user name")
    public void aConnectWithoutTheUserNameFlagHoldsNoUserName() {
        verdict.require(device.noUserNameWithoutFlag(verdict.requirement()));
    }

    @Then("a CONNECT of the device with the Password flag holds a password")
    public void aConnectWithThePasswordFlagHoldsAPassword() {
        verdict.require(device.passwordWithFlag(verdict.requirement()));
    }

    @Then("a CONNECT of the device without the Password flag holds no password")
    public void aConnectWithoutThePasswordFlagHoldsNoPassword() {
        verdict.require(device.noPasswordWithoutFlag(verdict.requirement()));
    }

    @Then("a CONNECT of the device without a user name sets no Password flag")
    public void aConnectWithoutAUserNameSetsNoPasswordFlag() {
        verdict.require(device.noPasswordWithoutUserName(verdict.requirement()));
    }

    @Then("every CONNECT of the device begins its payload with the client identifier")
    public void everyConnectBeginsWithTheClientIdentifier() {
        verdict.require(device.clientIdFirst(verdict.requirement()));
    }

    @Then("every CONNECT of the device holds its payload fields in the standard's order")
    public void everyConnectHoldsItsFieldsInOrder() {
        verdict.require(device.payloadFieldOrder(verdict.requirement()));
    }

    @Then("every client identifier of the device is a UTF-8 string")
    public void everyClientIdentifierIsUtf8() {
        verdict.require(device.clientIdIsUtf8(verdict.requirement()));
    }

    @Then("every will topic of the device is a UTF-8 string")
    public void everyWillTopicIsUtf8() {
        verdict.require(device.willTopicIsUtf8(verdict.requirement()));
    }

    @Then("every user name of the device is a UTF-8 string")
    public void everyUserNameIsUtf8() {
        verdict.require(device.userNameIsUtf8(verdict.requirement()));
    }
}
