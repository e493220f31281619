package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.mqtt.model.TlsHandshake.Presented;
import org.iomt.mqtt.model.TlsHandshake;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every CONNECT the device sent over a TLS connection with the broker's correct certificate carries a user name and a
 * password, and the broker, which holds the ones the device was given, did not refuse them (3.1.1 return code 4,
 * 5.0 reason code 0x86). The password itself is never in the evidence; the broker's answer stands for it.
 */
public record TlsCredentialsCheck(String requirement) implements Check {

    private static final int V3_BAD_USER_NAME_OR_PASSWORD = 0x04;
    private static final int V5_BAD_USER_NAME_OR_PASSWORD = 0x86;

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Set<String> trusted = evidence.stream()
                .filter(e -> e.as(TlsHandshake.class).map(h -> h.presented() == Presented.TRUSTED && h.completed()).orElse(false))
                .map(Evidence::connection).collect(Collectors.toSet());
        List<Evidence> connects = MqttEvidence.connects(evidence).stream().filter(e -> trusted.contains(e.connection())).toList();
        if (connects.isEmpty()) {
            return Outcome.inconclusive("the device sent no CONNECT over a TLS connection with the broker's correct certificate",
                    List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>(connects);
        for (Evidence e : connects) {
            Connect connect = MqttEvidence.connect(e);
            if (!connect.usernameFlag() || !connect.passwordFlag()) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + ": CONNECT on connection " + e.connection()
                        + " presents " + (connect.usernameFlag() ? "no password" : "no user name")
                        + "; the device claims to log in with a user name and password", e));
                continue;
            }
            Optional<Evidence> answer = connackAfter(evidence, e);
            answer.ifPresent(judged::add);
            answer.filter(a -> refusedCredentials(a.as(Connack.class).orElseThrow().reasonCode()))
                    .ifPresent(a -> findings.add(Finding.of(requirement, "packet #" + a.seq() + ": the broker refused the user "
                            + "name \"" + connect.username() + "\" and the password presented in CONNECT #" + e.seq()
                            + " (code 0x" + Integer.toHexString(a.as(Connack.class).orElseThrow().reasonCode())
                            + "); they are not the ones the device was given", e, a)));
        }
        return Outcome.judged(findings, judged);
    }

    private static boolean refusedCredentials(int code) {
        return code == V3_BAD_USER_NAME_OR_PASSWORD || code == V5_BAD_USER_NAME_OR_PASSWORD;
    }

    private static Optional<Evidence> connackAfter(List<Evidence> evidence, Evidence connect) {
        return evidence.stream().filter(e -> e.seq() > connect.seq() && e.connection().equals(connect.connection())
                && e.direction() == Direction.SUITE_TO_DEVICE && e.as(Connack.class).isPresent()).findFirst();
    }
}
