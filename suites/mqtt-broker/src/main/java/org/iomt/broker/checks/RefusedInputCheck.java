package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A broker that refused a CONNECT processed nothing the client sent behind it: a retained PUBLISH that followed the
 * CONNECT in the same write was not stored, judged beside a control retained message that an admitted client published
 * and the same new subscriber must receive.
 */
public final class RefusedInputCheck {

    private RefusedInputCheck() {
    }

    /**
     * @param offending  every entry of the connection that sent the CONNECT and the PUBLISH behind it
     * @param refused    whether the broker answered the CONNECT with a refusal or closed the connection without accepting it
     * @param deliveries every PUBLISH the new subscriber received on the two topics, until the control arrived or the wait ended
     * @param topic      the topic of the PUBLISH sent behind the CONNECT
     * @param control    the payload of the control retained message
     * @param subscriber the subscriber's connection, for the reasons
     */
    public static Outcome judge(String requirement, List<Evidence> offending, boolean refused, List<Evidence> deliveries,
                                String topic, String control, String subscriber) {
        String connection = offending.stream().map(Evidence::connection).findFirst().orElse("(none opened)");
        Optional<Evidence> accepted = offending.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Connack.class).filter(c -> c.reasonCode() == 0).isPresent()).findFirst();
        if (accepted.isPresent() || !refused) {
            return Outcome.inconclusive("the broker did not refuse the CONNECT of connection " + connection + " ("
                    + accepted.map(e -> "it accepted it").orElse("it neither refused it nor closed the connection")
                    + "; that is judged under the CONNECT's own rule), so there is no refusal after which to judge", offending);
        }
        Optional<Evidence> kept = DeliveryCheck.find(deliveries, control);
        if (kept.isEmpty()) {
            List<Evidence> cited = new ArrayList<>(offending);
            cited.addAll(deliveries);
            return Outcome.inconclusive("connection " + subscriber + " did not receive the control retained message \""
                    + control + "\" either, so the absence of the message sent behind the refused CONNECT of connection "
                    + connection + " proves nothing", cited);
        }
        List<Evidence> processed = deliveries.stream()
                .filter(e -> e.as(Publish.class).filter(p -> p.topic().equals(topic)).isPresent()).toList();
        List<Evidence> judged = new ArrayList<>(offending);
        judged.addAll(processed);
        judged.add(kept.get());
        if (!processed.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker to process nothing that connection "
                    + connection + " sent after the CONNECT it refused; the retained PUBLISH sent behind it was stored: "
                    + "connection " + subscriber + " received it on subscribing to " + topic, judged)), judged);
        }
        return Outcome.judged(List.of(), judged);
    }
}
