package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.LastingSubscription;
import org.iomt.broker.actors.SessionOwnership;
import org.iomt.broker.actors.SessionsOfEverySubscriber;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the session state a broker holds: whose it is, how long it lasts, and what is added to it. */
public final class SessionStateSteps {

    private static final String MONITOR = "monitor";
    private static final String NEWCOMER = "newcomer";
    private static final String STATION = "station";

    private final ScenarioVerdicts verdict;
    private final SessionOwnership ownership;
    private final LastingSubscription lasting;
    private final SessionsOfEverySubscriber every;

    public SessionStateSteps(ScenarioVerdicts verdict, SessionOwnership ownership, LastingSubscription lasting,
                             SessionsOfEverySubscriber every) {
        this.verdict = verdict;
        this.ownership = ownership;
        this.lasting = lasting;
        this.every = every;
    }

    @Given("a monitor with a persistent session of MQTT {word} has subscribed to its own readings and gone away")
    public void anOwnerHasGoneAway(String version) {
        ownership.subscribeAndLeave(MONITOR, version);
    }

    @Given("a patch publishes a reading for the monitor while it is away")
    public void aReadingForTheAbsentOwner() {
        ownership.publishWhileAway(MONITOR);
    }

    @When("a newcomer connects under another client identifier asking to keep a session of its own")
    public void aNewcomerConnects() {
        ownership.newcomerConnects(NEWCOMER, MONITOR);
    }

    @When("the monitor returns to its session")
    public void theOwnerReturns() {
        ownership.resume(MONITOR);
    }

    @Then("the reading reaches the monitor and not the newcomer")
    public void onlyTheOwnerReceives() {
        verdict.require(ownership.onlyTheOwnerReceives(verdict.requirement(), MONITOR, NEWCOMER));
    }

    @Given("a monitor connected with MQTT {word} that subscribed to the ward's readings at the start of its connection")
    public void aMonitorSubscribedAtTheStart(String version) {
        lasting.subscribeAtStart(MONITOR, version);
    }

    @Given("a patch has published a first reading to the monitor")
    public void aFirstReading() {
        lasting.firstReading(MONITOR);
    }

    @When("the monitor subscribes to a second topic, publishes a note there and pings the broker on the same connection")
    public void theMonitorGoesOn() {
        lasting.otherTraffic(MONITOR);
    }

    @When("the patch publishes two more readings")
    public void twoMoreReadings() {
        lasting.laterReadings();
    }

    @Then("the monitor receives the later readings on the subscription it made at the start")
    public void theLaterReadingsArrive() {
        verdict.require(lasting.stillDelivered(verdict.requirement(), MONITOR));
    }

    @Given("a monitor with a persistent session of MQTT {word} has subscribed to the ward's readings and gone away")
    public void aSubscriberHasGoneAway(String version) {
        every.subscribeAndLeave(MONITOR, version);
    }

    @Given("a station connected with a clean session has subscribed to the same readings")
    public void aConnectedStation() {
        every.subscribeWhileConnected(STATION, MONITOR);
    }

    @When("a patch publishes a reading to the ward")
    public void aReadingToTheWard() {
        every.publishReading(MONITOR);
    }

    @When("the monitor that was away resumes its session")
    public void theAbsentSubscriberResumes() {
        every.resume(MONITOR);
    }

    @Then("both the station and the returning monitor receive the reading")
    public void bothReceive() {
        verdict.require(every.receivedByBoth(verdict.requirement(), STATION, MONITOR));
    }
}
