package org.iomt.mqtt.drivers;

import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.standards.mqtt.Topics;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a scenario may change in the tester broker's otherwise correct behaviour. Every switch is off by default;
 * a scenario turns on what it needs.
 */
public final class BrokerControls {

    private final AtomicBoolean withholdAcknowledgements = new AtomicBoolean();
    private final AtomicBoolean dropOnNextPublish = new AtomicBoolean();
    private final AtomicBoolean refuseNextConnect = new AtomicBoolean();
    private final AtomicInteger qosPublishesUntilDrop = new AtomicInteger();
    private final AtomicInteger qos1Refusal = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong countedAfter = new java.util.concurrent.atomic.AtomicLong();
    private final AtomicBoolean connackSplit = new AtomicBoolean();
    private final AtomicReference<Message> pendingCommand = new AtomicReference<>();
    private final AtomicReference<Message> messageDueNow = new AtomicReference<>();
    private final java.util.Set<String> grantedFilters = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicReference<ConnackLimits> limits = new AtomicReference<>(ConnackLimits.none());
    private final AtomicInteger limitsFromAccepted = new AtomicInteger(1);
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicReference<java.time.Duration> acknowledgementHold = new AtomicReference<>();
    private final AtomicBoolean holdTaken = new AtomicBoolean();
    private final java.util.Queue<MalformedProbe> probes = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicInteger probesUnderWay = new AtomicInteger();
    private final AtomicInteger qosPublishesLeftUnacknowledged = new AtomicInteger();
    private final AtomicBoolean forgetSessionOnDrop = new AtomicBoolean();

    /** While on, PUBLISH packets at QoS 1 and 2 get no PUBACK or PUBREC: the device must keep them unacknowledged. */
    public BrokerControls withholdAcknowledgements(boolean on) {
        withholdAcknowledgements.set(on);
        return this;
    }

    /** The next PUBLISH received closes its connection without acknowledgement, as a network loss would. */
    public BrokerControls dropConnectionOnNextPublish() {
        dropOnNextPublish.set(true);
        return this;
    }

