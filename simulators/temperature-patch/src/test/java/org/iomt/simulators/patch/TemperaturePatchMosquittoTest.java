package org.iomt.simulators.patch;

import org.iomt.simulators.Fault;
import org.iomt.simulators.Mosquitto;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.senml.SenmlJsonDecoder;
import org.iomt.standards.senml.SenmlValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The simulator against Eclipse Mosquitto, a real broker, with Eclipse Paho as a real subscriber: what the
 * reference patch publishes reaches an independent client intact, and a CONNECT fault is refused by an
 * independent broker too.
 */
@Tag("medium")
class TemperaturePatchMosquittoTest {

    private static final String TOPIC = "iomt/patch/TP0001/temperature";

    @TempDir
    Path dir;

    private Mosquitto mosquitto;
    private MqttClient subscriber;
    private int port;

    @BeforeEach
    void startMosquitto() throws Exception {
        mosquitto = Mosquitto.start(dir);
        port = mosquitto.port();
    }

    @AfterEach
    void stopMosquitto() throws Exception {
        if (subscriber != null) {
            subscriber.disconnectForcibly(100, 100);
            subscriber.close();
        }
        if (mosquitto != null) {
            mosquitto.close();
        }
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void readingsOfTheReferencePatchReachARealSubscriberAsValidSenml(MqttVersion version) throws Exception {
        BlockingQueue<byte[]> received = subscribe();
        try (TemperaturePatch patch = TemperaturePatch.start(settings(version, Set.of()), new InetSocketAddress("127.0.0.1", port),
                Clock.systemUTC())) {
            byte[] payload = received.poll(10, TimeUnit.SECONDS);
            assertNotNull(payload, "no reading reached the subscriber through Mosquitto");
            assertEquals(List.of(), SenmlValidator.validate(SenmlJsonDecoder.decode(payload)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reserved-flag-set", "wrong-protocol-level", "wrong-protocol-name"})
    void mosquittoRefusesThePatchWithABrokenConnect(String label) throws Exception {
        BlockingQueue<byte[]> received = subscribe();
        Set<PatchFault> faults = Set.of(Fault.byLabel(PatchFault.class, label).orElseThrow());
        try (TemperaturePatch patch = TemperaturePatch.start(settings(MqttVersion.V3_1_1, faults),
                new InetSocketAddress("127.0.0.1", port), Clock.systemUTC())) {
            assertNull(received.poll(3, TimeUnit.SECONDS), "a real broker accepted the faulty patch's reading");
        }
    }

    private BlockingQueue<byte[]> subscribe() throws Exception {
        BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
        subscriber = new MqttClient("tcp://127.0.0.1:" + port, "monitor", new MemoryPersistence());
        subscriber.connect();
        subscriber.subscribe(TOPIC, 1, (topic, message) -> received.add(message.getPayload()));
        return received;
    }

    private static PatchSettings settings(MqttVersion version, Set<PatchFault> faults) {
        return new PatchSettings(version, "patchTP0001", 1, 1, TOPIC, Duration.ofSeconds(1), "09506000134352", "TP0001",
                "temperature", "Cel", Optional.empty(), false, Optional.empty(), faults);
    }

}
