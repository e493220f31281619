package org.iomt.mqtt.model;

import java.util.List;

/**
 * How a client opened a WebSocket to the tester broker: the request line of its upgrade and the subprotocols it
 * offered, in its order; the decoded value of the evidence entry that records the opening handshake.
 *
 * @param requestLine  the request line, e.g. {@code GET /mqtt HTTP/1.1}
 * @param upgrade      whether the request asked for a WebSocket upgrade at all
 * @param subprotocols the subprotocols listed in {@code Sec-WebSocket-Protocol}
 */
public record WebSocketOpening(String requestLine, boolean upgrade, List<String> subprotocols) {

    public WebSocketOpening {
        subprotocols = List.copyOf(subprotocols);
    }
}
