package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the suite's broker sent the device that calls for an answer (a command, a PUBREL), each paired with the
 * device's answer on the same connection: the open request under the answer's packet identifier, else the earliest
 * open one, so that an answer under a wrong identifier or in another order is still matched and judged. A request
 * left unanswered carries the end of its connection, when it ended.
 */
final class SuiteExchanges {

    private SuiteExchanges() {
    }

    /**
     * One request and what became of it.
     *
     * @param sent     the suite's request
     * @param sentId   its packet identifier
     * @param answer   the device's answer, if any
     * @param ended    how the connection ended, when it ended before an answer came
     */
    record Exchange(Evidence sent, int sentId, Optional<Evidence> answer, Optional<Evidence> ended) {

        /** Unanswered, and the suite itself closed the connection sooner after the request than the answer time. */
        boolean cutOff(Duration answerTime) {
            return answer.isEmpty() && ended.filter(e -> e.as(ConnectionEnded.class).orElseThrow().causedBySuite()
                    && e.nanos() - sent.nanos() < answerTime.toNanos()).isPresent();
        }
    }

    /**
     * @param request the packet identifier of an entry the suite sent, when it is a request of the kind paired
     * @param answer  the packet identifier of an entry the device sent, when it is an answer of the kind paired
     */
    static List<Exchange> pair(List<Evidence> log, Function<Evidence, Optional<Integer>> request,
                               Function<Evidence, Optional<Integer>> answer) {
        List<Evidence> sent = new ArrayList<>();
        Map<Evidence, Evidence> answers = new HashMap<>();
        for (Evidence e : log) {
            if (e.direction() == Direction.SUITE_TO_DEVICE && request.apply(e).isPresent()) {
                sent.add(e);
            } else if (e.direction() == Direction.DEVICE_TO_SUITE && answer.apply(e).isPresent()) {
                int id = answer.apply(e).orElseThrow();
                List<Evidence> open = sent.stream().filter(s -> s.connection().equals(e.connection())
                        && !answers.containsKey(s)).toList();
                open.stream().filter(s -> request.apply(s).orElseThrow() == id).findFirst()
                        .or(() -> open.stream().findFirst()).ifPresent(s -> answers.put(s, e));
            }
        }
        List<Exchange> exchanges = new ArrayList<>();
        for (Evidence s : sent) {
            Optional<Evidence> end = answers.containsKey(s) ? Optional.empty() : log.stream()
                    .filter(e -> e.seq() > s.seq() && e.connection().equals(s.connection())
                            && e.as(ConnectionEnded.class).isPresent()).findFirst();
            exchanges.add(new Exchange(s, request.apply(s).orElseThrow(), Optional.ofNullable(answers.get(s)), end));
        }
        return exchanges;
    }
}
