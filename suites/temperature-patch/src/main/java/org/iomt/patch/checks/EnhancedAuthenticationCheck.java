package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MQTT 5.0 enhanced authentication as the client's obligations (§3.1.2.11.9, §3.15, §4.12): judged on the AUTH packets
 * the device sent, each on the connection whose CONNECT did or did not name an Authentication Method.
 */
public final class EnhancedAuthenticationCheck implements Check {

    private static final int AUTH_TYPE = 15;
    private static final int DISCONNECT_TYPE = 14;
    private static final int CONTINUE_AUTHENTICATION = 0x18;
    private static final int REAUTHENTICATE = 0x19;
    /** The Authenticate Reason Codes MQTT 5.0 defines (§3.15.2.1). */
    private static final Set<Integer> DEFINED_REASON_CODES = Set.of(0x00, CONTINUE_AUTHENTICATION, REAUTHENTICATE);

    private enum Rule {
        ONLY_AUTH_BEFORE_CONNACK, FLAGS_ZERO, DEFINED_REASON_CODES, CONTINUE_IN_REPLY, SAME_METHOD, NONE_WITHOUT_METHOD,
        REAUTHENTICATION_SAME_METHOD
    }

    private final String requirement;
    private final Rule rule;

    private EnhancedAuthenticationCheck(String requirement, Rule rule) {
        this.requirement = requirement;
        this.rule = rule;
    }

    /** Between a CONNECT naming an Authentication Method and its CONNACK the device sends only AUTH or DISCONNECT. */
    public static EnhancedAuthenticationCheck onlyAuthBeforeConnack(String requirement) {
        return new EnhancedAuthenticationCheck(requirement, Rule.ONLY_AUTH_BEFORE_CONNACK);
    }

    /** Every AUTH the device sent has fixed-header flags 0000 (read from the bytes, whatever else they hold). */
    public static EnhancedAuthenticationCheck flagsZero(String requirement) {
        return new EnhancedAuthenticationCheck(requirement, Rule.FLAGS_ZERO);
    }

    /** Every AUTH the device sent carries an Authenticate Reason Code MQTT 5.0 defines: 0x00, 0x18 or 0x19. */
    public static EnhancedAuthenticationCheck definedReasonCodes(String requirement) {
        return new EnhancedAuthenticationCheck(requirement, Rule.DEFINED_REASON_CODES);
    }

    /** The device's AUTH answering an AUTH 0x18 of the broker carries 0x18 (Continue authentication). */
    public static EnhancedAuthenticationCheck continueInReply(String requirement) {
        return new EnhancedAuthenticationCheck(requirement, Rule.CONTINUE_IN_REPLY);
    }

    /** Every AUTH on a connection whose CONNECT named an Authentication Method names the same one. */
    public static EnhancedAuthenticationCheck sameMethod(String requirement) {
        return new EnhancedAuthenticationCheck(requirement, Rule.SAME_METHOD);
    }

    /** On a connection whose CONNECT named no Authentication Method the device sends no AUTH. */
    public static EnhancedAuthenticationCheck noneWithoutMethod(String requirement) {
        return new EnhancedAuthenticationCheck(requirement, Rule.NONE_WITHOUT_METHOD);
    }

