package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;

import java.util.List;

/**
 * The Topic Aliases on what a broker delivers to a client that announced a non-zero Topic Alias Maximum (MQTT 5.0
 * §3.1.2.11.5, §3.3.2.3.4): none may be above that maximum.
 */
public final class AliasLimitCheck {

    private AliasLimitCheck() {
    }

    /**
     * No delivery carries a Topic Alias above the maximum; judged only once the control message, published last, has
     * been delivered, so the broker had the chance to give every topic an alias.
     */
    public static Outcome withinMaximum(String requirement, List<Evidence> deliveries, int maximum, String connection,
                                        DeliveryCheck.Control control) {
        List<Finding> findings = deliveries.stream().filter(e -> alias(e) > maximum)
                .map(e -> Finding.of(requirement, "expected no Topic Alias above the " + maximum + " that connection "
                        + connection + " announced as its Topic Alias Maximum; the delivery of \"" + DeliveryCheck.payloadOf(e)
                        + "\" carried Topic Alias " + alias(e), e)).toList();
        if (!findings.isEmpty()) {
            return Outcome.judged(findings, deliveries);
        }
        if (DeliveryCheck.find(control.deliveries(), control.payload()).isEmpty()) {
            return Outcome.inconclusive("\"" + control.payload() + "\" was not delivered on connection " + connection
                    + " (" + deliveries.size() + " deliveries came), so it is not shown that " + control.shows(), deliveries);
        }
        return Outcome.judged(List.of(), deliveries);
    }

    private static int alias(Evidence e) {
        return e.as(Publish.class).flatMap(p -> p.properties().first(MqttPropertyId.TOPIC_ALIAS)).map(MqttProperty::intValue)
                .orElse(0);
    }
}
