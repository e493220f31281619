package org.iomt.patch.actors;

import org.iomt.mqtt.drivers.ConnackLimits;
import org.iomt.mqtt.model.MalformedProbe;

import java.time.Duration;

/**
 * How long the suite watches a reporting device before judging, all from the profile.
 *
 * @param connectTimeout    how long to wait for the device's first packet
 * @param readings          readings to observe
 * @param interval          claimed reporting interval
 * @param intervalTolerance accepted relative deviation of the interval
 * @param keepAlive         claimed Keep Alive; the window lasts at least twice as long, so silence shows
 * @param interruptSession  whether the suite drops the connection on the device's {@link #INTERRUPTED_PUBLISH}-th
 *                          QoS 1 PUBLISH without acknowledging it, and watches the device connect again (when the
 *                          device publishes at QoS 1 or 2; ADR 0005): it resumes a persistent session, and starts a
 *                          clean one afresh
 * @param command           the command the broker sends the device, {@link #COMMANDS_BACK_TO_BACK} times back to back,
 *                          once it has subscribed to its claimed command topic, when it claims one; the window then
 *                          lasts until the device has answered them
 * @param refusalBackoff    the least back-off the device claims after a refused CONNECT, when it claims one: the
 *                          broker then refuses the device's first CONNECT (server unavailable), and the window lasts
 *                          until the device has connected again
 * @param limits            MQTT 5.0: the limits the broker announces in its CONNACK from the device's second accepted
 *                          connection on (the first shows the device without them), when it speaks 5.0; under the
 *                          Receive Maximum the broker holds the acknowledgement of the device's first QoS 1 PUBLISH there
 *                          for {@link #acknowledgementHold()}, and the window lasts until it has sent it
 * @param qos2Readings      whether the device claims QoS 2 for its readings: after the window the suite may then
 *                          answer two of them with PUBRECs in reverse order, and, with a persistent session,
 *                          {@link #interruptRelease()}
 * @param persistentSession whether the device claims a persistent session: the phases after the window that need a
 *                          session resumed run only then, and a clean one gets the Session Present probe instead
 * @param webSocket         whether the device reaches the broker over WebSocket: the broker then sends the CONNACK of
 *                          the first connection it accepts in two frames, and a SUBACK and the commands after it in
 *                          one, and probes the device with a text frame after the window
 * @param authenticates     MQTT 5.0: whether the device authenticates by SCRAM-SHA-256 in its CONNECT: after the window
 *                          the broker answers one such CONNECT with an AUTH whose flags are not 0000
 * @param reauthenticateAfter MQTT 5.0: how long after each authentication the device claims to re-authenticate, when
 *                          it does: after the window the broker ends one re-authentication with a signature that
 *                          proves nothing
 */
