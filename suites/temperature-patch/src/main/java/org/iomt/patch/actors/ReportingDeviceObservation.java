package org.iomt.patch.actors;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.EvidenceLog;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.ObservationClosed;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.mqtt.drivers.BrokerControls;
import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.mqtt.model.NonBinaryFrame;
import org.iomt.mqtt.model.TlsHandshake;
import org.iomt.patch.checks.AliasedCommandCheck;
import org.iomt.patch.checks.CommandAcknowledgementCheck;
import org.iomt.patch.checks.CommandCompletionCheck;
import org.iomt.patch.checks.DiscardedSessionCheck;
import org.iomt.patch.checks.Qos2ResumptionCheck;
import org.iomt.patch.checks.ReleaseOrderCheck;
import org.iomt.patch.checks.RefusedConnectCheck;
import org.iomt.patch.checks.ResendOrderCheck;
import org.iomt.patch.checks.SessionEnd;
import org.iomt.patch.checks.ReportingIntervalCheck;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The suite's watch over one reporting device during a run: it waits, bounded, for the device's first packet and
 * then for an observation window (enough readings, among them two whose gap the interval rule can judge, and at
 * least two Keep Alive periods), freezes what it saw,
 * and lets every scenario judge that same evidence. When the plan says so, the tester broker interrupts the
 * session inside the window (ADR 0005): it drops the connection on a QoS 1 reading without acknowledging it, and
 * the window then lasts until a reading has arrived on a later connection, which resumes a persistent session and
 * starts a clean one afresh. When the device claims a command topic,
 * the broker sends it a command twice back to back once it has subscribed, and once more under the first one's packet
 * identifier when the device has ended that command's flow; the window lasts until the device has answered them.
 * When the device claims a back-off after a refused CONNECT, the broker refuses its first CONNECT, and the window
 * lasts until it has connected again. When the device speaks MQTT 5.0, the broker announces limits in the CONNACK of
 * its second accepted connection and later ones, holds the acknowledgement of its first QoS 1 PUBLISH there under the
 * Receive Maximum (sending it the command once more then, when it claims one), and the window lasts until it has
 * sent it.
 */
public final class ReportingDeviceObservation {

    private final EvidenceLog log;
    private final ObservationPlan plan;
    private final String whereToConnect;
    private final BrokerControls controls;
    private Optional<Evidence> firstPacket;
    private List<Evidence> frozen;
    private List<Evidence> probed;
    private List<Evidence> resent;
    private List<Evidence> sessionLost;
    private List<Evidence> everything;
    private long resendPhaseStart;
    private List<Evidence> releaseResent;
    private List<Evidence> receiptsReversed;
    /** Set once the phases after the window were found unable to run (see {@link #phasesCanRun()}). */
    private boolean phasesSkipped;

    /** The failure the broker states in its PUBACK of the device's first reading (MQTT 5.0 "Unspecified error"). */
    private static final int FIRST_READING_REFUSAL = 0x80;

