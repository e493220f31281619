package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.patch.checks.ConnectPayload.Field;
import org.iomt.patch.checks.ConnectPayload.Read;
import org.iomt.standards.mqtt.Connect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A rule about the CONNECT payload judged from the bytes of every CONNECT the device sent, read field by field
 * ({@link ConnectPayload}), so that a CONNECT the suite's broker could not decode because its flags and fields disagree
 * is judged too. Each rule speaks of some CONNECTs (those with a flag set, or clear); when the device sent none of them,
 * the outcome is not applicable, saying whether the claims rule them out or the device made the other lawful choice.
 * A CONNECT whose payload cannot answer the rule (its fields cannot be told apart) is left out, and inconclusive when no
 * other CONNECT answers it.
 */
public final class ConnectPayloadCheck implements Check {

    /**
     * What the profile says the device puts in its CONNECT payload.
     *
     * @param willTopic the claimed will's topic, if a will is claimed
     * @param userName  the user name the device presents, if authentication is claimed
     */
    public record Claims(Optional<String> willTopic, Optional<String> userName) {

        /** The claimed string values, by the field that holds them. */
        Map<Field, byte[]> values() {
            Map<Field, byte[]> values = new java.util.EnumMap<>(Field.class);
            willTopic.ifPresent(t -> values.put(Field.WILL_TOPIC, t.getBytes(StandardCharsets.UTF_8)));
            userName.ifPresent(u -> values.put(Field.USER_NAME, u.getBytes(StandardCharsets.UTF_8)));
            return values;
        }
    }

    /** What a rule makes of one CONNECT: kept, broken (why), or not answerable from its bytes (why). */
    private record Answer(Optional<String> broken, Optional<String> unanswerable) {

        static final Answer KEPT = new Answer(Optional.empty(), Optional.empty());

        static Answer broken(String why) {
            return new Answer(Optional.of(why), Optional.empty());
        }

        static Answer unanswerable(String why) {
            return new Answer(Optional.empty(), Optional.of(why));
        }
    }

    private final String requirement;
    private final Predicate<ConnectPayload> speaksOf;
    private final String noneMet;
    private final Optional<String> ruledOutBy;
    private final Function<ConnectPayload, Answer> rule;

    private ConnectPayloadCheck(String requirement, Predicate<ConnectPayload> speaksOf, String noneMet,
                                Optional<String> ruledOutBy, Function<ConnectPayload, Answer> rule) {
        this.requirement = requirement;
        this.speaksOf = speaksOf;
        this.noneMet = noneMet;
        this.ruledOutBy = ruledOutBy;
        this.rule = rule;
    }

    private static Optional<String> ruledOut(boolean ruledOut, String because) {
        return ruledOut ? Optional.of(because) : Optional.empty();
    }

    /** With the Will flag, the will's fields are there (MQTT 3.1.1 and 5.0 MQTT-3.1.2-9). */
    public static ConnectPayloadCheck willFieldsWithWillFlag(String requirement, boolean willClaimed) {
        return new ConnectPayloadCheck(requirement, ConnectPayload::willFlag, "no CONNECT carried the Will flag",
                ruledOut(!willClaimed, "the profile claims no will"), p -> missingOf(p,
                List.of(Field.WILL_PROPERTIES, Field.WILL_TOPIC, Field.WILL_PAYLOAD), "the Will flag is 1"));
    }

    /** Without the Will flag, Will QoS and Will Retain are 0 and no will field follows (MQTT 3.1.1 MQTT-3.1.2-11). */
    public static ConnectPayloadCheck noWillWithoutWillFlag(String requirement, boolean willClaimed) {
        return new ConnectPayloadCheck(requirement, p -> !p.willFlag(), "every CONNECT carried the Will flag",
                ruledOut(willClaimed, "the profile claims a will in every CONNECT"), p -> {
            List<String> problems = new ArrayList<>();
            if (p.willQos() != 0) {
                problems.add("Will QoS is " + p.willQos());
            }
            if (p.willRetain()) {
                problems.add("Will Retain is 1");
            }
            Answer fields = unannouncedOf(p, List.of(Field.WILL_PROPERTIES, Field.WILL_TOPIC, Field.WILL_PAYLOAD),
                    "the Will flag is 0");
            fields.broken().ifPresent(problems::add);
            if (!problems.isEmpty()) {
                return Answer.broken("the Will flag is 0 but " + String.join("; ", problems));
            }
            return fields;
        });
    }