public record ObservationPlan(Duration connectTimeout, int readings, Duration interval, double intervalTolerance,
                              Duration keepAlive, boolean interruptSession, java.util.Optional<Command> command,
                              java.util.Optional<Duration> refusalBackoff, java.util.Optional<ConnackLimits> limits,
                              boolean qos2Readings, boolean persistentSession, boolean webSocket, boolean authenticates,
                              java.util.Optional<Duration> reauthenticateAfter) {

    /**
     * Whether the suite, after the window, drops the connection on the device's next PUBREL without completing it, and
     * watches the device complete the release on the resumed session (a persistent session at QoS 2).
     */
    public boolean interruptRelease() {
        return resumesSession() && qos2Readings;
    }

    /**
     * Whether the suite, after the window, drops connections to see a persistent session resumed or lost: the device
     * publishes at QoS 1 or 2 and claims a persistent session.
     */
    public boolean resumesSession() {
        return interruptSession && persistentSession;
    }

    /**
     * Whether the broker answers the device's first QoS 1 reading with a PUBACK carrying a failure reason code, and
     * watches that reading not sent again when the interrupted session resumes: MQTT 5.0 (whose PUBACK states a
     * reason, and where the broker announces {@link #limits()}), a persistent session at QoS 1.
     */
    public boolean refuseFirstReading() {
        return resumesSession() && !qos2Readings && limits.isPresent();
    }

    /**
     * The longest the suite waits, after the window, for two QoS 2 readings, whose PUBRECs it sends in reverse order,
     * and for the device's PUBRELs to them.
     */
    public Duration reversedReceiptsBound() {
        return interval.multipliedBy(3).plus(connectTimeout);
    }

    /**
     * MQTT 5.0: the Receive Maximum the broker announces on the connections after the window (inside it, 1 from the
     * second accepted connection on): two, so that two messages may await their acknowledgement at once, which the
     * order of resends and of releases needs.
     */
    public static final int RECEIVE_MAXIMUM_AFTER_WINDOW = 2;

    /** How many times the broker sends the command, back to back, so that the order of the device's answers shows. */
    public static final int COMMANDS_BACK_TO_BACK = 2;

    /** The accepted connection (counted from 1) from which the broker announces its limits. */
    public static final int LIMITS_FROM_ACCEPTED = 2;

    /**
     * How long the broker holds an acknowledgement under its Receive Maximum: one and a half reporting intervals, so
     * that a reading falls due while the device may not send it.
     */
    public Duration acknowledgementHold() {
        return interval.multipliedBy(3).dividedBy(2);
    }

    /**
     * A command for the device.
     *
     * @param topic   the device's claimed command topic
     * @param qos     the claimed QoS of its subscription, at which the command is sent
     * @param payload    what the command says
     * @param endSession the command that has the device end its session (unsubscribe from its command topic, then
     *                   DISCONNECT), when it claims one: the suite sends it once the observation window has closed
     */
    public record Command(String topic, int qos, byte[] payload, java.util.Optional<byte[]> endSession) {
    }

    /**
     * How long the suite waits, after sending the command that ends the device's session, for the device's connection
     * to end: a Keep Alive and a reporting interval for the device's next packet, on which the command goes out, and
     * time for the UNSUBSCRIBE, the DISCONNECT and the broker's patience after it.
     */
    public Duration sessionEndBound() {
        return keepAlive.plus(interval).plusSeconds(4);
    }

    /** The QoS 1 PUBLISH the suite drops the connection on: the second, so that the first shows the normal flow. */
    public static final int INTERRUPTED_PUBLISH = 2;

    /**
     * Readings the window waits for: the claimed number, and with an interruption at least one more after the
     * interrupted one, which must arrive on the resumed connection.
     */
    public int readingsToWaitFor() {
        return interruptSession ? Math.max(readings, INTERRUPTED_PUBLISH + 1) : readings;
    }

    /** The longest the window may stay open after the device's first packet; a held acknowledgement lengthens it. */
    public Duration windowBound() {
        Duration forReadings = Duration.ofMillis((long) (interval.toMillis() * readingsToWaitFor() * (1 + intervalTolerance)));
        Duration forKeepAlive = keepAlive.multipliedBy(2);
        Duration longer = forReadings.compareTo(forKeepAlive) > 0 ? forReadings : forKeepAlive;
        return longer.plus(limits.isPresent() ? acknowledgementHold() : Duration.ZERO).plusSeconds(1);
    }

    /**
     * The malformed packets the suite sends the device after the window, in turn: over WebSocket also a packet in a text
     * frame, to a device that authenticates an AUTH with flags set and, if it re-authenticates, a last AUTH that proves
     * nothing, and to a device that asks for a clean start, last, a CONNACK that says Session Present 1.
     */
    public java.util.List<MalformedProbe> probes(org.iomt.standards.mqtt.MqttVersion version) {
        return MalformedProbe.forDevice(version, webSocket, !persistentSession, authenticates, reauthenticateAfter.isPresent());
    }

    /**
     * The longest the suite waits for its malformed probes to run, after the window: the device's next packet on the
     * connection open then (a reading or a PINGREQ), and for each probe the device's closing the connection and
     * connecting again.
     */
    public Duration probesBound(int probes) {
        Duration nextPacket = interval.compareTo(keepAlive) > 0 ? interval : keepAlive;
        // the probe that ends a re-authentication waits for the device to start one
        return nextPacket.plus(MalformedProbe.CLOSE_BOUND.plus(connectTimeout).multipliedBy(probes))
                .plus(reauthenticateAfter.orElse(Duration.ZERO));
    }

    /**
     * The longest the suite waits, after the window, for the device's next packet (a reading or a PINGREQ), on which its
     * broker sends it the command twice by Topic Alias, and for the device's answers: a Keep Alive and a second more.
     */
    public Duration aliasedCommandsBound() {
        Duration nextPacket = interval.compareTo(keepAlive) > 0 ? interval : keepAlive;
        return nextPacket.plus(keepAlive).plusSeconds(1);
    }

    /**
     * The longest the suite waits, after the window, for the device to leave {@link #UNACKNOWLEDGED_BEFORE_DROP} QoS 1
     * readings unacknowledged, have its connection dropped on the next, and send them all again on the resumed session.
     */
    public Duration resendOrderBound() {
        return interval.multipliedBy(UNACKNOWLEDGED_BEFORE_DROP + 2).plus(connectTimeout);
    }

    /**
     * The longest the suite waits, after the window, for the device's next QoS 1 reading, on which it drops the
     * connection and forgets the session, and for a reading on the connection after.
     */
    public Duration sessionLossBound() {
        return interval.multipliedBy(3).plus(connectTimeout);
    }

    /**
     * The longest the suite waits, after the window, for the device's next QoS 2 reading and its PUBREL, on which it
     * drops the connection, and for the PUBREL again on the connection after.
     */
    public Duration releaseResentBound() {
        return interval.multipliedBy(2).plus(connectTimeout);
    }

    /** The QoS 1 readings the broker leaves unacknowledged before it drops the connection on the next, after the window. */
    public static final int UNACKNOWLEDGED_BEFORE_DROP = 1;
}
