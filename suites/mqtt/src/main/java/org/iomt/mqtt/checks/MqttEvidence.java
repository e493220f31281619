package org.iomt.mqtt.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Views of a recorded MQTT session that checks, and actors waiting for evidence, share. */
public final class MqttEvidence {

    private MqttEvidence() {
    }

    /** Every frame the device sent, by connection, in order. */
    public static Map<String, List<Evidence>> deviceFramesByConnection(List<Evidence> log) {
        Map<String, List<Evidence>> byConnection = new LinkedHashMap<>();
        for (Evidence e : log) {
            if (e.direction() == Direction.DEVICE_TO_SUITE) {
                byConnection.computeIfAbsent(e.connection(), k -> new ArrayList<>()).add(e);
            }
        }
        return byConnection;
    }

    public static List<Evidence> connects(List<Evidence> log) {
        return log.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Connect.class).isPresent()).toList();
    }

    public static List<Evidence> publishes(List<Evidence> log) {
        return log.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Publish.class).isPresent()).toList();
    }

    public static Connect connect(Evidence e) {
        return e.as(Connect.class).orElseThrow();
    }

    public static Publish publish(Evidence e) {
        return e.as(Publish.class).orElseThrow();
    }

    /**
     * The readings: every PUBLISH the device sent, except a retransmission: a PUBLISH with DUP set of a payload it
     * had already sent, or a resend of a message still unacknowledged (whatever its DUP flag). So a retransmitted
     * reading counts once while two equal readings both count. A PUBLISH sent before any CONNECT on its connection is
     * no reading: without the CONNECT's protocol level its layout (whether properties precede the payload) is unknown,
     * so its payload cannot be told apart.
     */
    public static List<Evidence> readings(List<Evidence> log) {
        List<Evidence> readings = new ArrayList<>();
        List<byte[]> seen = new ArrayList<>();
        Set<Long> resends = new HashSet<>();
        QosOneFlow.of(log).sends().stream().filter(s -> s.resends().isPresent()).forEach(s -> resends.add(s.evidence().seq()));
        Map<String, Long> firstConnect = new HashMap<>();
        connects(log).forEach(c -> firstConnect.putIfAbsent(c.connection(), c.seq()));
        for (Evidence e : publishes(log)) {
            if (e.seq() < firstConnect.getOrDefault(e.connection(), Long.MAX_VALUE)) {
                continue;
            }
            Publish p = publish(e);
            boolean retransmission = resends.contains(e.seq())
                    || p.dup() == 1 && seen.stream().anyMatch(s -> Arrays.equals(s, p.payload()));
            if (!retransmission) {
                seen.add(p.payload());
                readings.add(e);
            }
        }
        return readings;
    }
}
