package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;

/** Edits of a CONNECT that the codec has no wither for. */
final class ConnectEdits {

    private ConnectEdits() {
    }

    static Connect withClientId(Connect c, String clientId) {
        return new Connect(c.flags(), c.protocolName(), c.protocolLevel(), c.reservedFlag(), c.cleanStart(), c.willFlag(),
                c.willQos(), c.willRetain(), c.usernameFlag(), c.passwordFlag(), c.keepAlive(), c.properties(), clientId,
                c.willProperties(), c.willTopic(), c.willPayload(), c.username(), c.password());
    }
}
