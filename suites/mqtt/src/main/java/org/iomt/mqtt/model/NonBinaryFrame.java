package org.iomt.mqtt.model;

/**
 * A WebSocket data frame other than binary (or its continuation) that a client sent the tester broker, where MQTT
 * travels in binary frames only; the decoded value of the transport entry that records it (with the frame's payload:
 * no packet is taken from it).
 *
 * @param opcode the frame's opcode as RFC 6455 names it (text, or a reserved one)
 */
public record NonBinaryFrame(String opcode) {
}
