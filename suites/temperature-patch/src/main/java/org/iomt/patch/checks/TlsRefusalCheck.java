package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.mqtt.model.TlsHandshake.Presented;
import org.iomt.mqtt.model.TlsHandshake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The device refused a certificate it must refuse: on every connection where the tester broker presented it, the
 * device sent no MQTT packet (it abandoned the handshake, or closed the connection unused). The refusal says
 * something about the device's checks only when it did connect once the broker presented its correct certificate;
 * otherwise the outcome is inconclusive.
 */
public record TlsRefusalCheck(String requirement, Presented refused) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> handshakes = evidence.stream().filter(e -> e.as(TlsHandshake.class).isPresent()).toList();
        List<Evidence> presented = handshakes.stream()
                .filter(e -> e.as(TlsHandshake.class).orElseThrow().presented() == refused).toList();
        if (presented.isEmpty()) {
            return Outcome.inconclusive("the suite's broker never presented " + refused.description()
                    + ": the device opened too few TLS connections", List.of());
        }
        Map<String, List<Evidence>> frames = MqttEvidence.deviceFramesByConnection(evidence);
        List<Finding> findings = new ArrayList<>();
        for (Evidence handshake : presented) {
            List<Evidence> sent = frames.getOrDefault(handshake.connection(), List.of());
            if (!sent.isEmpty()) {
                Evidence first = sent.get(0);
                findings.add(Finding.of(requirement, "connection " + handshake.connection() + ": the device completed the "
                        + "TLS handshake (entry #" + handshake.seq() + ") although the broker presented " + refused.description()
                        + ", and sent " + first.decoded().split(" ")[0] + " (packet #" + first.seq() + ") over it", handshake, first));
            }
        }
        if (!findings.isEmpty()) {
            return Outcome.judged(findings, presented);
        }
        Optional<Evidence> working = handshakes.stream()
                .filter(e -> e.as(TlsHandshake.class).map(h -> h.presented() == Presented.TRUSTED && h.completed()).orElse(false))
                .filter(e -> frames.containsKey(e.connection())).findFirst();
        if (working.isEmpty()) {
            return Outcome.inconclusive("the device refused " + refused.description() + ", but it sent nothing over a TLS "
                    + "connection with the broker's correct certificate either, so the refusal shows nothing about its "
                    + "certificate checks", presented);
        }
        List<Evidence> judged = new ArrayList<>(presented);
        judged.add(working.get());
        return Outcome.judged(List.of(), judged);
    }
}
