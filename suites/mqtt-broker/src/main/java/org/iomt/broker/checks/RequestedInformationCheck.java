package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPackets;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the broker told an MQTT 5.0 client only what its CONNECT asked for: no Response Information without Request
 * Response Information 1, and no Reason String or User Property outside PUBLISH, CONNACK and DISCONNECT with Request
 * Problem Information 0. Judged only on a connection whose CONNECT asked for none, beside the packets it answered.
 */
public final class RequestedInformationCheck {

    private RequestedInformationCheck() {
    }

    /** The CONNACK of a connection whose CONNECT set Request Response Information to 0 carries no Response Information. */
    public static Outcome noResponseInformation(String requirement, List<Evidence> connection) {
        Optional<Evidence> connect = askingNone(connection, MqttPropertyId.REQUEST_RESPONSE_INFORMATION);
        if (connect.isEmpty()) {
            return Outcome.inconclusive("no CONNECT on " + label(connection) + " set Request Response Information to 0", connection);
        }
        Optional<Evidence> connack = fromBroker(connection).stream().filter(e -> e.as(Connack.class).isPresent()).findFirst();
        if (connack.isEmpty()) {
            return Outcome.inconclusive("the broker sent no CONNACK on " + label(connection), connection);
        }
        List<Evidence> judged = List.of(connect.get(), connack.get());
        return connack.get().as(Connack.class).orElseThrow().properties().first(MqttPropertyId.RESPONSE_INFORMATION).isEmpty()
                ? Outcome.judged(List.of(), judged)
                : Outcome.judged(List.of(new Finding(requirement, "the CONNECT on " + label(connection) + " set Request Response "
                + "Information to 0, yet the CONNACK carries Response Information", judged)), judged);
    }

    /**
     * On a connection whose CONNECT set Request Problem Information to 0, no packet of the broker's but PUBLISH,
     * CONNACK and DISCONNECT carries a Reason String or a User Property.
     */
    public static Outcome noProblemInformation(String requirement, List<Evidence> connection) {
        Optional<Evidence> connect = askingNone(connection, MqttPropertyId.REQUEST_PROBLEM_INFORMATION);
        if (connect.isEmpty()) {
            return Outcome.inconclusive("no CONNECT on " + label(connection) + " set Request Problem Information to 0", connection);
        }
        List<Evidence> answers = fromBroker(connection).stream().filter(e -> e.as(MqttPacket.class)
                .filter(p -> !(p instanceof Publish || p instanceof Connack || p instanceof Disconnect)).isPresent()).toList();
        if (answers.isEmpty()) {
            return Outcome.inconclusive("the broker sent no packet but PUBLISH, CONNACK or DISCONNECT on " + label(connection)
                    + ", so none could carry what the client did not ask for", connection);
        }
        List<Finding> findings = new ArrayList<>();
        for (Evidence e : answers) {
            var properties = MqttPackets.properties(e.as(MqttPacket.class).orElseThrow());
            if (properties.first(MqttPropertyId.REASON_STRING).isPresent() || properties.first(MqttPropertyId.USER_PROPERTY).isPresent()) {
                findings.add(Finding.of(requirement, "the CONNECT on " + e.connection() + " set Request Problem Information to 0, "
                        + "yet the broker's " + e.decoded() + " carries a Reason String or User Property", connect.get(), e));
            }
        }
        List<Evidence> judged = new ArrayList<>(List.of(connect.get()));
        judged.addAll(answers);
        return Outcome.judged(findings, judged);
    }

    /** The client's CONNECT that set the request to 0. */
    private static Optional<Evidence> askingNone(List<Evidence> connection, MqttPropertyId request) {
        return connection.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE).filter(e -> e.as(Connect.class)
                .flatMap(c -> c.properties().first(request)).filter(p -> Integer.valueOf(0).equals(p.value())).isPresent())
                .findFirst();
    }

    private static List<Evidence> fromBroker(List<Evidence> connection) {
        return connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE).toList();
    }

    private static String label(List<Evidence> connection) {
        return connection.isEmpty() ? "the connection" : "connection " + connection.get(0).connection();
    }
}
