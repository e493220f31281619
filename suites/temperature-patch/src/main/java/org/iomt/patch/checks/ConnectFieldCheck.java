package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A rule every CONNECT the device sends must keep: each CONNECT is judged on its own, and each one that breaks
 * the rule is a finding. Without any CONNECT the check is inconclusive. A rule for some CONNECTs only (those with an
 * empty client identifier, those without a will) judges those; when the device sent none, the rule's condition never
 * arose and the outcome is not applicable, saying why (the profile's claims rule such a CONNECT out, or the device
 * simply made the other lawful choice), citing the CONNECTs it sent instead. Inconclusive would block the
 * certification of a device for something the standard lets it do.
 */
public final class ConnectFieldCheck implements Check {

    private final String requirement;
    private final Condition condition;
    private final Function<Connect, Optional<String>> rule;

    /**
     * Which CONNECTs a rule speaks of, and how to say that the device sent none of them.
     *
     * @param holds      whether a CONNECT is one the rule speaks of
     * @param noneMet    what the device sent instead
     * @param ruledOutBy why the profile's claims mean no such CONNECT can come, or empty when one could have
     */
    private record Condition(Predicate<Connect> holds, String noneMet, Optional<String> ruledOutBy) {

        static final Condition EVERY_CONNECT = new Condition(c -> true, "", Optional.empty());
    }

    private ConnectFieldCheck(String requirement, Function<Connect, Optional<String>> rule) {
        this(requirement, Condition.EVERY_CONNECT, rule);
    }

    private ConnectFieldCheck(String requirement, Condition condition, Function<Connect, Optional<String>> rule) {
        this.requirement = requirement;
        this.condition = condition;
        this.rule = rule;
    }

    /** The protocol name is the string "MQTT". */
    public static ConnectFieldCheck protocolName(String requirement) {
        return new ConnectFieldCheck(requirement, c -> "MQTT".equals(c.protocolName()) ? Optional.empty()
                : Optional.of("protocol name is \"" + c.protocolName() + "\", expected \"MQTT\""));
    }

    /** The protocol level is the claimed version's (4 for 3.1.1, 5 for 5.0). */
    public static ConnectFieldCheck protocolLevel(String requirement, MqttVersion claimed) {
        return new ConnectFieldCheck(requirement, c -> c.protocolLevel() == claimed.level() ? Optional.empty()
                : Optional.of("protocol level is " + c.protocolLevel() + ", expected " + claimed.level()
                + " for the claimed MQTT " + claimed.label()));
    }

    /** The reserved bit of the connect flags is zero. */
    public static ConnectFieldCheck reservedFlag(String requirement) {
        return new ConnectFieldCheck(requirement, c -> c.reservedFlag()
                ? Optional.of("reserved flag (bit 0 of the connect flags) is 1, expected 0") : Optional.empty());
    }

    /**
     * A zero-length client identifier comes with a clean session (MQTT 3.1.1). A device claiming a persistent session
     * cannot go without an identifier, under which its session is kept; one claiming a clean session may.
     */
    public static ConnectFieldCheck emptyClientIdNeedsCleanSession(String requirement, boolean persistentClaimed) {
        return new ConnectFieldCheck(requirement, new Condition(c -> c.clientId().isEmpty(),
                "every CONNECT named a client identifier; the rule is for a zero-length one", persistentClaimed
                ? Optional.of("the profile claims a persistent session, which is kept under the client identifier")
                : Optional.empty()), c -> !c.cleanStart()
                ? Optional.of("client identifier is empty and clean session is 0, expected clean session 1")
                : Optional.empty());
    }

    /**
     * Every CONNECT asks for the claimed session: persistent is CleanSession 0 in 3.1.1, and Clean Start 0 with a
     * Session Expiry Interval above 0 in 5.0; clean is CleanSession (Clean Start) 1.
     */
    public static ConnectFieldCheck claimedSession(String requirement, boolean persistent) {
        return new ConnectFieldCheck(requirement, c -> {
            long expiry = c.properties().first(org.iomt.standards.mqtt.MqttPropertyId.SESSION_EXPIRY_INTERVAL)
                    .map(p -> Integer.toUnsignedLong((Integer) p.value())).orElse(0L);
            boolean v5 = c.protocolLevel() == MqttVersion.V5_0.level();
            if (persistent && c.cleanStart()) {
                return Optional.of((v5 ? "Clean Start" : "clean session") + " is 1, the profile claims a persistent session");
            }
            if (persistent && v5 && expiry == 0) {
                return Optional.of("Session Expiry Interval is 0, so the session ends with the connection; "
                        + "the profile claims a persistent session");
            }
            if (!persistent && !c.cleanStart()) {
                return Optional.of((v5 ? "Clean Start" : "clean session") + " is 0, the profile claims a clean session");
            }
            return Optional.empty();
        });
    }

