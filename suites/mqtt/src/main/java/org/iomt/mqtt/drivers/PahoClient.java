package org.iomt.mqtt.drivers;

import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.iomt.core.model.EvidenceLog;
import org.iomt.standards.mqtt.MqttVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The library driver of the server role: an Eclipse Paho client (mqttv3 for MQTT 3.1.1, mqttv5 for 5.0) for the
 * normal flows, connected through a {@link RecordingRelay} so that its packets are evidence like the raw driver's.
 * Paho completes the acknowledgement flows itself.
 *
 * <p>Paho's receiver, sender and callback run on a thread pool of the connection's own, not on threads Paho starts: a
 * receiver that is still handling an acknowledgement when the client is closed dies on a null reference inside Paho,
 * and on a pool that ends in its task's future instead of as a stack trace on the console of a certification.
 */
public final class PahoClient implements AutoCloseable {

    /** What a scenario asks of a Paho connection. */
    public record Options(String clientId, MqttVersion version, boolean cleanSession, long sessionExpirySeconds) {
    }

    /** Paho keeps its receiver, sender, callback and a connect or disconnect task running at once. */
    private static final int PAHO_TASKS = 6;

    private final RecordingRelay relay;
    private final ScheduledExecutorService threads;
    private final Session session;

    private PahoClient(RecordingRelay relay, ScheduledExecutorService threads, Session session) {
        this.relay = relay;
        this.threads = threads;
        this.session = session;
    }

    /** Connects through a recording relay and waits, bounded, for the session to be accepted. */
    public static PahoClient connect(BrokerEndpoint endpoint, String name, Options options, EvidenceLog log, Duration timeout)
            throws IOException {
        RecordingRelay relay = RecordingRelay.start(endpoint, name, log, timeout);
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(PAHO_TASKS, daemonThreads("paho-" + name));
        try {
            Session session = options.version() == MqttVersion.V5_0
                    ? new V5(relay.uri(), endpoint, options, timeout, threads)
                    : new V3(relay.uri(), endpoint, options, timeout, threads);
            return new PahoClient(relay, threads, session);
        } catch (IOException | RuntimeException e) {
            threads.shutdownNow();
            relay.close();
            throw e;
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public void subscribe(String filter, int qos) throws IOException {
        session.subscribe(filter, qos);
    }

    /** Publishes and waits, bounded, until the flow of the QoS completed. */
    public void publish(String topic, byte[] payload, int qos, boolean retain, List<String[]> userProperties) throws IOException {
        session.publish(topic, payload, qos, retain, userProperties);
    }

    /** Ends the session with a DISCONNECT. */
    public void disconnect() throws IOException {
        session.disconnect();
    }

    @Override
    public void close() {
        session.close();
        threads.shutdownNow();
        relay.close();
    }

    private interface Session {
        void subscribe(String filter, int qos) throws IOException;

        void publish(String topic, byte[] payload, int qos, boolean retain, List<String[]> userProperties) throws IOException;

        void disconnect() throws IOException;

        void close();
    }

    private static final class V3 implements Session {
        private final org.eclipse.paho.client.mqttv3.MqttClient client;

        V3(String uri, BrokerEndpoint endpoint, Options options, Duration timeout, ScheduledExecutorService threads)
                throws IOException {
            try {
                client = new org.eclipse.paho.client.mqttv3.MqttClient(uri, options.clientId(),
                        new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence(), threads);
                client.setTimeToWait(timeout.toMillis());
                client.setCallback(null);
                MqttConnectOptions o = new MqttConnectOptions();
                o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
                o.setCleanSession(options.cleanSession());
                o.setConnectionTimeout((int) Math.max(1, timeout.toSeconds()));
                o.setKeepAliveInterval(60);
                o.setAutomaticReconnect(false);
                endpoint.credentials().ifPresent(c -> {
                    o.setUserName(c.username());
                    o.setPassword(c.password().toCharArray());
                });
                client.connect(o);
            } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
                throw new IOException("Paho could not connect: " + e.getMessage(), e);
            }
        }

        @Override
        public void subscribe(String filter, int qos) throws IOException {
            try {
                client.subscribe(filter, qos, (topic, message) -> { });
            } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
                throw new IOException("Paho could not subscribe to " + filter + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void publish(String topic, byte[] payload, int qos, boolean retain, List<String[]> userProperties) throws IOException {
            try {
                client.publish(topic, payload, qos, retain);
            } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
                throw new IOException("Paho could not publish to " + topic + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void disconnect() throws IOException {
            try {
                client.disconnect();
            } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
                throw new IOException("Paho could not disconnect: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                if (client.isConnected()) {
                    client.disconnectForcibly(0, 100);
                }
                client.close();
            } catch (org.eclipse.paho.client.mqttv3.MqttException ignored) {
                // not disconnected in time: the relay closing its sockets ends the connection
            }
        }
    }

    private static final class V5 implements Session {
        private final org.eclipse.paho.mqttv5.client.MqttClient client;

        V5(String uri, BrokerEndpoint endpoint, Options options, Duration timeout, ScheduledExecutorService threads)
                throws IOException {
            try {
                client = new org.eclipse.paho.mqttv5.client.MqttClient(uri, options.clientId(), new MemoryPersistence(), threads);
                client.setTimeToWait(timeout.toMillis());
                MqttConnectionOptions o = new MqttConnectionOptions();
                o.setCleanStart(options.cleanSession());
                o.setSessionExpiryInterval(options.sessionExpirySeconds());
                o.setConnectionTimeout((int) Math.max(1, timeout.toSeconds()));
                o.setKeepAliveInterval(60);
                o.setAutomaticReconnect(false);
                endpoint.credentials().ifPresent(c -> {
                    o.setUserName(c.username());
                    o.setPassword(c.password().getBytes(StandardCharsets.UTF_8));
                });
                client.connect(o);
            } catch (org.eclipse.paho.mqttv5.common.MqttException e) {
                throw new IOException("Paho could not connect: " + e.getMessage(), e);
            }
        }

        @Override
        public void subscribe(String filter, int qos) throws IOException {
            try {
                client.subscribe(filter, qos);
            } catch (org.eclipse.paho.mqttv5.common.MqttException e) {
                throw new IOException("Paho could not subscribe to " + filter + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void publish(String topic, byte[] payload, int qos, boolean retain, List<String[]> userProperties) throws IOException {
            try {
                org.eclipse.paho.mqttv5.common.MqttMessage message = new org.eclipse.paho.mqttv5.common.MqttMessage(payload, qos, retain,
                        null);
                if (!userProperties.isEmpty()) {
                    MqttProperties properties = new MqttProperties();
                    properties.setUserProperties(userProperties.stream().map(p -> new UserProperty(p[0], p[1])).toList());
                    message.setProperties(properties);
                }
                client.publish(topic, message);
            } catch (org.eclipse.paho.mqttv5.common.MqttException e) {
                throw new IOException("Paho could not publish to " + topic + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void disconnect() throws IOException {
            try {
                client.disconnect();
            } catch (org.eclipse.paho.mqttv5.common.MqttException e) {
                throw new IOException("Paho could not disconnect: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                if (client.isConnected()) {
                    client.disconnectForcibly(0, 100, false);
                }
                client.close();
            } catch (org.eclipse.paho.mqttv5.common.MqttException ignored) {
                // not disconnected in time: the relay closing its sockets ends the connection
            }
        }
    }
}
