package org.iomt.broker.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.broker.actors.OrderedDelivery;
import org.iomt.core.glue.ScenarioVerdicts;

/** Steps about the order in which the broker forwards what one client published to one topic. */
public final class OrderingSteps {

    private static final String MONITOR = "monitor";

    private final ScenarioVerdicts verdict;
    private final OrderedDelivery delivery;

    public OrderingSteps(ScenarioVerdicts verdict, OrderedDelivery delivery) {
        this.verdict = verdict;
        this.delivery = delivery;
    }

    @Given("a monitor subscribed with MQTT {word} to a patch's readings at QoS {int}")
    public void aMonitorSubscribed(String version, int qos) {
        delivery.monitorSubscribed(MONITOR, version, qos);
    }

    @When("the patch publishes {int} readings at QoS {int}, one after the other")
    public void thePatchPublishesInTurn(int count, int qos) {
        delivery.publishInTurn(MONITOR, count, qos);
    }

    @Then("the monitor receives the readings in the order the patch published them")
    public void inOrder() {
        verdict.require(delivery.receivedInOrder(verdict.requirement(), MONITOR));
    }
}