    /**
     * The n-th PUBLISH at QoS 1 or 2 from now on (1 is the next) closes its connection without acknowledgement, so
     * that the message is left unacknowledged when the connection is lost; once. A PUBLISH that arrives while a command
     * the broker sent on that connection awaits its answer, within the Keep Alive, is not counted: the drop would cut
     * off the answer.
     */
    public BrokerControls dropConnectionOnQosPublish(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("the PUBLISH to drop on is counted from 1, not " + nth);
        }
        qosPublishesUntilDrop.set(nth);
        return this;
    }

    /**
     * A drop armed by {@link #dropConnectionOnQosPublish} that has not happened yet, and a session to forget with it,
     * are called off, so that a phase that ran out of time leaves nothing armed for the next.
     */
    public BrokerControls cancelPlannedDrop() {
        qosPublishesUntilDrop.set(0);
        forgetSessionOnDrop.set(false);
        return this;
    }

    /** The next CONNECT is refused with "server unavailable" (3.1.1 return code 3, 5.0 reason code 0x88); once. */
    public BrokerControls refuseNextConnect() {
        refuseNextConnect.set(true);
        return this;
    }

    /** Whether this CONNECT is the one to refuse; takes the switch. */
    boolean takeConnectRefusal() {
        return refuseNextConnect.getAndSet(false);
    }

    /**
     * Once, when a device subscribes to a filter that matches {@code topic}, the broker sends it this message after
     * the SUBACK, {@code copies} times back to back (each a PUBLISH of its own), at the given QoS (capped at the QoS it
     * granted), as commands from its back end would arrive.
     */
    public BrokerControls sendOnSubscribe(String topic, int qos, byte[] payload, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("a command is sent at least once, not " + copies + " times");
        }
        pendingCommand.set(new Message(topic, qos, payload.clone(), copies));
        return this;
    }

    /** A message the broker is to send a device, the given number of times back to back. */
    record Message(String topic, int qos, byte[] payload, int copies) {
    }

    /** The armed message, if it is for a subscription to one of these filters; taken once. */
    Optional<Message> takeMessageFor(List<String> filters) {
        Message m = pendingCommand.get();
        if (m == null || filters.stream().noneMatch(f -> Topics.matches(f, m.topic()))) {
            return Optional.empty();
        }
        return pendingCommand.compareAndSet(m, null) ? Optional.of(m) : Optional.empty();
    }

    /**
     * Once, on the next packet the device sends on any connection (other than a DISCONNECT), the broker sends it this
     * message at the given QoS, as a command from its back end would arrive at a moment of its choosing; only once it
     * has granted the device a subscription that matches the topic.
     */
    public BrokerControls sendOnNextPacket(String topic, int qos, byte[] payload) {
        messageDueNow.set(new Message(topic, qos, payload.clone(), 1));
        return this;
    }

    /** Whether the broker has granted the device a subscription whose filter matches the topic, on any connection. */
    public boolean subscriptionGrantedFor(String topic) {
        return grantedFilters.stream().anyMatch(f -> Topics.matches(f, topic));
    }

    /** The broker granted these topic filters. */
    void granted(List<String> filters) {
        grantedFilters.addAll(filters);
    }

    /** The message armed by {@link #sendOnNextPacket}, if any and a granted subscription matches it; taken once. */
    Optional<Message> takeMessageDueNow() {
        Message m = messageDueNow.get();
        if (m == null || !subscriptionGrantedFor(m.topic())) {
            return Optional.empty();
        }
        return messageDueNow.compareAndSet(m, null) ? Optional.of(m) : Optional.empty();
    }

    boolean acknowledgementsWithheld() {
        return withholdAcknowledgements.get();
    }

    /**
     * MQTT 5.0: the CONNACK of every accepted connection from the {@code fromAccepted}-th on (1 is the first) announces
     * these limits; earlier ones announce none, so that the client is seen both without and with them.
     */
    public BrokerControls announceLimits(ConnackLimits announced, int fromAccepted) {
        if (fromAccepted < 1) {
            throw new IllegalArgumentException("accepted connections are counted from 1, not " + fromAccepted);
        }
        limits.set(announced);
        limitsFromAccepted.set(fromAccepted);
        return this;
    }

    /**
     * Once, on the first connection whose CONNACK announced a Receive Maximum and that carries a QoS 1 or 2 PUBLISH of
     * the client, the broker holds the acknowledgement of that PUBLISH for at least {@code hold}, and sends it with its
     * answer to the first packet the client sends after that: the client then has that many messages unacknowledged
     * for that long. A connection that ends before any such PUBLISH leaves the hold to the next one.
     */
    public BrokerControls holdFirstAcknowledgementUnderReceiveMaximum(java.time.Duration hold) {
        acknowledgementHold.set(hold);
        return this;
    }

    /**
     * Whether no planned hold is still to come or under way: none was planned, or it was carried out (the held
     * acknowledgement was sent, or its connection ended while holding it).
     */
    public boolean noAcknowledgementHeld() {
        return acknowledgementHold.get() == null;
    }

    /** The limits for the CONNACK of the connection now being accepted; counts it. */
    ConnackLimits limitsForNextAccepted() {
        return accepted.incrementAndGet() >= limitsFromAccepted.get() ? limits.get() : ConnackLimits.none();
    }

    /** The hold planned for the acknowledgement of the first QoS 1 or 2 PUBLISH under a Receive Maximum; taken once. */
    Optional<java.time.Duration> takeAcknowledgementHold() {
        java.time.Duration hold = acknowledgementHold.get();
        return hold != null && holdTaken.compareAndSet(false, true) ? Optional.of(hold) : Optional.empty();
    }

    /** The connection that took the hold ended before a PUBLISH was held on it: the next one may take the hold. */
    void acknowledgementHoldUnused() {
        holdTaken.set(false);
    }

    /** The held acknowledgement has been sent, or its connection ended. */
    void acknowledgementHoldEnded() {
        acknowledgementHold.set(null);
    }

    /**
     * MQTT 5.0: the broker answers the client's first QoS 1 PUBLISH from now on with a PUBACK carrying this failure
     * reason code (0x80 or above) instead of success; once.
     */
    public BrokerControls refuseFirstQos1Publish(int reasonCode) {
        qos1Refusal.set(reasonCode);
        return this;
    }

    /** The failure reason code for this QoS 1 PUBLISH's PUBACK, when it is the one planned; taken once. */
    OptionalInt takeQos1Refusal() {
        int code = qos1Refusal.getAndSet(0);
        return code == 0 ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /**
     * Over WebSocket: the broker sends the CONNACK of the next connection it accepts in two frames (its first byte, then
     * the rest), so that a client that takes each frame for a whole packet shows; once.
     */
    public BrokerControls splitNextAcceptingConnack() {
        connackSplit.set(true);
        return this;
    }

    /** Whether this accepting CONNACK is the one to split; taken once. */
    boolean takeConnackSplit() {
        return connackSplit.getAndSet(false);
    }

    /** Whether this PUBLISH, of the given QoS, is the one to drop the connection on; counts it. */
    boolean takeDropOnPublish(int qos, long seq) {
        boolean counted = qos > 0 && seq > countedAfter.get() && qosPublishesUntilDrop.getAndUpdate(n -> n > 0 ? n - 1 : 0) == 1;
        return dropOnNextPublish.getAndSet(false) || counted;
    }

    /**
     * The broker sends these malformed packets, in turn, one per connection, each at its {@link MalformedProbe#moment()
     * moment}: on the connection open now after the device's next packet, or on a new one right after its CONNACK; or
     * instead of the answer a correct broker gives at a step of an enhanced authentication or re-authentication, or to
     * a CONNECT with a clean start. From then on it records what the device sends there without answering, and closes
     * the connection itself if the device has not within {@link MalformedProbe#CLOSE_BOUND}.
     */
    public BrokerControls sendMalformedProbes(List<MalformedProbe> sequence) {
        probes.addAll(sequence);
        return this;
    }

    /** The probes not yet sent are not sent. */
    public void cancelMalformedProbes() {
        probes.clear();
    }

    /** Whether every armed probe has been sent and the connection it was sent on has ended. */
    public boolean malformedProbesOver() {
        return probes.isEmpty() && probesUnderWay.get() == 0;
    }

    /**
     * The next probe, if it is one sent at this moment; it is under way until {@link #malformedProbeEnded()}.
     */
    synchronized Optional<MalformedProbe> takeProbe(MalformedProbe.Moment moment) {
        MalformedProbe next = probes.peek();
        if (next == null || next.moment() != moment) {
            return Optional.empty();
        }
        probesUnderWay.incrementAndGet();
        probes.poll();
        return Optional.of(next);
    }

    /** The connection a probe was sent on has ended. */
    void malformedProbeEnded() {
        probesUnderWay.decrementAndGet();
    }

    /**
     * The next {@code count} PUBLISH packets at QoS 1 or 2 get no acknowledgement, so that, with a planned drop after
     * them, the device is left with that many more unacknowledged messages; 0 cancels what is left of it.
     */
    public BrokerControls leaveUnacknowledged(int count) {
        qosPublishesLeftUnacknowledged.set(count);
        return this;
    }

    /** Whether this PUBLISH, of the given QoS and recorded as entry {@code seq}, is one to leave unacknowledged; counts it. */
    boolean takeLeftUnacknowledged(int qos, long seq) {
        return qos > 0 && seq > countedAfter.get() && qosPublishesLeftUnacknowledged.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /**
     * The PUBLISH packets {@link #leaveUnacknowledged} and {@link #dropConnectionOnQosPublish} count are those recorded
     * after the evidence entry numbered {@code seq}: a phase that arms them counts from where it started, though a
     * PUBLISH recorded just before may reach the broker's decision just after.
     */
    public BrokerControls countPublishesAfter(long seq) {
        countedAfter.set(seq);
        return this;
    }

    /**
     * The next planned drop on a PUBLISH also ends the device's session, as a broker that lost its state would: the
     * device's next CONNECT gets Session Present 0; once.
     */
    public BrokerControls forgetSessionOnDrop() {
        forgetSessionOnDrop.set(true);
        return this;
    }

    /** Whether this drop is to end the session too; takes the switch. */
    boolean takeForgetSessionOnDrop() {
        return forgetSessionOnDrop.getAndSet(false);
    }
    private final AtomicBoolean reuseCommandIdentifier = new AtomicBoolean();
    private final AtomicReference<Message> commandWhileHolding = new AtomicReference<>();

    /**
     * Once, when the device has ended the flow of the first QoS 1 or 2 message the broker sent it on a connection (with
     * a PUBACK at QoS 1, a PUBCOMP at QoS 2, under the message's packet identifier), the broker sends that message again
     * as a new one (DUP 0) under the same packet identifier, which the ended flow has freed.
     */
    public BrokerControls reuseCommandIdentifier() {
        reuseCommandIdentifier.set(true);
        return this;
    }

    /** Whether the freed identifier of a first message is to be reused now; takes the switch. */
    boolean takeCommandIdentifierReuse() {
        return reuseCommandIdentifier.getAndSet(false);
    }

    /**
     * Once, when the broker starts holding an acknowledgement under its Receive Maximum (see
     * {@link #holdFirstAcknowledgementUnderReceiveMaximum}) after the client has subscribed to the message armed with
     * {@link #sendOnSubscribe}, it sends the client this message at the given QoS, as a command from its back end would
     * arrive, so that the client has a packet to answer while its send quota is zero.
     */
    public BrokerControls sendWhileHoldingAcknowledgement(String topic, int qos, byte[] payload) {
        commandWhileHolding.set(new Message(topic, qos, payload.clone(), 1));
        return this;
    }

    /**
     * The message to send now that an acknowledgement is held, if one is armed and the client has subscribed to what
     * {@link #sendOnSubscribe} armed (it took that message); taken once.
     */
    Optional<Message> takeMessageWhileHolding() {
        return pendingCommand.get() == null ? Optional.ofNullable(commandWhileHolding.getAndSet(null)) : Optional.empty();
    }
    private final AtomicBoolean dropOnNextRelease = new AtomicBoolean();
    private final AtomicBoolean reverseNextTwoReceipts = new AtomicBoolean();

    /**
     * The next PUBREL received closes its connection without PUBCOMP, as a network loss would, so that the device is
     * left with a released QoS 2 message it must complete on the resumed session; once; false cancels it.
     */
    public BrokerControls dropConnectionOnNextRelease(boolean on) {
        dropOnNextRelease.set(on);
        return this;
    }

    /**
     * The broker holds the PUBREC of the next QoS 2 PUBLISH until a second one arrives on the same connection, then
     * sends the second's PUBREC before the first's, so that the device has two PUBRECs to answer in the order they
     * came; once; false cancels it.
     */
    public BrokerControls reverseNextTwoReceipts(boolean on) {
        reverseNextTwoReceipts.set(on);
        return this;
    }

    boolean reversesReceipts() {
        return reverseNextTwoReceipts.get();
    }

    /** Whether this PUBREL is the one to drop the connection on; takes the switch. */
    boolean takeDropOnRelease() {
        return dropOnNextRelease.getAndSet(false);
    }
    private final AtomicReference<Message> aliasedCommand = new AtomicReference<>();
    private final AtomicReference<MappedAlias> aliasMapped = new AtomicReference<>();

    /**
     * MQTT 5.0: once, on the next packet of a device that announced a Topic Alias Maximum N above 0 on its connection,
     * and once the broker has granted it a subscription that matches the topic, the broker sends it this message twice
     * back to back at the given QoS: first with Topic Alias N and the topic name, which maps the alias, then with
     * Topic Alias N alone; at QoS 1 or 2 under packet identifiers 65533 and 65534, which no other message uses.
     */
    public BrokerControls sendAliasedCommands(String topic, int qos, byte[] payload) {
        aliasedCommand.set(new Message(topic, qos, payload.clone(), 2));
        return this;
    }

    /** The message armed by {@link #sendAliasedCommands}, if any and a granted subscription matches it; taken once. */
    Optional<Message> takeAliasedCommand() {
        Message m = aliasedCommand.get();
        if (m == null || !subscriptionGrantedFor(m.topic())) {
            return Optional.empty();
        }
        return aliasedCommand.compareAndSet(m, null) ? Optional.of(m) : Optional.empty();
    }

    /** The aliased messages armed and not yet sent are not sent. */
    public void cancelAliasedCommands() {
        aliasedCommand.set(null);
    }

    /** A Topic Alias the broker mapped to a topic on a connection. */
    record MappedAlias(int alias, String connection) {
    }

    /** The broker mapped a Topic Alias on this connection. */
    void aliasMapped(int alias, String connection) {
        aliasMapped.set(new MappedAlias(alias, connection));
    }

    /** The Topic Alias the broker mapped on a connection other than this one, if it mapped one. */
    OptionalInt aliasMappedBefore(String connection) {
        MappedAlias m = aliasMapped.get();
        return m == null || m.connection().equals(connection) ? OptionalInt.empty() : OptionalInt.of(m.alias());
    }
}
