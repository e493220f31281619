package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client identifiers that joined a Shared Subscription through one proxy, and the deliveries each left
 * unacknowledged when a connection of it ended, for the faults that act on a member's later connection.
 */
final class SharedMembersByClient {

    private static final String SHARED = "$share/";

    private final Set<String> members = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Publish>> unacknowledged = new ConcurrentHashMap<>();

    /** Notes the connection's client identifier as a member when the SUBSCRIBE names a {@code $share/} filter. */
    void subscribed(Connect connect, Subscribe subscribe) {
        if (connect != null && subscribe.subscriptions().stream().anyMatch(s -> s.topicFilter().startsWith(SHARED))) {
            members.add(connect.clientId());
        }
    }

    boolean isMember(Connect connect) {
        return connect != null && members.contains(connect.clientId());
    }

    /** The deliveries a member's connection left unacknowledged when it ended. */
    void ended(Connect connect, Collection<Publish> left) {
        if (isMember(connect) && !left.isEmpty()) {
            unacknowledged.put(connect.clientId(), List.copyOf(left));
        }
    }

    /** What the client identifier's last connection left unacknowledged, once. */
    List<Publish> takeUnacknowledged(Connect connect) {
        List<Publish> left = connect == null ? null : unacknowledged.remove(connect.clientId());
        return left == null ? List.of() : left;
    }
}
