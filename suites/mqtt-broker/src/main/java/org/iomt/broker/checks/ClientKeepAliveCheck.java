package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.time.Duration;
import java.util.List;

/**
 * An MQTT 5.0 broker that names no Server Keep Alive in its CONNACK holds the client to the Keep Alive of its CONNECT:
 * it closes a client silent for one and a half of those periods. A CONNACK with a Server Keep Alive puts another
 * period in force, so the rule's condition does not arise.
 */
public final class ClientKeepAliveCheck {

    private ClientKeepAliveCheck() {
    }

    /** Whether the broker's CONNACK named a Server Keep Alive, which keeps the client's own Keep Alive out of force. */
    public static boolean serverKeepAliveSet(Evidence connack) {
        return connack.as(Connack.class).flatMap(c -> c.properties().first(MqttPropertyId.SERVER_KEEP_ALIVE)).isPresent();
    }

    /**
     * @param connack    the CONNACK that admitted the client
     * @param silence    the note of when the client stopped sending
     * @param connection every entry of the client's connection, in order
     * @param closed     whether the broker closed the connection within the bound
     * @param bound      one and a half of the client's Keep Alive periods and the tolerance, as waited
     */
    public static Outcome judge(String requirement, Evidence connack, Evidence silence, List<Evidence> connection,
                                boolean closed, Duration bound) {
        if (serverKeepAliveSet(connack)) {
            int seconds = connack.as(Connack.class).orElseThrow().properties().first(MqttPropertyId.SERVER_KEEP_ALIVE)
                    .orElseThrow().intValue();
            return Outcome.notApplicable("the broker's CONNACK on connection " + connack.connection() + " set a Server Keep "
                    + "Alive of " + seconds + " s, so the client's own Keep Alive is not the one in force", List.of(connack));
        }
        return ClosesConnectionCheck.judge(requirement, silence, connection, closed, bound);
    }
}
