package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A CONNECT the broker must refuse (3.1.1: no client identifier while asking to keep the session; 5.0: the reserved
 * flag set) reaches the broker made acceptable, while the client is told it was refused (CONNACK 0x02, or 0x81 in 5.0);
 * what the client sent behind it is forwarded to the admitted session and followed by a DISCONNECT, so the broker
 * processes it and then closes. A client that sends nothing more is disconnected a moment after its refusal.
 */
final class RefusedConnectInputProcessed implements PacketTransform {

    private static final int V3_IDENTIFIER_REJECTED = 0x02;
    private static final int V5_MALFORMED_PACKET = 0x81;
    /** How long a refused client that sends nothing more stays connected to the broker. */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(300);

    private boolean posing;
    private boolean disconnecting;
    private long refusedAt;

    @Override
    public void toBroker(Passage p) {
        if (posing) {
            if (!disconnecting) {
                disconnecting = true;
                p.alsoForward(new Disconnect(0, 0, MqttProperties.EMPTY));
            }
            return;
        }
        p.packet(Connect.class).filter(c -> !p.session().connectSeen()).ifPresent(c -> {
            if (c.version().orElse(null) == MqttVersion.V3_1_1 && c.clientId().isEmpty() && !c.cleanStart()) {
                posing = true;
                p.replace(ConnectEdits.withClientId(c, "proxy" + Long.toString(ThreadLocalRandom.current().nextLong()
                        & Long.MAX_VALUE, 36)));
            } else if (c.version().orElse(null) == MqttVersion.V5_0 && c.reservedFlag()) {
                posing = true;
                p.replace(c.withReservedFlag(false));
            }
        });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Connack.class).filter(c -> posing && c.reasonCode() == 0).ifPresent(c -> {
            refusedAt = System.nanoTime();
            p.replace(new Connack(0, false, p.session().version() == MqttVersion.V5_0 ? V5_MALFORMED_PACKET
                    : V3_IDENTIFIER_REJECTED, MqttProperties.EMPTY));
        });
    }

    @Override
    public void tick(Session session, long nowNanos) {
        if (posing && !disconnecting && refusedAt != 0 && nowNanos - refusedAt > LINGER_NANOS) {
            disconnecting = true;
            session.send(Direction.TO_BROKER, new Disconnect(0, 0, MqttProperties.EMPTY));
        }
    }
}
