package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttVersion;

/** What a fault may know and do about one proxied connection, besides the packet at hand. */
interface Session {

    /** The version of the connection's CONNECT; 3.1.1 until a CONNECT with level 5 has come. */
    MqttVersion version();

    /** True once a CONNECT from the client has passed the faults (false while the first one is being judged). */
    boolean connectSeen();

    /** The Keep Alive, in seconds, of the client's CONNECT as the client sent it; 0 before it. */
    int keepAlive();

    /** Sends a packet of the proxy's own, after anything already on its way in that direction. */
    void send(Direction to, MqttPacket packet);

    /** Resets the connection to the broker (TCP RST), as a client that vanishes would; the client side closes too. */
    void resetUpstream();

    /**
     * From now on, when the broker closes its side, the proxy leaves the client's side open until the client closes
     * it (what the client sends then is a fault's to drop).
     */
    void keepClientOpenWhenBrokerCloses();
}
