package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingReq;

import java.util.concurrent.TimeUnit;

/**
 * When the client has sent nothing for half its Keep Alive, the proxy sends the broker a PINGREQ in its name (and
 * swallows the PINGRESP), so the broker never sees the client go silent for the one and a half Keep Alive that closes
 * it. Half, not the whole: the proxy's ticks come late on a busy machine, and with a whole Keep Alive the broker closed
 * the client now and then all the same.
 */
final class KeepAliveNotEnforced implements PacketTransform {

    private long lastToBrokerNanos = System.nanoTime();
    private int pingsOwed;

    @Override
    public void toBroker(Passage p) {
        lastToBrokerNanos = System.nanoTime();
    }

    @Override
    public void toClient(Passage p) {
        if (p.is(PacketType.PINGRESP) && pingsOwed > 0) {
            pingsOwed--;
            p.drop();
        }
    }

    @Override
    public void tick(Session session, long nowNanos) {
        long keepAliveNanos = TimeUnit.SECONDS.toNanos(session.keepAlive());
        if (session.connectSeen() && keepAliveNanos > 0 && nowNanos - lastToBrokerNanos >= keepAliveNanos / 2) {
            session.send(Direction.TO_BROKER, new PingReq(0));
            pingsOwed++;
            lastToBrokerNanos = nowNanos;
        }
    }
}
