package org.iomt.patch.glue;

import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about MQTT over WebSocket: the device's opening handshake and the frames its packets travel in. */
public final class WebSocketSteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public WebSocketSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @Then("every WebSocket the device opened offered the subprotocol mqtt")
    public void everyWebSocketOfferedMqtt() {
        verdict.require(device.webSocketsOfferedMqtt(verdict.requirement()));
    }

    @Then("the device sent its packets in binary WebSocket frames only")
    public void theDeviceSentBinaryFramesOnly() {
        verdict.require(device.binaryWebSocketFramesOnly(verdict.requirement()));
    }

    @Then("the device closes the connection on which the broker sent it a packet in a WebSocket text frame")
    public void theDeviceClosesOnATextFrame() {
        verdict.require(device.closesOnTextFrame(verdict.requirement()));
    }

    @Then("the device read the packets the broker split over WebSocket frames or joined in one")
    public void theDeviceReadAcrossFrameBoundaries() {
        verdict.require(device.readAcrossWebSocketFrames(verdict.requirement()));
    }
}
