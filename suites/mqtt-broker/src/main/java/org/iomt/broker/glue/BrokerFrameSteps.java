package org.iomt.broker.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.BrokerFrames;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the form of the packets the broker sends during an ordinary exchange. */
public final class BrokerFrameSteps {

    /** The exchange's role: its client identifier ends with it, which lets the proxy confine a fault to this exchange. */
    private static final String CLIENT = "wireform";

    private final ScenarioVerdicts verdict;
    private final BrokerFrames frames;
    private String version;

    public BrokerFrameSteps(ScenarioVerdicts verdict, BrokerFrames frames) {
        this.verdict = verdict;
        this.frames = frames;
    }

    @When("a client goes through an ordinary exchange with the broker in MQTT {word}")
    public void anOrdinaryExchange(String version) {
        this.version = version;
        frames.exchange(CLIENT, version);
    }

    @Then("every packet the broker sent carries the fixed-header flags its type prescribes")
    public void reservedFlags() {
        verdict.require(frames.reservedFlags(verdict.requirement()));
    }

    @Then("every release the broker sent carries the flags a release prescribes")
    public void releaseFlags() {
        verdict.require(frames.pubrelFlags(verdict.requirement()));
    }

    @Then("every message the broker delivered at QoS 0 is marked as a first delivery")
    public void qos0WithoutDup() {
        verdict.require(frames.qos0WithoutDup(verdict.requirement()));
    }

    @Then("the first packet the broker sent on each connection is its connection acknowledgement")
    public void connackFirst() {
        verdict.require(frames.connackFirst(verdict.requirement(), version));
    }

    @Then("the broker acknowledged each connection once")
    public void singleConnack() {
        verdict.require(frames.singleConnack(verdict.requirement()));
    }

    @Then("the reserved bits of every connection acknowledgement are clear")
    public void acknowledgeFlags() {
        verdict.require(frames.acknowledgeFlags(verdict.requirement()));
    }

    @Then("every length the broker encoded takes no more bytes than its value needs")
    public void minimalLengths() {
        verdict.require(frames.minimalLengths(verdict.requirement()));
    }

    @Then("the broker acknowledged every subscription request")
    public void subackForEach() {
        verdict.require(frames.subackForEach(verdict.requirement()));
    }

    @Then("the broker answered each filter of a subscription request with one code")
    public void subackCodePerFilter() {
        verdict.require(frames.subackCodePerFilter(verdict.requirement()));
    }

    @Then("each code of a subscription acknowledgement grants at most the QoS asked for, or reports a failure")
    public void grantedWithinRequest() {
        verdict.require(frames.grantedWithinRequest(verdict.requirement()));
    }

    @Then("every code the broker sent in a subscription acknowledgement is one the version defines")
    public void subackCodesDefined() {
        verdict.require(frames.subackCodesDefined(verdict.requirement(), version));
    }

    @Then("the broker's unsubscription codes follow the order of the filters")
    public void unsubackInOrder() {
        verdict.require(frames.unsubackInOrder(verdict.requirement()));
    }

    @Then("every code the broker sent in an unsubscription acknowledgement is a defined one")
    public void unsubackCodesDefined() {
        verdict.require(frames.unsubackCodesDefined(verdict.requirement()));
    }

    @Then("every receipt the broker sent for a QoS 2 message carries a reason code defined for it")
    public void receiptCodesDefined() {
        verdict.require(frames.receiptCodesDefined(verdict.requirement()));
    }

    @Then("every release the broker sent for a QoS 2 message carries a reason code defined for it")
    public void releaseCodesDefined() {
        verdict.require(frames.releaseCodesDefined(verdict.requirement()));
    }

    @Then("every completion the broker sent for a QoS 2 message carries a reason code defined for it")
    public void completionCodesDefined() {
        verdict.require(frames.completionCodesDefined(verdict.requirement()));
    }

    @Then("the broker's disconnection carries no session expiry")
    public void disconnectWithoutSessionExpiry() {
        verdict.require(frames.disconnectWithoutSessionExpiry(verdict.requirement()));
    }

    @Then("no message the broker delivered at QoS 0 carries a packet identifier")
    public void qos0WithoutIdentifier() {
        verdict.require(frames.qos0WithoutIdentifier(verdict.requirement()));
    }

    @Then("the topic name of every message the broker delivered is a UTF-8 string")
    public void topicNamesUtf8() {
        verdict.require(frames.topicNamesUtf8(verdict.requirement()));
    }

    @Then("no topic name of a message the broker delivered holds a wildcard")
    public void topicNamesWithoutWildcards() {
        verdict.require(frames.topicNamesWithoutWildcards(verdict.requirement()));
    }

    @Then("no message the broker delivered carries topic alias 0")
    public void noTopicAliasZero() {
        verdict.require(frames.noTopicAliasZero(verdict.requirement()));
    }

    @Then("every acknowledgement the broker sent carries the packet identifier of the message it belongs to")
    public void acknowledgementIdentifiers() {
        verdict.require(frames.acknowledgementIdentifiers(verdict.requirement()));
    }

    @Then("the broker answered each of the client's messages with the acknowledgement its QoS requires")
    public void answeredAtItsQos() {
        verdict.require(frames.answeredAtItsQos(verdict.requirement()));
    }

    @Then("every packet the broker sent carries a Property Length, zero when it has no properties")
    public void propertyLengths() {
        verdict.require(frames.propertyLengths(verdict.requirement()));
    }
}
