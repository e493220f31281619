package org.iomt.simulators.broker;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Topic Alias mappings each client identifier set up through one proxy, kept past the connections that made them. */
final class AliasesByClient {

    private final Map<String, Map<Integer, String>> topics = new ConcurrentHashMap<>();

    /** Notes that a connection of this client identifier mapped the alias to the topic. */
    void remember(String clientId, int alias, String topic) {
        topics.computeIfAbsent(clientId, id -> new ConcurrentHashMap<>()).put(alias, topic);
    }

    /** The topic some connection of this client identifier last mapped the alias to, if any did. */
    Optional<String> topic(String clientId, int alias) {
        return Optional.ofNullable(topics.getOrDefault(clientId, Map.of()).get(alias));
    }
}
