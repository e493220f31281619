package org.iomt.mqtt.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The device's QoS 1 and 2 messages followed through its session, as the recorded evidence shows them: a message
 * stays unacknowledged until the suite's PUBACK, across connections as long as the session lives (a CONNECT with a
 * clean start, or a CONNACK without Session Present, ends it). A PUBLISH that repeats the topic and payload of an
 * unacknowledged message is a resend of it, whatever its packet identifier and DUP flag say.
 */
public final class QosOneFlow {

    /**
     * One PUBLISH at QoS 1 or 2 the device sent.
     *
     * @param evidence       the PUBLISH
     * @param publish        its decoded packet
     * @param resends        the earlier, still unacknowledged transmission it repeats, if it is a resend
     * @param identifierHeld true when a new message took an identifier that an unacknowledged message held
     * @param othersInUse    the identifiers of the other messages still unacknowledged when it went out
     * @param mayResendUnrecorded true when, with DUP set, it opens a resumed session (before any PUBLISH with DUP
     *                       clear on its connection) and repeats no recorded message: the device may be resending a
     *                       message the suite never received, lost when the earlier connection ended, so whether it is
     *                       a first transmission cannot be told
     */
    public record Send(Evidence evidence, Publish publish, Optional<Evidence> resends, boolean identifierHeld,
                       boolean mayResendUnrecorded, Set<Integer> othersInUse) {
    }

    /**
     * A connection on which the broker resumed the session (Session Present 1) while messages were unacknowledged.
     *
     * @param connack    the CONNACK with Session Present 1
     * @param connection the resumed connection
     * @param owed       the unacknowledged messages, as last sent, in the order they were first sent
     * @param sends      what the device published at QoS 1 or 2 on that connection
     */
    public record Resumption(Evidence connack, String connection, List<Evidence> owed, List<Send> sends) {
    }

    private final List<Send> sends = new ArrayList<>();
    private final List<Resumption> resumptions = new ArrayList<>();

    private QosOneFlow() {
    }

    public static QosOneFlow of(List<Evidence> log) {
        QosOneFlow flow = new QosOneFlow();
        Map<Integer, Evidence> unacknowledged = new LinkedHashMap<>();
        Map<String, List<Send>> sendsByResumedConnection = new LinkedHashMap<>();
        Set<String> resumedConnections = new HashSet<>();
        Set<String> sentDupClear = new HashSet<>();
        for (Evidence e : log) {
            if (e.direction() == Direction.DEVICE_TO_SUITE) {
                if (e.as(Connect.class).map(Connect::cleanStart).orElse(false)) {
                    unacknowledged.clear();
                }
                Publish p = e.as(Publish.class).filter(x -> x.qos() > 0).orElse(null);
                if (p == null) {
                    continue;
                }
                Optional<Map.Entry<Integer, Evidence>> repeated = unacknowledged.entrySet().stream()
                        .filter(u -> sameMessage(MqttEvidence.publish(u.getValue()), p)).findFirst();
                repeated.ifPresent(u -> unacknowledged.remove(u.getKey()));
                boolean held = repeated.isEmpty() && unacknowledged.containsKey(p.packetId());
                boolean unrecorded = repeated.isEmpty() && p.dup() == 1 && resumedConnections.contains(e.connection())
                        && !sentDupClear.contains(e.connection());
                if (p.dup() == 0) {
                    sentDupClear.add(e.connection());
                }
                Send send = new Send(e, p, repeated.map(Map.Entry::getValue), held, unrecorded,
                        Set.copyOf(unacknowledged.keySet()));
                flow.sends.add(send);
                unacknowledged.put(p.packetId(), e);
                List<Send> resumed = sendsByResumedConnection.get(e.connection());
                if (resumed != null) {
                    resumed.add(send);
                }
            } else if (e.direction() == Direction.SUITE_TO_DEVICE) {
                e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                        .ifPresent(a -> unacknowledged.remove(a.packetId()));
                Optional<Connack> connack = e.as(Connack.class);
                if (connack.isPresent() && connack.get().sessionPresent()) {
                    resumedConnections.add(e.connection());
                }
                if (connack.isPresent() && !connack.get().sessionPresent()) {
                    unacknowledged.clear();
                } else if (connack.isPresent() && !unacknowledged.isEmpty()) {
                    List<Send> onConnection = new ArrayList<>();
                    sendsByResumedConnection.put(e.connection(), onConnection);
                    flow.resumptions.add(new Resumption(e, e.connection(), List.copyOf(unacknowledged.values()), onConnection));
                }
            }
        }
        return flow;
    }

    private static boolean sameMessage(Publish a, Publish b) {
        return a.topic().equals(b.topic()) && Arrays.equals(a.payload(), b.payload());
    }

    public List<Send> sends() {
        return sends;
    }

    /** The resumptions; each one's list of sends is complete once {@link #of} has returned. */
    public List<Resumption> resumptions() {
        return resumptions;
    }
}