    /**
     * @param controls the tester broker's controls, through which the planned interruption is armed at once
     */
    public ReportingDeviceObservation(EvidenceLog log, ObservationPlan plan, String whereToConnect, BrokerControls controls) {
        this.log = log;
        this.plan = plan;
        this.whereToConnect = whereToConnect;
        this.controls = controls;
        plan.limits().ifPresent(l -> {
            controls.announceLimits(l, ObservationPlan.LIMITS_FROM_ACCEPTED);
            controls.holdFirstAcknowledgementUnderReceiveMaximum(plan.acknowledgementHold());
            log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will announce " + l.describe() + " in the CONNACK "
                    + "of the device's accepted connections from the second on, and there hold the acknowledgement of its first QoS 1 PUBLISH for " + plan.acknowledgementHold().toMillis()
                    + " ms, to see it keep to them", null);
        });
        if (plan.interruptSession()) {
            controls.dropConnectionOnQosPublish(ObservationPlan.INTERRUPTED_PUBLISH);
            log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will drop the connection on the device's " + readingQos()
                    + " PUBLISH #" + ObservationPlan.INTERRUPTED_PUBLISH + " without acknowledging it, to see the device connect again and resume its session, "
                    + "or start a clean one afresh", null);
        }
        if (plan.refuseFirstReading()) {
            controls.refuseFirstQos1Publish(FIRST_READING_REFUSAL);
            log.append(Direction.TRANSPORT, "-", new byte[0], String.format("the suite will answer the device's first QoS 1 "
                    + "PUBLISH with PUBACK reason code 0x%02X (unspecified error), to see that reading not sent again when "
                    + "its session resumes", FIRST_READING_REFUSAL), null);
        }
        if (plan.webSocket()) {
            controls.splitNextAcceptingConnack();
            log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will send the CONNACK of the first connection it "
                    + "accepts in two WebSocket frames, and a SUBACK with the commands after it in one, to see the device read "
                    + "MQTT packets whatever the frame boundaries", null);
        }
        plan.refusalBackoff().ifPresent(b -> {
            controls.refuseNextConnect();
            log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will refuse the device's first CONNECT (server "
                    + "unavailable), to see it leave that connection and wait at least the claimed " + b.toMillis()
                    + " ms before connecting again", null);
        });
        plan.command().ifPresent(c -> {
            controls.sendOnSubscribe(c.topic(), c.qos(), c.payload(), ObservationPlan.COMMANDS_BACK_TO_BACK)
                    .reuseCommandIdentifier();
            if (plan.limits().isPresent()) {
                controls.sendWhileHoldingAcknowledgement(c.topic(), c.qos(), c.payload());
                log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will send the device the command once more "
                        + "when it starts holding an acknowledgement under its Receive Maximum, to see it answered while "
                        + "the device's send quota is zero", null);
            }
            log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will send the device a command on \"" + c.topic()
                    + "\" at QoS " + c.qos() + ", " + ObservationPlan.COMMANDS_BACK_TO_BACK + " times back to back, once it "
                    + "subscribes to it, to see each acknowledged, in order, and once more under the first one's packet "
                    + "identifier when the device has ended its flow, to see it taken as a new command", null);
        });
    }

    /**
     * Waits (once per run, bounded by the profile) for the device to connect and send its first packet, which
     * should be a CONNECT; whether it was is for a check to judge.
     */
    public synchronized void awaitConnection() {
        if (firstPacket == null) {
            firstPacket = waitFor(entries -> firstPacketIn(entries).isPresent(), plan.connectTimeout())
                    .flatMap(ReportingDeviceObservation::firstPacketIn);
            if (firstPacket.isEmpty()) {
                log.append(Direction.TRANSPORT, "-", new byte[0], "no device packet within "
                        + plan.connectTimeout().toSeconds() + " s at " + whereToConnect, null);
            }
        }
        if (firstPacket.isEmpty()) {
            throw new Inconclusive("the device did not connect within " + plan.connectTimeout().toSeconds()
                    + " s to " + whereToConnect);
        }
    }

    /** The frozen observation: after the window closed, every scenario judges the same evidence. */
    public synchronized List<Evidence> observed() {
        awaitConnection();
        if (frozen == null) {
            long start = firstPacket.get().nanos();
            long bound = start + plan.windowBound().toNanos();
            long minimum = start + plan.keepAlive().multipliedBy(2).toNanos();
            waitFor(entries -> readingCount(entries) >= plan.readings() && System.nanoTime() >= minimum
                            && (!plan.interruptSession() || interruptionOver(entries))
                            && !CommandAcknowledgementCheck.answerOutstanding(entries)
                            && !CommandCompletionCheck.completionOutstanding(entries)
                            && ReportingIntervalCheck.someGapJudged(entries, plan.interval(), plan.intervalTolerance())
                            && controls.noAcknowledgementHeld()
                            && (plan.refusalBackoff().isEmpty() || RefusedConnectCheck.reconnectedAfterEveryRefusal(entries)),
                    Duration.ofNanos(Math.max(0, bound - System.nanoTime())));
            int readings = readingCount(log.snapshot());
            log.append(Direction.TRANSPORT, "-", new byte[0], "observation window closed after " + readings + " readings",
                    new ObservationClosed(readings));
            frozen = log.snapshot();
        }
        return frozen;
    }

    /**
     * Has the broker send the device its claimed end-of-session command on the device's next packet, at QoS 0 so that it
     * asks for no answer besides those the commands inside the window are judged on, and waits, bounded, for the
     * connection it went out on to end: what the device does from there on is evidence too.
     */
    private void endSession(byte[] command) {
        if (!phasesCanRun()) {
            return;
        }
        ObservationPlan.Command c = plan.command().get();
        if (!controls.subscriptionGrantedFor(c.topic())) {
            log.append(Direction.TRANSPORT, "-", new byte[0], "the device holds no subscription to its command topic \""
                    + c.topic() + "\", so the suite cannot send it its end-of-session command", null);
            return;
        }
        controls.sendOnNextPacket(c.topic(), 0, command);
        log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will send the device its end-of-session command on \""
                + c.topic() + "\" at QoS 0 with its next packet, to see it unsubscribe, disconnect and close the connection",
                null);
        waitFor(entries -> SessionEnd.over(entries, command), plan.sessionEndBound());
    }

    /**
     * The whole observation once every phase that follows the window has run: the malformed packets (in 5.0 from then
     * on the broker announces a Receive Maximum of {@link ObservationPlan#RECEIVE_MAXIMUM_AFTER_WINDOW}, so that two
     * messages may await acknowledgement at once), then, for a persistent session, the resend order and (5.0) the lost
     * session, the release resent and the reversed receipts at QoS 2, and last the end of the session when the profile
     * claims a command for it, since a device that ends its session stays off; taken once per run.
     */
    public synchronized List<Evidence> awaitEverything(MqttVersion version) {
        if (everything == null) {
            awaitMalformedProbes(version);
            if (plan.resumesSession()) {
                awaitSeveralResent();
                if (version == MqttVersion.V5_0) {
                    awaitSessionLost();
                }
            }
            if (plan.interruptRelease()) {
                awaitReleaseResent();
            }
            if (plan.qos2Readings()) {
                awaitReceiptsReversed();
            }
            plan.command().flatMap(ObservationPlan.Command::endSession).ifPresent(this::endSession);
            everything = log.snapshot();
        }
        return everything;
    }

    /**
     * The whole observation once the device has been told to end its session and the connection the command went out
     * on has ended (see {@link #awaitEverything}); INCONCLUSIVE when the profile claims no end-of-session command or
     * the device never got it.
     */
    public synchronized List<Evidence> awaitSessionEnd(MqttVersion version) {
        Optional<byte[]> command = plan.command().flatMap(ObservationPlan.Command::endSession);
        if (command.isEmpty()) {
            observed();
            throw new Inconclusive("the profile claims no end-of-session command, so the suite did not ask the device to "
                    + "end its session");
        }
        List<Evidence> evidence = awaitEverything(version);
        if (SessionEnd.command(evidence, command.get()).isEmpty()) {
            throw new Inconclusive("the suite's broker did not send the device its end-of-session command: the device "
                    + "held no subscription to its command topic once the other phases after the window were over, or "
                    + "sent no packet after");
        }
        return evidence;
    }

    /**
     * The observation, once the planned interruption has taken place; INCONCLUSIVE when it was not planned or the
     * device never sent the QoS 1 reading it was to happen on.
     */
    public synchronized List<Evidence> awaitInterruption() {
        List<Evidence> evidence = observed();
        if (!plan.interruptSession()) {
            throw new Inconclusive("the observation did not interrupt the session: the profile claims no readings at QoS "
                    + "1 or 2");
        }
        long qosPublishes = evidence.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Publish.class).map(p -> p.qos() > 0).orElse(false)).count();
        if (qosPublishes < ObservationPlan.INTERRUPTED_PUBLISH) {
            throw new Inconclusive("the device sent " + qosPublishes + " PUBLISH at " + readingQos() + " during the observation window, so "
                    + "the broker could not drop the connection on the " + readingQos() + " PUBLISH #" + ObservationPlan.INTERRUPTED_PUBLISH);
        }
        return evidence;
    }

    /**
     * The observation, once the broker has refused a CONNECT of the device; INCONCLUSIVE when the profile claims no
     * back-off (so no refusal was planned) or the device never sent a CONNECT the broker could refuse.
     */
    public synchronized List<Evidence> awaitRefusal() {
        List<Evidence> evidence = observed();
        if (plan.refusalBackoff().isEmpty()) {
            throw new Inconclusive("the profile claims no back-off after a refused CONNECT, so the suite refused none");
        }
        if (!RefusedConnectCheck.anyRefusal(evidence)) {
            throw new Inconclusive("the suite's broker refused no CONNECT of the device during the observation window");
        }
        return evidence;
    }

    /**
     * The observation, once the broker has sent the device its command; INCONCLUSIVE when the profile claims no
     * command topic or the device never subscribed to it.
     */
    public synchronized List<Evidence> awaitCommand() {
        List<Evidence> evidence = observed();
        if (plan.command().isEmpty()) {
            throw new Inconclusive("the profile claims no command topic, so the suite sent the device no command");
        }
        boolean sent = evidence.stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE && e.as(Publish.class).isPresent());
        if (!sent) {
            throw new Inconclusive("the device did not subscribe to its command topic \"" + plan.command().get().topic()
                    + "\" during the observation window, so the suite could not send it a command");
        }
        return evidence;
    }

    /**
     * The observation, once the tester broker has presented the given certificate on some connection; INCONCLUSIVE
     * when it never did (the device opened too few TLS connections, or the broker does not listen with TLS).
     */
    public synchronized List<Evidence> awaitTlsHandshake(TlsHandshake.Presented presented) {
        List<Evidence> evidence = observed();
        boolean met = evidence.stream().anyMatch(e -> e.as(TlsHandshake.class).map(h -> h.presented() == presented).orElse(false));
        if (!met) {
            throw new Inconclusive("the suite's broker never presented " + presented.description()
                    + " during the observation window: the device opened too few TLS connections");
        }
        return evidence;
    }

    /**
     * The observation once, after the window, the broker has sent the device each malformed packet the plan names for
     * its version on a connection of its own and that connection has ended (bounded by the plan); taken once per run,
     * so that the probes disturb nothing the window judges. When the probes include a PUBLISH by a Topic Alias of an
     * earlier connection, the broker first maps that alias by sending the device its command by Topic Alias.
     */
    public synchronized List<Evidence> awaitMalformedProbes(MqttVersion version) {
        observed();
        if (probed == null && !phasesCanRun()) {
            probed = log.snapshot();
        }
        if (probed == null) {
            List<MalformedProbe> sequence = plan.probes(version);
            requirePhasesStillOpen();
            plan.limits().ifPresent(l -> {
                controls.announceLimits(l.withReceiveMaximum(ObservationPlan.RECEIVE_MAXIMUM_AFTER_WINDOW), 1);
                log.append(Direction.TRANSPORT, "-", new byte[0], "from the next connection on the suite will announce a "
                        + "Receive Maximum of " + ObservationPlan.RECEIVE_MAXIMUM_AFTER_WINDOW + ", so that two messages of "
                        + "the device may await their acknowledgement at once", null);
            });
            if (sequence.contains(MalformedProbe.UNMAPPED_TOPIC_ALIAS)) {
                awaitAliasedCommands();
            }
            controls.sendMalformedProbes(sequence);
            log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will send the device, one per connection, "
                    + sequence.stream().map(MalformedProbe::description).toList() + ", and answer nothing more there, to "
                    + "see it close each such connection within " + MalformedProbe.CLOSE_BOUND.toMillis() + " ms", null);
            waitFor(entries -> controls.malformedProbesOver(), plan.probesBound(sequence.size()));
            controls.cancelMalformedProbes();
            probed = log.snapshot();
        }
        return probed;
    }

    /**
     * MQTT 5.0: after the window, has the broker send the device its command twice by the highest Topic Alias the
     * device announced, first with the topic name and then by the alias alone, and waits until the device has answered
     * both or their connection has ended (bounded by the plan); run by the malformed probes' phase, before them.
     * Nothing is sent when the profile claims no command topic or the device announces no Topic Alias Maximum.
     */
    private void awaitAliasedCommands() {
        Optional<ObservationPlan.Command> command = plan.command();
        if (command.isEmpty() || !controls.subscriptionGrantedFor(command.get().topic())) {
            return;
        }
        ObservationPlan.Command c = command.get();
        List<Evidence> before = log.snapshot();
        long armedAt = before.isEmpty() ? 0 : before.get(before.size() - 1).seq();
        controls.sendAliasedCommands(c.topic(), c.qos(), c.payload());
        log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will send the device its command on \"" + c.topic()
                + "\" at QoS " + c.qos() + " with its next packet, if it announced a Topic Alias Maximum: with that alias "
                + "and the topic name, then by the alias alone, to see it take both", null);
        waitFor(entries -> AliasedCommandCheck.over(entries, armedAt), plan.aliasedCommandsBound());
        controls.cancelAliasedCommands();
    }

    /**
     * The observation once, after the window, the broker has left {@link ObservationPlan#UNACKNOWLEDGED_BEFORE_DROP}
     * QoS 1 readings of the device unacknowledged, dropped the connection on the next, and the device has sent them
     * all again on the resumed session (bounded by the plan); taken once per run; INCONCLUSIVE when the profile claims
     * no persistent session at QoS 1.
     */
    public synchronized List<Evidence> awaitSeveralResent() {
        observed();
        afterProbesIn50();
        if (!plan.resumesSession()) {
            throw new Inconclusive("the profile claims no persistent session at QoS 1, so the suite left no readings "
                    + "unacknowledged across a lost connection");
        }
        if (resent == null && !phasesCanRun()) {
            resent = log.snapshot();
        }
        if (resent == null) {
            requirePhasesStillOpen();
            int unacknowledged = ObservationPlan.UNACKNOWLEDGED_BEFORE_DROP;
            long start = log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will leave the device's next "
                    + unacknowledged + " " + readingQos() + " PUBLISH unacknowledged and drop the connection on the one "
                    + "after, to see the order in which it resends them on the resumed session", null).seq();
            controls.countPublishesAfter(start).leaveUnacknowledged(unacknowledged).dropConnectionOnQosPublish(unacknowledged + 1);
            resendPhaseStart = start;
            waitFor(entries -> ResendOrderCheck.twoOrMoreResentAfter(entries, start), plan.resendOrderBound());
            controls.leaveUnacknowledged(0).cancelPlannedDrop();
            resent = log.snapshot();
        }
        return resent;
    }

    /**
     * The observation once, after the window, the broker has dropped the connection on the device's next QoS 1
     * reading, forgetting its session, and the device has published again on a connection answered with Session
     * Present 0 (bounded by the plan); taken once per run; INCONCLUSIVE when the profile claims no persistent session
     * at QoS 1.
     */
    public synchronized List<Evidence> awaitSessionLost() {
        observed();
        if (!plan.resumesSession()) {
            throw new Inconclusive("the profile claims no persistent session at QoS 1, so the suite left no reading "
                    + "unacknowledged when it forgot the device's session");
        }
        if (sessionLost == null && !phasesCanRun()) {
            sessionLost = log.snapshot();
        }
        if (sessionLost == null) {
            requirePhasesStillOpen();
            long start = log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will drop the connection on the "
                    + "device's next " + readingQos() + " PUBLISH without acknowledging it and forget its session, to see it "
                    + "discard its session state when the next CONNACK says Session Present 0", null).seq();
            controls.countPublishesAfter(start).forgetSessionOnDrop().dropConnectionOnQosPublish(1);
            waitFor(DiscardedSessionCheck::continuedAfterLostSession, plan.sessionLossBound());
            controls.cancelPlannedDrop();
            sessionLost = log.snapshot();
        }
        return sessionLost;
    }

    /**
     * The observation once, after the window, the broker has dropped the connection on the device's next PUBREL
     * without completing it, and the device has sent that PUBREL again on the resumed session (bounded by the plan);
     * taken once per run; INCONCLUSIVE when the profile claims no persistent session at QoS 2.
     */
    public synchronized List<Evidence> awaitReleaseResent() {
        observed();
        if (!plan.interruptRelease()) {
            throw new Inconclusive("the profile claims no persistent session at QoS 2, so the suite left no PUBREL "
                    + "uncompleted across a lost connection");
        }
        if (releaseResent == null && !phasesCanRun()) {
            releaseResent = log.snapshot();
        }
        if (releaseResent == null) {
            requirePhasesStillOpen();
            int armedAt = log.snapshot().size();
            controls.dropConnectionOnNextRelease(true);
            log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will drop the connection on the device's next "
                    + "PUBREL without completing it, to see it release that message again, and not publish it again, on "
                    + "the resumed session", null);
            waitFor(entries -> Qos2ResumptionCheck.releaseResentAfterLoss(entries.subList(armedAt, entries.size())),
                    plan.releaseResentBound());
            controls.dropConnectionOnNextRelease(false);
            releaseResent = log.snapshot();
        }
        return releaseResent;
    }

    /**
     * The observation once, after the window, the broker has held the PUBREC of the device's next QoS 2 reading until
     * the one after came, answered that one first, and the device has sent its PUBRELs to both (bounded by the plan);
     * taken once per run; INCONCLUSIVE when the profile claims no QoS 2 readings.
     */
    public synchronized List<Evidence> awaitReceiptsReversed() {
        afterProbesIn50();
        observed();
        if (!plan.qos2Readings()) {
            throw new Inconclusive("the profile claims no QoS 2 readings, so the suite sent the device no two PUBRECs to "
                    + "answer");
        }
        if (receiptsReversed == null && !phasesCanRun()) {
            receiptsReversed = log.snapshot();
        }
        if (receiptsReversed == null) {
            requirePhasesStillOpen();
            int armedAt = log.snapshot().size();
            controls.reverseNextTwoReceipts(true);
            log.append(Direction.TRANSPORT, "-", new byte[0], "the suite will hold the PUBREC of the device's next QoS 2 "
                    + "PUBLISH until the one after comes, and send that one's PUBREC first, to see the device send its "
                    + "PUBRELs in the order of the PUBRECs", null);
            waitFor(entries -> ReleaseOrderCheck.twoReceiptsReleased(entries.subList(armedAt, entries.size())),
                    plan.reversedReceiptsBound());
            controls.reverseNextTwoReceipts(false);
            receiptsReversed = log.snapshot();
        }
        return receiptsReversed;
    }

    /** The QoS of the device's readings that the phases act on, as the evidence log names it. */
    private String readingQos() {
        return plan.qos2Readings() ? "QoS 2" : "QoS 1";
    }

    /**
     * The number of the last entry before the resend-order phase began (see {@link #awaitSeveralResent}): the
     * resumptions after it are the ones the phase set up; 0 before the phase.
     */
    public synchronized long resendPhaseStart() {
        return resendPhaseStart;
    }

    /**
     * In MQTT 5.0 the connections after the probes are the first whose CONNACK announces the larger Receive Maximum of
     * the phases after the window: a phase that needs two messages awaiting acknowledgement at once comes after them.
     */
    private void afterProbesIn50() {
        if (plan.limits().isPresent()) {
            awaitMalformedProbes(MqttVersion.V5_0);
        }
    }

    /**
     * Whether the phases after the window can act at all: each needs a connection the broker accepts, and a device
     * whose every CONNECT the broker refused or closed during the window (a malformed CONNECT, a wrong password) gets
     * none after it either. Then they do not run, rather than each wait out its bound for nothing; said once in the
     * evidence.
     */
    private boolean phasesCanRun() {
        boolean accepted = frozen.stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(Connack.class).map(c -> c.reasonCode() == 0).orElse(false));
        if (!accepted && !phasesSkipped) {
            phasesSkipped = true;
            log.append(Direction.TRANSPORT, "-", new byte[0], "the suite's broker accepted no connection of the device "
                    + "during the observation window, so the phases after it (the malformed packets, the lost "
                    + "connections, the end of the session) do not run", null);
        }
        return accepted;
    }

    private void requirePhasesStillOpen() {
        if (everything != null) {
            throw new IllegalStateException("a phase after the window was asked for once every phase had run");
        }
    }

    public Outcome judge(Check check) {
        return check.judge(observed());
    }

    private Optional<List<Evidence>> waitFor(java.util.function.Predicate<List<Evidence>> condition, Duration bound) {
        try {
            return log.awaitUntil(condition, bound) ? Optional.of(log.snapshot()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Inconclusive("the run was interrupted while waiting for the device");
        }
    }

    /** The device's first packet, counting one it sent in a WebSocket frame MQTT never travels in. */
    private static Optional<Evidence> firstPacketIn(List<Evidence> entries) {
        return entries.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE || e.as(NonBinaryFrame.class).isPresent())
                .findFirst();
    }

    /**
     * Whether the planned interruption is behind the device: it has not happened (the device has not sent that many
     * QoS 1 PUBLISH packets), or a reading arrived on a connection other than the interrupted one, after it.
     */
    private static boolean interruptionOver(List<Evidence> entries) {
        List<Evidence> qosPublishes = entries.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Publish.class).map(p -> p.qos() > 0).orElse(false)).toList();
        if (qosPublishes.size() < ObservationPlan.INTERRUPTED_PUBLISH) {
            return true; // judged on a snapshot that holds every PUBLISH so far: the drop cannot be under way unseen
        }
        Evidence interrupted = qosPublishes.get(ObservationPlan.INTERRUPTED_PUBLISH - 1);
        return MqttEvidence.readings(entries).stream()
                .anyMatch(r -> r.seq() > interrupted.seq() && !r.connection().equals(interrupted.connection()));
    }

    private static int readingCount(List<Evidence> entries) {
        return MqttEvidence.readings(entries).size();
    }
}
