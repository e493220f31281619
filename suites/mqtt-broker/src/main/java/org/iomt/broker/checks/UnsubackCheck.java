package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The broker answered an UNSUBSCRIBE of several topic filters with exactly one UNSUBACK for its packet identifier. */
public final class UnsubackCheck {

    private UnsubackCheck() {
    }

    /**
     * @param unsubscribe the UNSUBSCRIBE the suite sent
     * @param connection  every entry of its connection, in order, recorded after the suite waited at least the bound
     * @param bound       how long the suite waited for the answer
     */
    public static Outcome single(String requirement, Evidence unsubscribe, List<Evidence> connection, Duration bound) {
        int id = unsubscribe.as(Unsubscribe.class).orElseThrow().packetId();
        List<Evidence> answers = connection.stream().filter(e -> e.seq() > unsubscribe.seq()
                && e.direction() == Direction.DEVICE_TO_SUITE && e.as(Unsuback.class).filter(u -> u.packetId() == id).isPresent())
                .toList();
        List<Evidence> cited = new ArrayList<>(List.of(unsubscribe));
        cited.addAll(answers);
        if (answers.size() == 1) {
            return Outcome.judged(List.of(), cited);
        }
        String saw = answers.isEmpty() ? "none came within " + bound.toMillis() + " ms" + ConnackCheck.ended(connection)
                : answers.size() + " came";
        return Outcome.judged(List.of(new Finding(requirement, "expected exactly one UNSUBACK for packet identifier " + id
                + " in answer to " + unsubscribe.decoded() + " on connection " + unsubscribe.connection() + "; " + saw, cited)),
                cited);
    }
}
