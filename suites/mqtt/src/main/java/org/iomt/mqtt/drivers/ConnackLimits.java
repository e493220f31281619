package org.iomt.mqtt.drivers;

import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Limits the tester broker announces to an MQTT 5.0 client in its CONNACK, each absent unless set (MQTT 5.0 §3.2.2.3).
 *
 * @param receiveMaximum    QoS 1 and 2 PUBLISHes the client may have unacknowledged at once (§3.2.2.3.3)
 * @param topicAliasMaximum highest Topic Alias the client may send (§3.2.2.3.8)
 * @param serverKeepAlive   Keep Alive, in seconds, the client must use instead of its own (§3.2.2.3.14)
 * @param maximumPacketSize largest packet, in bytes, the client may send (§3.2.2.3.6)
 */
public record ConnackLimits(OptionalInt receiveMaximum, OptionalInt topicAliasMaximum, OptionalInt serverKeepAlive,
                            OptionalInt maximumPacketSize) {

    public static ConnackLimits none() {
        return new ConnackLimits(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    public ConnackLimits withReceiveMaximum(int value) {
        return new ConnackLimits(OptionalInt.of(value), topicAliasMaximum, serverKeepAlive, maximumPacketSize);
    }

    public ConnackLimits withTopicAliasMaximum(int value) {
        return new ConnackLimits(receiveMaximum, OptionalInt.of(value), serverKeepAlive, maximumPacketSize);
    }

    public ConnackLimits withServerKeepAlive(int seconds) {
        return new ConnackLimits(receiveMaximum, topicAliasMaximum, OptionalInt.of(seconds), maximumPacketSize);
    }

    public ConnackLimits withMaximumPacketSize(int bytes) {
        return new ConnackLimits(receiveMaximum, topicAliasMaximum, serverKeepAlive, OptionalInt.of(bytes));
    }

    /** The CONNACK properties that announce the limits set. */
    List<MqttProperty> properties() {
        List<MqttProperty> properties = new ArrayList<>();
        receiveMaximum.ifPresent(v -> properties.add(new MqttProperty(MqttPropertyId.RECEIVE_MAXIMUM, v)));
        topicAliasMaximum.ifPresent(v -> properties.add(new MqttProperty(MqttPropertyId.TOPIC_ALIAS_MAXIMUM, v)));
        serverKeepAlive.ifPresent(v -> properties.add(new MqttProperty(MqttPropertyId.SERVER_KEEP_ALIVE, v)));
        maximumPacketSize.ifPresent(v -> properties.add(new MqttProperty(MqttPropertyId.MAXIMUM_PACKET_SIZE, v)));
        return properties;
    }

    /** The limits set, in words, for a log line. */
    public String describe() {
        List<String> words = new ArrayList<>();
        receiveMaximum.ifPresent(v -> words.add("Receive Maximum " + v));
        topicAliasMaximum.ifPresent(v -> words.add("Topic Alias Maximum " + v));
        serverKeepAlive.ifPresent(v -> words.add("Server Keep Alive " + v + " s"));
        maximumPacketSize.ifPresent(v -> words.add("Maximum Packet Size " + v + " bytes"));
        return words.isEmpty() ? "no limits" : String.join(", ", words);
    }
}