    /** With the User Name (Password) flag, the field is there (3.1.1 MQTT-3.1.2-19/-21, 5.0 MQTT-3.1.2-17/-19). */
    public static ConnectPayloadCheck fieldWithFlag(String requirement, Field field, boolean authenticationClaimed) {
        return new ConnectPayloadCheck(requirement, p -> flag(p, field), "no CONNECT set the " + field.label() + " flag",
                ruledOut(!authenticationClaimed, "the profile claims no authentication"),
                p -> missingOf(p, List.of(field), "the " + field.label() + " flag is 1"));
    }

    /** Without the User Name (Password) flag, no such field follows (3.1.1 MQTT-3.1.2-18/-20, 5.0 MQTT-3.1.2-16/-18). */
    public static ConnectPayloadCheck noFieldWithoutFlag(String requirement, Field field, boolean authenticationClaimed) {
        return new ConnectPayloadCheck(requirement, p -> !flag(p, field), "every CONNECT set the " + field.label() + " flag",
                ruledOut(authenticationClaimed, "the profile claims authentication in every CONNECT"),
                p -> unannouncedOf(p, List.of(field), "the " + field.label() + " flag is 0"));
    }

    /** Without the User Name flag, the Password flag is 0 too (MQTT 3.1.1 MQTT-3.1.2-22). */
    public static ConnectPayloadCheck noPasswordWithoutUserName(String requirement, boolean authenticationClaimed) {
        return new ConnectPayloadCheck(requirement, p -> !p.userNameFlag(), "every CONNECT set the User Name flag",
                ruledOut(authenticationClaimed, "the profile claims authentication in every CONNECT"),
                p -> p.passwordFlag() ? Answer.broken("the User Name flag is 0 but the Password flag is 1") : Answer.KEPT);
    }

    /**
     * Every CONNECT's payload begins with a client identifier: a first field is there, and it does not hold a value the
     * profile claims for another field (MQTT 3.1.1 and 5.0 MQTT-3.1.3-3).
     */
    public static ConnectPayloadCheck clientIdFirst(String requirement, Claims claims) {
        return new ConnectPayloadCheck(requirement, p -> true, "", Optional.empty(), p -> {
            Optional<Read> first = p.field(Field.CLIENT_ID);
            if (first.isEmpty()) {
                return Answer.broken("the payload holds no client identifier: it ends where its first field should stand");
            }
            return claimedElsewhere(p, first.get(), claims).map(Answer::broken).orElse(Answer.KEPT);
        });
    }

    /**
     * The fields stand in the standard's order: read in the order the flags announce them, none holds a value the
     * profile claims for another field (MQTT 3.1.1 and 5.0 MQTT-3.1.3-1). A CONNECT whose fields disagree with its flags
     * cannot be read in order and is left out.
     */
    public static ConnectPayloadCheck fieldOrder(String requirement, Claims claims) {
        return new ConnectPayloadCheck(requirement, p -> p.read().size() + p.missing().size() > 1,
                "every CONNECT held the client identifier alone", Optional.empty(), p -> {
            if (!p.matchesFlags()) {
                return Answer.unanswerable("its fields disagree with its flags, so their order cannot be read");
            }
            List<String> problems = p.read().stream().map(r -> claimedElsewhere(p, r, claims)).flatMap(Optional::stream).toList();
            return problems.isEmpty() ? Answer.KEPT : Answer.broken(String.join("; ", problems));
        });
    }

    /**
     * A string field, when the CONNECT holds it, is a UTF-8 Encoded String (client identifier, Will Topic, User Name).
     * Every CONNECT holds a client identifier, so without one the client identifier's encoding is inconclusive.
     */
    public static ConnectPayloadCheck utf8(String requirement, Field field, Optional<String> ruledOutBy) {
        Function<ConnectPayload, Answer> rule = p -> p.field(field)
                .map(read -> ConnectPayload.notUtf8(read.value()).map(why -> Answer.broken("the " + field.label() + " " + why))
                        .orElse(Answer.KEPT))
                .orElseGet(() -> Answer.unanswerable("it holds no " + field.label()));
        return field == Field.CLIENT_ID ? new ConnectPayloadCheck(requirement, p -> true, "", Optional.empty(), rule)
                : new ConnectPayloadCheck(requirement, p -> p.field(field).isPresent(), "no CONNECT held a " + field.label(),
                ruledOutBy, rule);
    }

