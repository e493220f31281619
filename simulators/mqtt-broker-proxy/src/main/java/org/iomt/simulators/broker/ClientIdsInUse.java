package org.iomt.simulators.broker;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The client identifiers of the connections open through one proxy, for faults that look across connections. */
final class ClientIdsInUse {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final AtomicInteger standIns = new AtomicInteger();

    /** Takes the identifier for a connection; false when another open connection holds it already. */
    boolean take(String clientId) {
        return ids.add(clientId);
    }

    /** An identifier no client of the proxy uses, made from one that is in use. */
    String standIn(String clientId) {
        return clientId + "-proxy" + standIns.incrementAndGet();
    }

    /** Gives the identifier back, when the connection that took it ends. */
    void release(String clientId) {
        ids.remove(clientId);
    }
}
