package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the device names the session it holds by its client identifier: when a connection ended while readings of
 * its were unacknowledged, and it connects again without asking for a clean session, it connects under the client
 * identifier of the connection those readings went out on (the one the broker assigned, if it assigned one).
 */
public final class SessionClientIdCheck implements Check {

    private final String requirement;

    public SessionClientIdCheck(String requirement) {
        this.requirement = requirement;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Map<String, String> clientIdByConnection = new HashMap<>();
        Map<Integer, Evidence> unacknowledged = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.direction() == Direction.DEVICE_TO_SUITE && e.as(Connect.class).isPresent()) {
                Connect connect = e.as(Connect.class).get();
                if (!connect.cleanStart() && !unacknowledged.isEmpty()) {
                    Evidence owed = unacknowledged.values().iterator().next();
                    String held = clientIdByConnection.get(owed.connection());
                    judged.add(owed);
                    judged.add(e);
                    if (held != null && !held.equals(connect.clientId())) {
                        findings.add(Finding.of(requirement, "packet #" + e.seq() + ": the device connected again on "
                                + e.connection() + " as \"" + connect.clientId() + "\", while its reading of packet #"
                                + owed.seq() + " went out unacknowledged on " + owed.connection() + " under the session of \""
                                + held + "\"", owed, e));
                    }
                }
                if (connect.cleanStart()) {
                    unacknowledged.clear();
                }
                clientIdByConnection.put(e.connection(), connect.clientId());
            } else if (e.direction() == Direction.DEVICE_TO_SUITE) {
                e.as(Publish.class).filter(p -> p.qos() > 0).ifPresent(p -> unacknowledged.put(p.packetId(), e));
            } else if (e.direction() == Direction.SUITE_TO_DEVICE) {
                e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                        .ifPresent(a -> unacknowledged.remove(a.packetId()));
                e.as(Connack.class).flatMap(c -> c.properties().first(MqttPropertyId.ASSIGNED_CLIENT_IDENTIFIER))
                        .ifPresent(p -> clientIdByConnection.put(e.connection(), (String) p.value()));
                if (e.as(Connack.class).map(c -> !c.sessionPresent() && c.reasonCode() == 0).orElse(false)) {
                    unacknowledged.clear();
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no connection of the device ended while a reading of its was unacknowledged and "
                    + "was followed by a CONNECT that keeps the session", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
