package org.iomt.simulators.broker;

import java.util.regex.Pattern;

/**
 * Recognises the broker-role suite's packet-form exchange, so that a fault can be confined to it and blind no other
 * scenario: its last QoS 0 delivery goes to a topic ending ".../s&lt;n&gt;/frames/ward", and its client identifier ends
 * with "wireform".
 */
final class PacketFormExchange {

    private static final Pattern WARD_TOPIC = Pattern.compile(".*/s\\d+/frames/ward");
    private static final String CLIENT_ID_END = "wireform";

    private PacketFormExchange() {
    }

    static boolean wardTopic(String topic) {
        return WARD_TOPIC.matcher(topic).matches();
    }

    static boolean clientId(String clientId) {
        return clientId.endsWith(CLIENT_ID_END);
    }
}