    /** A re-authentication (AUTH 0x19) names the Authentication Method of the connection's CONNECT. */
    public static EnhancedAuthenticationCheck reauthenticationSameMethod(String requirement) {
        return new EnhancedAuthenticationCheck(requirement, Rule.REAUTHENTICATION_SAME_METHOD);
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Map<String, Evidence> connects = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e.direction() == Direction.DEVICE_TO_SUITE && e.as(Connect.class).isPresent()) {
                connects.putIfAbsent(e.connection(), e);
            }
        }
        return switch (rule) {
            case ONLY_AUTH_BEFORE_CONNACK -> onlyAuthBeforeConnack(evidence, connects);
            case FLAGS_ZERO -> eachAuth(evidence, connects, false, (auth, connect) ->
                    (auth.bytes()[0] & 0x0F) == 0 ? Optional.empty()
                            : Optional.of("flags " + bits(auth.bytes()[0] & 0x0F) + ", where an AUTH has 0000"));
            case DEFINED_REASON_CODES -> eachAuth(evidence, connects, false, (auth, connect) ->
                    auth.as(Auth.class).map(Auth::reasonCode).filter(c -> !DEFINED_REASON_CODES.contains(c))
                            .map(c -> String.format("reason code 0x%02X, which MQTT 5.0 does not define for AUTH (0x00, 0x18 "
                                    + "or 0x19)", c)));
            case SAME_METHOD -> eachAuth(evidence, connects, true, (auth, connect) -> {
                Optional<String> wanted = connect.flatMap(EnhancedAuthenticationCheck::connectMethod);
                Optional<String> named = auth.as(Auth.class).flatMap(a -> method(a));
                return wanted.isEmpty() || named.equals(wanted) ? Optional.empty()
                        : Optional.of("Authentication Method " + named.map(m -> "\"" + m + "\"").orElse("none") + ", where the "
                        + "connection's CONNECT (#" + connect.get().seq() + ") named \"" + wanted.get() + "\"");
            });
            case CONTINUE_IN_REPLY -> continueInReply(evidence);
            case NONE_WITHOUT_METHOD -> noneWithoutMethod(evidence, connects);
            case REAUTHENTICATION_SAME_METHOD -> reauthenticationSameMethod(evidence, connects);
        };
    }

    /**
     * A finding for each AUTH of the device that {@code problem} finds fault with: every AUTH, or with
     * {@code underMethodOnly} those on a connection whose CONNECT named a method (an AUTH elsewhere is another rule's).
     */
    private Outcome eachAuth(List<Evidence> evidence, Map<String, Evidence> connects, boolean underMethodOnly,
                             java.util.function.BiFunction<Evidence, Optional<Evidence>, Optional<String>> problem) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            if (!isDeviceAuth(e)) {
                continue;
            }
            Optional<Evidence> connect = Optional.ofNullable(connects.get(e.connection()));
            if (underMethodOnly && connect.flatMap(EnhancedAuthenticationCheck::connectMethod).isEmpty()) {
                continue;
            }
            judged.add(e);
            problem.apply(e, connect).ifPresent(p -> findings.add(Finding.of(requirement, "the device's AUTH #" + e.seq()
                    + " on connection " + e.connection() + " has " + p, e)));
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive(noAuth(connects), List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome onlyAuthBeforeConnack(List<Evidence> evidence, Map<String, Evidence> connects) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence connect : connects.values()) {
            if (connectMethod(connect).isEmpty()) {
                continue;
            }
            Optional<Evidence> connack = evidence.stream().filter(e -> e.seq() > connect.seq()
                    && e.connection().equals(connect.connection()) && e.direction() == Direction.SUITE_TO_DEVICE
                    && e.as(Connack.class).isPresent()).findFirst();
            if (connack.isEmpty()) {
                continue; // the exchange did not end in a CONNACK here: nothing to judge up to it
            }
            List<Evidence> between = evidence.stream().filter(e -> e.seq() > connect.seq() && e.seq() < connack.get().seq()
                    && e.connection().equals(connect.connection()) && e.direction() == Direction.DEVICE_TO_SUITE
                    && e.bytes().length > 0).toList();
            if (between.stream().noneMatch(EnhancedAuthenticationCheck::isDeviceAuth)) {
                continue; // the device's part of the exchange is not seen here
            }
            judged.add(connect);
            judged.addAll(between);
            judged.add(connack.get());
            for (Evidence e : between) {
                int type = (e.bytes()[0] & 0xFF) >> 4;
                if (type != AUTH_TYPE && type != DISCONNECT_TYPE) {
                    findings.add(Finding.of(requirement, "on connection " + e.connection() + " the device sent #" + e.seq()
                            + " (" + e.decoded() + ") after its CONNECT named the Authentication Method \""
                            + connectMethod(connect).orElseThrow() + "\" (#" + connect.seq() + ") and before the CONNACK (#"
                            + connack.get().seq() + "); until then a client sends only AUTH or DISCONNECT", connect, e,
                            connack.get()));
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no CONNECT of the device naming an Authentication Method was answered with a "
                    + "CONNACK after an AUTH of the device: " + noAuth(connects), List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome continueInReply(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence asked : evidence) {
            if (asked.direction() != Direction.SUITE_TO_DEVICE
                    || asked.as(Auth.class).filter(a -> a.reasonCode() == CONTINUE_AUTHENTICATION).isEmpty()) {
                continue;
            }
            Optional<Evidence> reply = evidence.stream().filter(e -> e.seq() > asked.seq()
                    && e.connection().equals(asked.connection()) && isDeviceAuth(e)).findFirst();
            if (reply.isEmpty() || reply.get().as(Auth.class).isEmpty()) {
                continue;
            }
            judged.add(asked);
            judged.add(reply.get());
            int code = reply.get().as(Auth.class).orElseThrow().reasonCode();
            if (code != CONTINUE_AUTHENTICATION) {
                findings.add(Finding.of(requirement, String.format("the device answered the broker's AUTH 0x18 (#%d) with an "
                        + "AUTH of reason code 0x%02X (#%d), not 0x18 (Continue authentication)", asked.seq(), code,
                        reply.get().seq()), asked, reply.get()));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device answered no AUTH 0x18 of the broker with an AUTH", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome noneWithoutMethod(List<Evidence> evidence, Map<String, Evidence> connects) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence connect : connects.values()) {
            if (connectMethod(connect).isPresent()) {
                continue;
            }
            Optional<Evidence> accepted = evidence.stream().filter(e -> e.seq() > connect.seq()
                    && e.connection().equals(connect.connection()) && e.direction() == Direction.SUITE_TO_DEVICE
                    && e.as(Connack.class).filter(c -> c.reasonCode() == 0).isPresent()).findFirst();
            List<Evidence> after = accepted.map(c -> evidence.stream().filter(e -> e.seq() > c.seq()
                    && e.connection().equals(connect.connection()) && e.direction() == Direction.DEVICE_TO_SUITE
                    && e.bytes().length > 0).toList()).orElse(List.of());
            if (after.isEmpty()) {
                continue; // nothing the device sent on an accepted connection: no AUTH could have been among it
            }
            judged.add(connect);
            judged.add(accepted.get());
            for (Evidence e : after) {
                if (isDeviceAuth(e)) {
                    judged.add(e);
                    findings.add(Finding.of(requirement, "the device sent AUTH #" + e.seq() + " (" + e.decoded()
                            + ") on connection " + e.connection() + ", whose CONNECT (#" + connect.seq() + ") named no "
                            + "Authentication Method", connect, e));
                }
            }
        }
        if (judged.isEmpty()) {
            return connects.isEmpty() || connects.values().stream().allMatch(c -> connectMethod(c).isPresent())
                    ? Outcome.notApplicable("every CONNECT of the device named an Authentication Method", List.of())
                    : Outcome.inconclusive("the device sent nothing after the CONNACK on any connection whose CONNECT named "
                    + "no Authentication Method", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome reauthenticationSameMethod(List<Evidence> evidence, Map<String, Evidence> connects) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            Optional<Auth> auth = isDeviceAuth(e) ? e.as(Auth.class) : Optional.empty();
            Evidence connect = connects.get(e.connection());
            Optional<String> wanted = Optional.ofNullable(connect).flatMap(EnhancedAuthenticationCheck::connectMethod);
            if (auth.filter(a -> a.reasonCode() == REAUTHENTICATE).isEmpty() || wanted.isEmpty()) {
                continue;
            }
            judged.add(e);
            Optional<String> named = method(auth.get());
            if (!named.equals(wanted)) {
                findings.add(Finding.of(requirement, "the device started a re-authentication with AUTH 0x19 #" + e.seq()
                        + " naming the Authentication Method " + named.map(m -> "\"" + m + "\"").orElse("none")
                        + ", not the one its connection was authenticated with (\"" + wanted.get() + "\", CONNECT #"
                        + connect.seq() + ")", connect, e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device started no re-authentication (AUTH 0x19) on a connection it had "
                    + "authenticated (" + connects.size() + " connections observed)", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private static String noAuth(Map<String, Evidence> connects) {
        long named = connects.values().stream().filter(c -> connectMethod(c).isPresent()).count();
        return named == 0 ? "no CONNECT of the device named an Authentication Method (" + connects.size() + " connections)"
                : "the device sent no AUTH on the " + named + " connections whose CONNECT named an Authentication Method";
    }

    private static boolean isDeviceAuth(Evidence e) {
        return e.direction() == Direction.DEVICE_TO_SUITE && e.bytes().length > 0 && ((e.bytes()[0] & 0xFF) >> 4) == AUTH_TYPE;
    }

    private static Optional<String> connectMethod(Evidence connect) {
        return connect.as(Connect.class).flatMap(c -> c.properties().first(MqttPropertyId.AUTHENTICATION_METHOD))
                .map(p -> (String) p.value());
    }

    private static Optional<String> method(Auth auth) {
        return auth.properties().first(MqttPropertyId.AUTHENTICATION_METHOD).map(p -> (String) p.value());
    }

    private static String bits(int flags) {
        return String.format("%4s", Integer.toBinaryString(flags)).replace(' ', '0');
    }
}
