package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Publish;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The QoS 2 PUBLISHes the broker sent each client identifier through one proxy, by packet identifier, for the faults
 * that act on a later connection resuming the same session. Shared by every connection of the proxy.
 */
final class Qos2DeliveriesByClient {

    private record Key(String clientId, int packetId) {
    }

    private final Map<Key, Publish> sent = new ConcurrentHashMap<>();

    /** Notes a QoS 2 PUBLISH on its way to the client with this identifier. */
    void record(String clientId, Publish pub) {
        sent.put(new Key(clientId, pub.packetId()), pub);
    }

    /** The last QoS 2 PUBLISH sent to the client under this packet identifier, if one was. */
    Optional<Publish> find(String clientId, int packetId) {
        return Optional.ofNullable(sent.get(new Key(clientId, packetId)));
    }
}
