package org.iomt.simulators.broker;

import java.util.EnumSet;
import java.util.Optional;

/**
 * Behaviours of real brokers that the MQTT standards allow, which {@link FaultyBrokerProxy} can give the conformant broker
 * behind it: unlike a {@link BrokerFault} a variation breaks no requirement, so a broker showing it must still be
 * certified (see docs/broker-proxy.md).
 */
public enum BrokerVariation {

    QOS_DOWNGRADED_ON_GRANT("qos-downgraded-on-grant",
            "lowers a requested QoS 2 to QoS 1 in every SUBSCRIBE, so the broker grants and delivers at most QoS 1",
            "MQTT 3.1.1 §3.9.3 and 5.0 §3.9.3: the server may grant a lower maximum QoS than the subscription asked for"),
    ONE_IN_FLIGHT("one-in-flight",
            "keeps at most one unacknowledged QoS 1 or QoS 2 PUBLISH outstanding to each client, holding later ones "
                    + "back until it is acknowledged",
            "MQTT 3.1.1 §4.4 and 5.0 §4.9: the server may limit the messages in flight to a client, even to one"),
    DOLLAR_PUBLISH_REFUSED("dollar-publish-refused",
            "refuses a client's PUBLISH to a topic beginning with $: DISCONNECT with reason 0x90 (Topic Name invalid) "
                    + "and close in MQTT 5.0, a plain close in 3.1.1",
            "MQTT 3.1.1 §4.7.2 and 5.0 §4.7.2: topics beginning with $ are the server's own, and it may refuse a client's "
                    + "PUBLISH to them (5.0 §4.13)");

    private final String label;
    private final String description;
    private final String allowedBy;

    BrokerVariation(String label, String description, String allowedBy) {
        this.label = label;
        this.description = description;
        this.allowedBy = allowedBy;
    }

    /** The name used in profiles and on the command line. */
    public String label() {
        return label;
    }

    /** What the proxy makes the broker do, for people. */
    public String description() {
        return description;
    }

    /** The clauses that allow the behaviour. */
    public String allowedBy() {
        return allowedBy;
    }

    /** The variation with this name. */
    public static Optional<BrokerVariation> byLabel(String label) {
        return EnumSet.allOf(BrokerVariation.class).stream().filter(v -> v.label.equals(label)).findFirst();
    }
}
