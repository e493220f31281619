package org.iomt.broker.target;

import java.util.Arrays;
import java.util.Map;

/**
 * What the suite's Mosquitto supports, as the profile's claims say: the highest QoS of {@code mqtt.qos} becomes each
 * listener's {@code max_qos}, and {@code mqtt.retain: false} turns retained messages off ({@code retain_available}),
 * so a profile that claims less certifies a Mosquitto that supports less.
 *
 * @param maxQos          the highest QoS the broker accepts and grants
 * @param retainAvailable whether the broker keeps retained messages
 */
record MosquittoLimits(int maxQos, boolean retainAvailable) {

    /** The limits the claims state; a claim left out limits nothing. */
    static MosquittoLimits of(Map<String, String> claims) {
        String qos = claims.getOrDefault("mqtt.qos", "");
        int max = qos.isBlank() ? 2 : Arrays.stream(qos.split(",")).mapToInt(q -> Integer.parseInt(q.trim())).max().orElse(2);
        return new MosquittoLimits(max, !"false".equals(claims.get("mqtt.retain")));
    }

    /** The lines of the configuration's general section. */
    String general() {
        return retainAvailable ? "" : "retain_available false\n";
    }

    /** The lines each listener's section takes. */
    String listener() {
        return maxQos >= 2 ? "" : "max_qos " + maxQos + "\n";
    }
}
