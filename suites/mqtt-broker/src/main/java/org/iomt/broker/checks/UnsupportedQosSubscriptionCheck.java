package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a broker that lacks QoS 2 (or QoS 1) still accepts a SUBSCRIBE requesting QoS 0, 1 and 2 (MQTT 5.0
 * §3.2.2.3.4): a SUBACK granting each filter some QoS passes, whatever QoS it grants; a failure code for a filter, a
 * DISCONNECT or a close fails.
 */
public final class UnsupportedQosSubscriptionCheck {

    /** The lowest SUBACK reason code that refuses a subscription (MQTT 5.0 §3.9.3). */
    private static final int FAILURE = 0x80;

    private UnsupportedQosSubscriptionCheck() {
    }

    /**
     * @param subscribe  the SUBSCRIBE sent
     * @param connection every entry of its connection, in order
     * @param bound      how long the suite waited for the answer
     */
    public static Outcome judge(String requirement, Evidence subscribe, List<Evidence> connection, Duration bound) {
        Subscribe sent = subscribe.as(Subscribe.class).orElseThrow();
        List<Evidence> after = connection.stream().filter(e -> e.seq() > subscribe.seq()).toList();
        List<Evidence> cited = new ArrayList<>(List.of(subscribe));
        Optional<Evidence> suback = after.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Suback.class).filter(s -> s.packetId() == sent.packetId()).isPresent()).findFirst();
        if (suback.isPresent()) {
            cited.add(suback.get());
            List<Integer> codes = suback.get().as(Suback.class).orElseThrow().reasonCodes();
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < sent.subscriptions().size(); i++) {
                Subscription s = sent.subscriptions().get(i);
                if (i >= codes.size() || codes.get(i) >= FAILURE) {
                    findings.add(new Finding(requirement, "expected the broker to accept the subscription to " + s.topicFilter()
                            + " requesting QoS " + s.qos() + " on connection " + subscribe.connection() + "; the SUBACK "
                            + (i >= codes.size() ? "has no code for it" : "refuses it with code 0x" + Integer.toHexString(codes.get(i))),
                            cited));
                }
            }
            return Outcome.judged(findings, cited);
        }
        Optional<Evidence> ended = after.stream().filter(e -> (e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Disconnect.class).isPresent()) || e.as(ConnectionEnded.class).filter(c -> !c.causedBySuite()).isPresent())
                .findFirst();
        if (ended.isPresent()) {
            cited.add(ended.get());
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker to accept the SUBSCRIBE requesting QoS "
                    + sent.subscriptions().stream().map(Subscription::qos).toList() + " on connection " + subscribe.connection()
                    + "; it ended the connection instead (" + ended.get().decoded() + ")", cited)), cited);
        }
        return Outcome.inconclusive("the broker neither answered the SUBSCRIBE on connection " + subscribe.connection()
                + " within " + bound.toMillis() + " ms nor ended the connection", cited);
    }
}
