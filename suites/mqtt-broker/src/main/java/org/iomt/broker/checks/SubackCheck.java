package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.util.List;
import java.util.Optional;

/** The SUBACK answers the filters of its SUBSCRIBE one by one, in order: each code a QoS up to the requested one, or a failure. */
public final class SubackCheck {

    private SubackCheck() {
    }

    public static Outcome inOrder(String requirement, Evidence subscribe, List<Evidence> connection) {
        Subscribe request = subscribe.as(Subscribe.class).orElseThrow();
        Optional<Evidence> answer = connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Suback.class).filter(s -> s.packetId() == request.packetId()).isPresent()).findFirst();
        if (answer.isEmpty()) {
            return Outcome.inconclusive("the broker sent no SUBACK for the SUBSCRIBE, so the order of its codes cannot be judged",
                    List.of(subscribe));
        }
        List<Integer> codes = answer.get().as(Suback.class).orElseThrow().reasonCodes();
        List<Subscription> filters = request.subscriptions();
        if (codes.size() != filters.size()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected one code per topic filter (" + filters.size()
                    + "); the SUBACK carried " + codes.size() + ": " + codes, List.of(subscribe, answer.get()))), List.of(subscribe, answer.get()));
        }
        for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            if (code < 0x80 && code > filters.get(i).qos()) {
                return Outcome.judged(List.of(new Finding(requirement, "expected the code of filter " + (i + 1) + " (requested QoS "
                        + filters.get(i).qos() + ") to be a QoS up to " + filters.get(i).qos() + " or a failure; it was " + code
                        + ", so the codes " + codes + " do not follow the order of the filters", List.of(subscribe, answer.get()))),
                        List.of(subscribe, answer.get()));
            }
        }
        return Outcome.judged(List.of(), List.of(subscribe, answer.get()));
    }

    /**
     * The broker answered a SUBSCRIBE of several filters with exactly one SUBACK for its packet identifier.
     *
     * @param connection every entry of the connection, recorded after the suite waited at least the bound
     */
    public static Outcome single(String requirement, Evidence subscribe, List<Evidence> connection, java.time.Duration bound) {
        int id = subscribe.as(Subscribe.class).orElseThrow().packetId();
        List<Evidence> answers = connection.stream().filter(e -> e.seq() > subscribe.seq() && e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Suback.class).filter(s -> s.packetId() == id).isPresent()).toList();
        List<Evidence> cited = new java.util.ArrayList<>(List.of(subscribe));
        cited.addAll(answers);
        if (answers.size() == 1) {
            return Outcome.judged(List.of(), cited);
        }
        return Outcome.judged(List.of(new Finding(requirement, "expected exactly one SUBACK for packet identifier " + id
                + " in answer to " + subscribe.decoded() + " on connection " + subscribe.connection() + "; "
                + (answers.isEmpty() ? "none came within " + bound.toMillis() + " ms" : answers.size() + " came"), cited)), cited);
    }
}
