package org.iomt.broker.actors;

import org.iomt.core.model.EvidenceLog;
import org.iomt.mqtt.drivers.BrokerEndpoint;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one scenario leaves on a shared broker — the topics it may hold a retained message for and the persistent
 * sessions it opened — and the clean-up that removes them when the scenario ends, best effort.
 */
final class BrokerLeftovers {

    /** A persistent session, known by its client identifier and the MQTT version it was opened with. */
    private record PersistentSession(String clientId, MqttVersion version) {
    }

    private final Set<String> retainedTopics = new LinkedHashSet<>();
    private final Set<PersistentSession> sessions = new LinkedHashSet<>();

    void retained(String topic) {
        retainedTopics.add(topic);
    }

    void persistentSession(String clientId, MqttVersion version) {
        sessions.add(new PersistentSession(clientId, version));
    }

    /**
     * Publishes an empty retained message to every topic that may hold one, then connects once with a clean session
     * under each persistent session's client identifier, which discards it.
     *
     * @param label     the evidence label of the cleaning connections
     * @param cleanerId the client identifier of the connection that clears retained messages
     */
    void clear(BrokerEndpoint endpoint, EvidenceLog log, String label, String cleanerId, Duration response) {
        if (!retainedTopics.isEmpty()) {
            try (MqttTestClient cleaner = MqttTestClient.open(endpoint, label, MqttVersion.V3_1_1, log, response)) {
                Connect connect = endpoint.presentingCredentials(Connect.of(MqttVersion.V3_1_1, cleanerId, 60, true));
                if (cleaner.connect(connect, response).isPresent()) {
                    for (String topic : retainedTopics) {
                        cleaner.send(Publish.of(topic, 0, true, 0, new byte[0]));
                    }
                    cleaner.send(new Disconnect(0, 0, MqttProperties.EMPTY));
                }
            } catch (IOException | InterruptedException ignored) {
                // best effort: a broker that is gone keeps nothing of ours
            }
        }
        for (PersistentSession session : sessions) {
            discard(session, endpoint, log, label, response);
        }
    }

    private static void discard(PersistentSession session, BrokerEndpoint endpoint, EvidenceLog log, String label, Duration response) {
        try (MqttTestClient cleaner = MqttTestClient.open(endpoint, label, session.version(), log, response)) {
            Connect clean = endpoint.presentingCredentials(Connect.of(session.version(), session.clientId(), 60, true));
            if (cleaner.connect(clean, response).isPresent()) {
                cleaner.send(new Disconnect(0, 0, MqttProperties.EMPTY));
            }
        } catch (IOException | InterruptedException ignored) {
            // best effort
        }
    }
}
