package org.iomt.broker.actors;

import org.iomt.core.model.EvidenceLog;
import org.iomt.mqtt.drivers.BrokerEndpoint;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The MQTT server under test as the run knows it: where to reach it, the log every connection records into, and
 * the protocol timers of the profile. Scenarios run in parallel; each takes its own topic space and client
 * identifiers from here, so that none disturbs another or anything else on a shared broker.
 *
 * @param open          the listener for ordinary scenarios (with the credentials it needs, if any)
 * @param authenticated a listener that refuses clients without valid credentials, when the profile has one
 * @param tls           the TLS listener, when the profile has one
 * @param mutualTls     the TLS listener that asks for a client certificate, reached with and without one
 * @param log           the evidence log of the run
 * @param prefix        the first topic levels of this run: the profile's prefix and the run id
 * @param timers        the profile's protocol timers
 * @param restricted    a listener with a topic the broker does not authorise the suite's client to publish to, when
 *                      the profile names one (the suite's own Mosquitto always has one)
 */
public record BrokerUnderTest(BrokerEndpoint open, Optional<BrokerEndpoint> authenticated, Optional<BrokerEndpoint> tls,
                              Optional<MutualTls> mutualTls, EvidenceLog log, String prefix, Timers timers,
                              Optional<Restricted> restricted, AtomicInteger scenarios) {

    /** A listener, and a topic its clients are not authorised to publish to. */
    public record Restricted(BrokerEndpoint listener, String unauthorisedTopic) {
    }

    /** One listener that asks for client certificates: reached presenting the lab's certificate, and presenting none. */
    public record MutualTls(BrokerEndpoint withCertificate, BrokerEndpoint withoutCertificate) {
    }

    /**
     * @param response      how long to wait for the broker's answer to one packet
     * @param keepAlive     Keep Alive (s) of a client that goes silent
     * @param sessionExpiry Session Expiry Interval (s) when expiry is tested
     * @param messageExpiry Message Expiry Interval (s) when expiry is tested
     * @param willDelay     Will Delay Interval (s) when the delay is tested
     * @param keepAliveTolerance time allowed beyond one and a half Keep Alive periods for the broker to close
     */
    public record Timers(Duration response, int keepAlive, int sessionExpiry, int messageExpiry, int willDelay,
                         Duration keepAliveTolerance) {
    }

    public BrokerUnderTest(BrokerEndpoint open, Optional<BrokerEndpoint> authenticated, Optional<BrokerEndpoint> tls,
                           Optional<MutualTls> mutualTls, EvidenceLog log, String prefix, Timers timers) {
        this(open, authenticated, tls, mutualTls, log, prefix, timers, Optional.empty(), new AtomicInteger());
    }

    public BrokerUnderTest(BrokerEndpoint open, Optional<BrokerEndpoint> authenticated, Optional<BrokerEndpoint> tls,
                           Optional<MutualTls> mutualTls, EvidenceLog log, String prefix, Timers timers,
                           Optional<Restricted> restricted) {
        this(open, authenticated, tls, mutualTls, log, prefix, timers, restricted, new AtomicInteger());
    }

    /** A fresh number for a scenario, naming its topics and clients. */
    int nextScenario() {
        return scenarios.incrementAndGet();
    }
}