    /** The CONNECTs without a will; a device claiming a will in every CONNECT sends none of them. */
    private static Condition withoutWill(boolean willClaimed) {
        return new Condition(c -> !c.willFlag(), "every CONNECT carried a will (Will flag 1); the rule is for CONNECTs "
                + "without one", willClaimed ? Optional.of("the profile claims a will in every CONNECT") : Optional.empty());
    }

    /** Without the Will flag, Will QoS is 0; {@code willClaimed} says whether the profile claims a will in every CONNECT. */
    public static ConnectFieldCheck willQosNeedsWillFlag(String requirement, boolean willClaimed) {
        return new ConnectFieldCheck(requirement, withoutWill(willClaimed), c -> c.willQos() != 0
                ? Optional.of("Will flag is 0 and Will QoS is " + c.willQos() + ", expected Will QoS 0") : Optional.empty());
    }

    /** Without the Will flag, Will Retain is 0; {@code willClaimed} as for {@link #willQosNeedsWillFlag}. */
    public static ConnectFieldCheck willRetainNeedsWillFlag(String requirement, boolean willClaimed) {
        return new ConnectFieldCheck(requirement, withoutWill(willClaimed), c -> c.willRetain()
                ? Optional.of("Will flag is 0 and Will Retain is 1, expected Will Retain 0") : Optional.empty());
    }

    /** The CONNECTs with a will; a device claiming no will sends none of them. */
    private static Condition withWill(boolean willClaimed) {
        return new Condition(Connect::willFlag, "no CONNECT carried a will (Will flag 0); the rule is for "
                + "CONNECTs with one", willClaimed ? Optional.empty() : Optional.of("the profile claims no will"));
    }

    /** With the Will flag, Will QoS is 0, 1 or 2, never 3; {@code willClaimed} says whether the profile claims a will. */
    public static ConnectFieldCheck willQosBelowThree(String requirement, boolean willClaimed) {
        return new ConnectFieldCheck(requirement, withWill(willClaimed), c -> c.willQos() == 3
                ? Optional.of("Will flag is 1 and Will QoS is 3, expected 0, 1 or 2") : Optional.empty());
    }

    /** Every CONNECT leaves exactly the claimed will: topic, QoS and retain. */
    public static ConnectFieldCheck claimedWill(String requirement, String topic, int qos, boolean retain) {
        String claimed = "the profile claims a will on \"" + topic + "\" at QoS " + qos + (retain ? ", retained" : ", not retained");
        return new ConnectFieldCheck(requirement, c -> {
            if (!c.willFlag()) {
                return Optional.of("no will (Will flag 0); " + claimed);
            }
            if (!topic.equals(c.willTopic()) || c.willQos() != qos || c.willRetain() != retain) {
                return Optional.of("will on \"" + c.willTopic() + "\" at QoS " + c.willQos()
                        + (c.willRetain() ? ", retained" : ", not retained") + "; " + claimed);
            }
            return Optional.empty();
        });
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> connects = MqttEvidence.connects(evidence);
        if (connects.isEmpty()) {
            return Outcome.inconclusive("no CONNECT was observed", List.of());
        }
        List<Evidence> meeting = connects.stream().filter(e -> condition.holds().test(MqttEvidence.connect(e))).toList();
        if (meeting.isEmpty()) {
            String observed = " (" + connects.size() + " CONNECT" + (connects.size() == 1 ? "" : "s") + " observed)";
            return condition.ruledOutBy()
                    .map(claim -> Outcome.notApplicable(condition.noneMet() + ", and " + claim + observed, connects))
                    .orElseGet(() -> Outcome.notApplicable(condition.noneMet() + "; the rule speaks only of such a CONNECT, "
                            + "and sending none is the device's lawful choice" + observed, connects));
        }
        List<Finding> findings = new ArrayList<>();
        for (Evidence e : meeting) {
            rule.apply(MqttEvidence.connect(e)).ifPresent(problem ->
                    findings.add(Finding.of(requirement, "CONNECT on connection " + e.connection() + ": " + problem, e)));
        }
        return Outcome.judged(findings, meeting);
    }
}
