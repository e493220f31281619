package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPacket;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The broker's answer to a SUBSCRIBE or UNSUBSCRIBE carries the packet identifier of that request: the first answer
 * of the kind after the request is judged.
 */
public final class PacketIdEchoCheck {

    /** What a missing answer means for the rule judged. */
    public enum Silence {
        /** The rule is about the identifier only: no answer leaves it unjudged. */
        UNJUDGED,
        /** The rule also asks for the answer itself: no answer breaks it. */
        BREAKS_THE_RULE
    }

    private PacketIdEchoCheck() {
    }

    /**
     * @param request    what the suite sent, with its packet identifier
     * @param requestId  the packet identifier of the request
     * @param connection every entry of the connection, in order
     * @param type       the answer's kind, SUBACK or UNSUBACK
     * @param answerId   the packet identifier of an answer
     * @param bound      how long the suite waited
     */
    public static <T extends MqttPacket> Outcome echoed(String requirement, Evidence request, int requestId, List<Evidence> connection,
                                                        Class<T> type, ToIntFunction<T> answerId, Silence silence, Duration bound) {
        String kind = type.getSimpleName().toUpperCase();
        List<Evidence> after = connection.stream().filter(e -> e.seq() > request.seq()).toList();
        Optional<Evidence> answer = after.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(type).isPresent())
                .findFirst();
        if (answer.isEmpty()) {
            String reason = "no " + kind + " came on connection " + request.connection() + " within " + bound.toMillis()
                    + " ms of " + request.decoded() + ConnackCheck.ended(after);
            return silence == Silence.UNJUDGED
                    ? Outcome.inconclusive(reason + ", so the packet identifier it carries cannot be judged", List.of(request))
                    : Outcome.judged(List.of(Finding.of(requirement, "expected a " + kind + " for packet identifier " + requestId
                    + "; " + reason, request)), List.of(request));
        }
        int id = answerId.applyAsInt(answer.get().as(type).orElseThrow());
        if (id != requestId) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the " + kind + " on connection " + request.connection()
                    + " to carry packet identifier " + requestId + " of the request it answers; it carried " + id,
                    List.of(request, answer.get()))), List.of(request, answer.get()));
        }
        return Outcome.judged(List.of(), List.of(request, answer.get()));
    }
}
