package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPacket;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** The broker answered a packet the suite sent with the packet the protocol prescribes, within the bound. */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /**
     * @param request    what the suite sent
     * @param connection every entry of the connection, in order
     * @param answer     the packet that must follow, as a condition on the decoded packet
     * @param expected   the answer in words, for the message ("a PUBACK for packet identifier 7")
     * @param bound      how long the suite waited
     */
    public static <T extends MqttPacket> Outcome judge(String requirement, Evidence request, List<Evidence> connection,
                                                       Class<T> type, Predicate<T> answer, String expected, Duration bound) {
        List<Evidence> after = connection.stream().filter(e -> e.seq() > request.seq()).toList();
        return after.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(type).filter(answer).isPresent())
                .findFirst()
                .map(e -> Outcome.judged(List.of(), List.of(request, e)))
                .orElseGet(() -> Outcome.judged(List.of(new Finding(requirement, "expected " + expected + " in answer to "
                        + request.decoded() + " within " + bound.toMillis() + " ms; "
                        + (after.stream().anyMatch(e -> e.direction() == Direction.DEVICE_TO_SUITE)
                        ? "the broker sent other packets" : "the broker sent nothing") + ConnackCheck.ended(after),
                        concat(request, after))), concat(request, after)));
    }

    private static List<Evidence> concat(Evidence first, List<Evidence> rest) {
        List<Evidence> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
