package org.iomt.standards.mqtt;

/**
 * One MQTT control packet as it is (or is to be) on the wire. Implementations keep raw values,
 * including reserved bits and out-of-range numbers, so that nothing a peer got wrong is lost.
 */
public sealed interface MqttPacket
        permits Connect, Connack, Publish, PublishAck, Subscribe, Suback, Unsubscribe, Unsuback,
                PingReq, PingResp, Disconnect, Auth {

    /** The control packet type. */
    PacketType type();

    /** The low nibble of the first byte exactly as on the wire (MQTT 3.1.1 §2.2.2, MQTT 5.0 §2.1.3). */
    int flags();
}