    private static boolean flag(ConnectPayload p, Field field) {
        return field == Field.USER_NAME ? p.userNameFlag() : p.passwordFlag();
    }

    private static Answer missingOf(ConnectPayload p, List<Field> fields, String flag) {
        List<String> missing = p.missing().stream().filter(fields::contains).map(Field::label).toList();
        return missing.isEmpty() ? Answer.KEPT : Answer.broken(flag + " but the payload ends before its "
                + String.join(", ", missing) + (missing.size() == 1 ? " field" : " fields"));
    }

    private static Answer unannouncedOf(ConnectPayload p, List<Field> fields, String flag) {
        List<Read> extra = p.unannounced().stream().filter(r -> fields.contains(r.field())).toList();
        if (!extra.isEmpty()) {
            return Answer.broken(flag + " but the payload holds " + extra.stream().map(r -> "a " + r.field().label()
                    + " field (" + r.value().length + " bytes at offset " + r.offset() + ")").collect(Collectors.joining(", ")));
        }
        if (p.unreadable() > 0) {
            return Answer.unanswerable(p.unreadable() + " bytes follow its last announced field, which cannot be read as "
                    + "fields, so what they hold is unknown");
        }
        return Answer.KEPT;
    }

    /**
     * Why a field holding the value the profile claims for another field is out of place, or empty. It is not out of
     * place when that other field holds the value too: a device may, say, use its client identifier as its user name.
     */
    private static Optional<String> claimedElsewhere(ConnectPayload p, Read read, Claims claims) {
        return claims.values().entrySet().stream()
                .filter(c -> c.getKey() != read.field() && Arrays.equals(c.getValue(), read.value()))
                .filter(c -> p.field(c.getKey()).map(own -> !Arrays.equals(own.value(), c.getValue())).orElse(true))
                .findFirst().map(c -> "the " + read.field().label() + " field (offset " + read.offset() + ") holds the "
                        + "claimed " + c.getKey().label() + " \"" + new String(c.getValue(), StandardCharsets.UTF_8) + "\"");
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> connects = connectFrames(evidence);
        if (connects.isEmpty()) {
            return Outcome.inconclusive("no CONNECT was observed", List.of());
        }
        List<Evidence> meeting = new ArrayList<>();
        List<String> unanswerable = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Evidence e : connects) {
            Optional<ConnectPayload> payload = ConnectPayload.of(e.bytes());
            if (payload.isEmpty()) {
                unanswerable.add(name(e) + ": its variable header is cut short");
                continue;
            }
            if (!speaksOf.test(payload.get())) {
                continue;
            }
            Answer answer = rule.apply(payload.get());
            if (answer.unanswerable().isPresent()) {
                unanswerable.add(name(e) + ": " + answer.unanswerable().get());
                continue;
            }
            meeting.add(e);
            answer.broken().ifPresent(why -> findings.add(Finding.of(requirement, name(e) + ": " + why, e)));
        }
        if (!meeting.isEmpty()) {
            return Outcome.judged(findings, meeting);
        }
        if (!unanswerable.isEmpty()) {
            return Outcome.inconclusive("no CONNECT answers the rule: " + String.join("; ", unanswerable), connects);
        }
        String observed = " (" + connects.size() + " CONNECT" + (connects.size() == 1 ? "" : "s") + " observed)";
        return ruledOutBy.map(claim -> Outcome.notApplicable(noneMet + ", and " + claim + observed, connects))
                .orElseGet(() -> Outcome.notApplicable(noneMet + "; the rule speaks only of such a CONNECT, and sending "
                        + "none is the device's lawful choice" + observed, connects));
    }

    private static String name(Evidence e) {
        return "CONNECT #" + e.seq() + " on connection " + e.connection();
    }

    /**
     * Every CONNECT the device sent as its bytes: those the suite's broker decoded, and those it rejected as malformed
     * (recorded with the frame's bytes and no decoded packet).
     */
    static List<Evidence> connectFrames(List<Evidence> evidence) {
        return evidence.stream().filter(ConnectPayloadCheck::isConnect).toList();
    }

    /** Whether the device sent this frame as a CONNECT: decoded as one, or rejected as malformed with its type CONNECT. */
    static boolean isConnect(Evidence e) {
        return e.direction() == Direction.DEVICE_TO_SUITE && (e.as(Connect.class).isPresent() || e.decodedValue().isEmpty()
                && e.decoded().startsWith("malformed [") && e.bytes().length > 0 && (e.bytes()[0] & 0xF0) == 0x10);
    }
}
