package org.iomt.mqtt.model;

/**
 * A packet the tester broker sent over WebSocket in several frames on purpose, so that a client that takes each frame
 * for a whole packet shows; the decoded value of the evidence entry, right after the packet's own.
 *
 * @param packet the packet's type, e.g. CONNACK
 * @param frames how many frames it went out in
 */
public record SplitOverFrames(String packet, int frames) {
}
