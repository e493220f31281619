package org.iomt.broker.actors;

import org.iomt.standards.mqtt.Connect;

/** A CONNECT as given, under another client identifier (the codec has no wither for it). */
final class ConnectWithClientId {

    private ConnectWithClientId() {
    }

    static Connect of(Connect c, String clientId) {
        return new Connect(c.flags(), c.protocolName(), c.protocolLevel(), c.reservedFlag(), c.cleanStart(), c.willFlag(),
                c.willQos(), c.willRetain(), c.usernameFlag(), c.passwordFlag(), c.keepAlive(), c.properties(), clientId,
                c.willProperties(), c.willTopic(), c.willPayload(), c.username(), c.password());
    }
}
