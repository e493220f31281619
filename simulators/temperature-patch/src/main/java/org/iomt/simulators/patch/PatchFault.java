package org.iomt.simulators.patch;

import org.iomt.simulators.Fault;
import org.iomt.simulators.Unjudged;

import org.iomt.standards.mqtt.MqttVersion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The temperature patch's fault catalogue. Each fault breaks the requirements it names (as {@code <set>:<id>},
 * per MQTT version where the statement ids differ) and nothing else that the patch's scenarios judge.
 */
public enum PatchFault implements Fault {

    WRONG_PROTOCOL_LEVEL("wrong-protocol-level", "CONNECT carries protocol level 3 (MQTT 3.1) instead of the claimed version's",
            v -> List.of(Sets.CLIENT + "CONNECT-LEVEL-" + v.label())),
    WRONG_PROTOCOL_NAME("wrong-protocol-name", "CONNECT names the protocol \"MQIsdp\" (the MQTT 3.1 name) instead of \"MQTT\"",
            v -> List.of(v == MqttVersion.V5_0 ? mqtt(v, "MQTT-3.1.2-1") : Sets.CLIENT + "CONNECT-NAME-3.1.1")),
    RESERVED_FLAG_SET("reserved-flag-set", "CONNECT has its reserved flag (bit 0 of the connect flags) set",
            v -> List.of(Sets.CLIENT + "CONNECT-RESERVED-" + v.label())),
    PUBLISH_BEFORE_CONNECT("publish-before-connect", "the first packet on a new connection is a PUBLISH, not a CONNECT",
            v -> List.of(mqtt(v, "MQTT-3.1.0-1"))),
    EMPTY_CLIENT_ID_PERSISTENT("empty-client-id-persistent", "zero-length client identifier with clean session 0; a fault in MQTT 3.1.1 only",
            v -> v == MqttVersion.V5_0 ? List.of() : List.of(mqtt(v, "MQTT-3.1.3-7"))),
    NO_KEEPALIVE("no-keepalive", "never sends PINGREQ, so it goes silent for longer than its Keep Alive between readings",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.1.2-20"), mqtt(v, "MQTT-3.3.4-8"))
                    : List.of(mqtt(v, "MQTT-3.1.2-23"))),
    WILDCARD_IN_TOPIC("wildcard-in-topic", "publishes readings to a topic name holding the '+' wildcard",
            v -> List.of(mqtt(v, "MQTT-3.3.2-2"), mqtt(v, v == MqttVersion.V5_0 ? "MQTT-4.7.0-1" : "MQTT-4.7.1-1"),
                    Sets.PATCH + "TP-TOPIC")),
    QOS_0("qos-0", "publishes readings at QoS 0 although QoS 1 is claimed",
            v -> List.of(Sets.PATCH + "TP-QOS")),
    PACKET_ID_ZERO("packet-id-zero", "gives every QoS 1 PUBLISH packet identifier 0",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-2.2.1-3" : "MQTT-2.3.1-1"))),
    DUP_ON_FIRST_SEND("dup-on-first-send", "sets DUP on the first transmission of every QoS 1 PUBLISH",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.3.2-1"), mqtt(v, "MQTT-4.3.2-2"))
                    : List.of(mqtt(v, "MQTT-4.3.2-1"))),
    DUP_AT_QOS_0("dup-at-qos-0", "sets DUP on readings published at QoS 0 (judged when QoS 0 is claimed)",
            v -> List.of(mqtt(v, "MQTT-3.3.1-2"), mqtt(v, "MQTT-4.3.1-1"))),
    VALUE_AS_STRING("value-as-string", "writes the temperature value as a JSON string, not a number",
            v -> List.of(Sets.SENML + "RFC8428-5")),
    UNKNOWN_MUST_UNDERSTAND_LABEL("unknown-must-understand-label", "adds a label ending in '_' that no receiver understands",
            v -> List.of(Sets.SENML + "RFC8428-4.4")),
    LONG_NUMBER("long-number", "writes the temperature with 22 significant digits, more than a receiver is sure to keep "
            + "(a SHOULD: reported as a warning, the patch stays certified)",
            v -> List.of(Sets.SENML + "RFC8428-5-number-length")),
    TWO_VALUES("two-values", "the temperature record carries both a numeric and a string value",
            v -> List.of(Sets.SENML + "RFC8428-4.2")),
    BAD_NAME("bad-name", "the temperature record's name holds a space, which SenML names may not",
            v -> List.of(Sets.SENML + "RFC8428-4.5.1")),
    UNIT_DEGC("unit-degc", "temperature unit \"degC\", which is not registered, instead of \"Cel\"",
            v -> List.of(Sets.SENML + "RFC8428-12.1", Sets.PATCH + "TP-UNIT")),
    FEVER_OUT_OF_RANGE("fever-out-of-range", "reports 47.5 Cel, outside any plausible body temperature",
            v -> List.of(Sets.PATCH + "TP-RANGE")),
    STALE_TIMESTAMP("stale-timestamp", "stamps readings one hour in the past",
            v -> List.of(Sets.PATCH + "TP-CLOCK")),
    NO_TIMESTAMP("no-timestamp", "states no time in its readings, leaving the receiver to guess when they were measured",
            v -> List.of(Sets.PATCH + "TP-CLOCK")),
    INTERVAL_OFF("interval-off", "reports at half the claimed interval",
            v -> List.of(Sets.PATCH + "TP-INTERVAL")),
    WRONG_GTIN_CHECK_DIGIT("wrong-gtin-check-digit", "the GTIN in its base name has a wrong check digit",
            v -> List.of(Sets.GS1 + "GS1-7.9.1", Sets.PATCH + "TP-IDENTITY")),
    WRONG_SERIAL("wrong-serial", "states a serial number in its base name other than the one on its label",
            v -> List.of(Sets.PATCH + "TP-IDENTITY")),
    CLEAN_SESSION("clean-session", "asks for a clean session in every CONNECT although a persistent session is claimed",
            v -> List.of(Sets.PATCH + "TP-SESSION")),
    NO_REDELIVERY("no-redelivery", "forgets its unacknowledged reading when the broker resumes its session, instead of resending it",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.4.0-1"), mqtt(v, "MQTT-3.1.2-23"), mqtt(v, "MQTT-4.3.2-3"))
                    : List.of(mqtt(v, "MQTT-4.4.0-1"), mqtt(v, "MQTT-3.1.2-4"), mqtt(v, "MQTT-4.1.0-1"))),
    REDELIVERY_WITHOUT_DUP("redelivery-without-dup", "resends its unacknowledged reading on a resumed session with DUP clear",
            v -> List.of(mqtt(v, "MQTT-3.3.1-1"))),
    REDELIVERY_NEW_PACKET_ID("redelivery-new-packet-id", "resends its unacknowledged reading on a resumed session under a new "
            + "packet identifier", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.4.0-1"), mqtt(v, "MQTT-4.3.2-3"))
                    : List.of(mqtt(v, "MQTT-4.4.0-1"), mqtt(v, "MQTT-2.3.1-3"))),
    TOPIC_ALIAS_UNANNOUNCED("topic-alias-unannounced", "in MQTT 5.0 gives its readings Topic Alias 1 (with the full topic name) "
            + "although the broker announced no Topic Alias Maximum; nothing in MQTT 3.1.1, which has no aliases",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.2.2-18")) : List.of()),
    SUBSCRIBE_FLAGS_WRONG("subscribe-flags-wrong", "sends the SUBSCRIBE to its command topic with fixed-header flags 0000 "
            + "instead of 0010 (judged when a command topic is claimed)", v -> List.of(mqtt(v, "MQTT-3.8.1-1"),
                    mqtt(v, v == MqttVersion.V5_0 ? "MQTT-2.1.3-1" : "MQTT-2.2.2-1"))),
    COMMAND_NOT_ACKNOWLEDGED("command-not-acknowledged", "reads a QoS 1 command from its broker but never sends the PUBACK "
            + "(judged when a command topic is claimed)",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.5.0-2"), mqtt(v, "MQTT-3.3.4-1"), mqtt(v, "MQTT-4.3.2-4"),
                    mqtt(v, "MQTT-4.9.0-3"))
                    : List.of(mqtt(v, "MQTT-3.3.4-1"), mqtt(v, "MQTT-4.5.0-2"), mqtt(v, "MQTT-4.3.2-2"))),
    COMMAND_ACK_WRONG_ID("command-ack-wrong-id", "acknowledges a QoS 1 command under the next packet identifier instead "
            + "of the command's (judged when a command topic is claimed)",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-2.2.1-5"), mqtt(v, "MQTT-4.3.2-4"))
                    : List.of(mqtt(v, "MQTT-2.3.1-6"), mqtt(v, "MQTT-4.3.2-2"))),
    PUBLISHES_AFTER_REFUSAL("publishes-after-refusal", "sends a pending reading on the connection whose CONNECT the broker "
            + "refused, before leaving it (judged when a back-off is claimed)", v -> List.of(Sets.PATCH + "TP-REFUSAL")),
    RECONNECTS_AT_ONCE("reconnects-at-once", "connects again at once after its broker refused a CONNECT, ignoring the "
            + "back-off it claims (judged when a back-off is claimed)", v -> List.of(Sets.PATCH + "TP-BACKOFF")),
    WILL_MISSING("will-missing", "leaves no will in its CONNECT although the profile claims one",
            v -> List.of(Sets.PATCH + "TP-WILL")),
    WILL_QOS_WITHOUT_WILL_FLAG("will-qos-without-will-flag", "sets Will QoS 1 in a CONNECT without the Will flag (judged "
            + "when no will is claimed)", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.1.2-11"))
                    : List.of(mqtt(v, "MQTT-3.1.2-13"), mqtt(v, "MQTT-3.1.2-11"))),
    WILL_RETAIN_WITHOUT_WILL_FLAG("will-retain-without-will-flag", "sets Will Retain in a CONNECT without the Will flag "
            + "(judged when no will is claimed)", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.1.2-13"))
                    : List.of(mqtt(v, "MQTT-3.1.2-15"), mqtt(v, "MQTT-3.1.2-11"))),
    ACCEPTS_UNTRUSTED_CERTIFICATE("accepts-untrusted-certificate", "over TLS accepts a broker certificate from any CA (it "
            + "still checks the host name), and so connects to an impostor (judged when TLS is claimed)",
            v -> List.of(Sets.SECURITY + "TLS-DEVICE-REJECTS-UNTRUSTED")),
    SKIPS_HOST_NAME_CHECK("skips-host-name-check", "over TLS validates the broker's certificate chain but not the name in "
            + "it, and so connects to a broker certified for another host (judged when TLS is claimed)",
            v -> List.of(Sets.SECURITY + "TLS-DEVICE-REJECTS-WRONG-NAME")),
    WRONG_PASSWORD("wrong-password", "presents a password other than the one it was given, so the broker refuses it "
            + "(judged when authentication is claimed)", v -> List.of(Sets.SECURITY + "TLS-DEVICE-CREDENTIALS")),
    RECEIVE_MAXIMUM_IGNORED("receive-maximum-ignored", "in MQTT 5.0 ignores the Receive Maximum of its broker's CONNACK and "
            + "sends each reading when it is due, however many are unacknowledged; nothing in MQTT 3.1.1",
            v -> v == MqttVersion.V5_0 ? List.copyOf(receiveMaximumRows(v)) : List.of()),
    TOPIC_ALIAS_ABOVE_MAXIMUM("topic-alias-above-maximum", "in MQTT 5.0 gives its readings a Topic Alias one above the "
            + "Topic Alias Maximum its broker announced; nothing in MQTT 3.1.1",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.2.2-17"), mqtt(v, "MQTT-3.3.2-9")) : List.of()),
    TOPIC_ALIAS_ZERO("topic-alias-zero", "in MQTT 5.0 gives its readings Topic Alias 0 where its broker allows aliases; "
            + "nothing in MQTT 3.1.1", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.3.2-8")) : List.of()),
    SERVER_KEEP_ALIVE_IGNORED("server-keep-alive-ignored", "in MQTT 5.0 keeps the Keep Alive it declared although its "
            + "broker's CONNACK set a shorter Server Keep Alive, also while its send quota is zero (judged when the claimed "
            + "Keep Alive is 2 s or more); nothing in MQTT 3.1.1", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.2.2-21"), mqtt(v, "MQTT-3.1.2-21"),
            mqtt(v, "MQTT-3.3.4-8")) : List.of()),
    WILL_QOS_THREE("will-qos-three", "asks for Will QoS 3, which no version defines, in every CONNECT that carries its will "
            + "(judged when a will is claimed)", v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-3.1.2-12" : "MQTT-3.1.2-14"), Sets.PATCH + "TP-WILL")),
    PUBLISH_WITH_SUBSCRIPTION_IDENTIFIER("publish-with-subscription-identifier", "in MQTT 5.0 gives every reading "
            + "Subscription Identifier 1, which only a server's PUBLISH may carry; nothing in MQTT 3.1.1",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.3.4-6")) : List.of()),
    WILL_FIELDS_MISSING("will-fields-missing", "sets the Will flag but leaves the Will Topic and Will Message (Will Payload) "
            + "out of its CONNECT (judged when a will is claimed)", v -> List.of(mqtt(v, "MQTT-3.1.2-9"))),
    WILL_FIELDS_WITHOUT_WILL_FLAG("will-fields-without-will-flag", "sends its will's topic and message with the Will "
            + "flag, Will QoS and Will Retain at 0 (judged when a will is claimed); a fault in MQTT 3.1.1, whose statement "
            + "forbids the fields", v -> v == MqttVersion.V5_0 ? List.of() : List.of(mqtt(v, "MQTT-3.1.2-11"))),
    USER_NAME_WITHOUT_FLAG("user-name-without-flag", "appends a user name to a CONNECT whose User Name flag is 0",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-3.1.2-16" : "MQTT-3.1.2-18"))),
    USER_NAME_MISSING("user-name-missing", "sets the User Name flag but sends no user name",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-3.1.2-17" : "MQTT-3.1.2-19"))),
    PASSWORD_WITHOUT_FLAG("password-without-flag", "sends its password with the Password flag at 0 (judged when "
            + "authentication is claimed)", v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-3.1.2-18" : "MQTT-3.1.2-20"))),
    PASSWORD_MISSING("password-missing", "sets the Password flag but sends no password (judged when authentication is "
            + "claimed)", v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-3.1.2-19" : "MQTT-3.1.2-21"))),
    PASSWORD_WITHOUT_USER_NAME("password-without-user-name", "presents a password without a user name (judged when no "
            + "authentication is claimed); a fault in MQTT 3.1.1 only, as MQTT 5.0 allows it",
            v -> v == MqttVersion.V5_0 ? List.of() : List.of(mqtt(v, "MQTT-3.1.2-22"))),
    CLIENT_ID_MISSING("client-id-missing", "leaves the client identifier out of its CONNECT (judged when neither a will nor "
            + "authentication is claimed, so that the payload is empty)", v -> List.of(mqtt(v, "MQTT-3.1.3-3"))),
    USER_NAME_BEFORE_CLIENT_ID("user-name-before-client-id", "swaps its client identifier and user name in the CONNECT "
            + "payload, so its user name comes first (judged when authentication is claimed)",
            v -> List.of(mqtt(v, "MQTT-3.1.3-1"), mqtt(v, "MQTT-3.1.3-3"))),
    CLIENT_ID_NOT_UTF8("client-id-not-utf8", "starts its client identifier with the byte 0xFF, which is not UTF-8",
            v -> List.of(mqtt(v, "MQTT-3.1.3-4"), utf8(v))),
    WILL_TOPIC_NOT_UTF8("will-topic-not-utf8", "starts its will topic with the byte 0xFF, which is not UTF-8 (judged when "
            + "a will is claimed)", v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-3.1.3-11" : "MQTT-3.1.3-10"), utf8(v))),
    USER_NAME_NOT_UTF8("user-name-not-utf8", "starts its user name with the byte 0xFF, which is not UTF-8 (judged when "
            + "authentication is claimed)", v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-3.1.3-12" : "MQTT-3.1.3-11"), utf8(v))),
    PINGREQ_FLAGS_WRONG("pingreq-flags-wrong", "sends its PINGREQ with fixed-header flags 0001 instead of 0000",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-2.1.3-1" : "MQTT-2.2.2-1"))),
    FILTER_HASH_NOT_LAST("filter-hash-not-last", "subscribes to its command topic with '#' appended to the last level "
            + "(\"…/commands#\"), so the multi-level wildcard is no whole level (judged when a command topic is claimed)",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-4.7.1-1" : "MQTT-4.7.1-2"))),
    FILTER_PLUS_IN_LEVEL("filter-plus-in-level", "subscribes to its command topic with '+' appended to the last level "
            + "(\"…/commands+\"), so the single-level wildcard is no whole level (judged when a command topic is claimed)",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-4.7.1-2" : "MQTT-4.7.1-3"))),
    EMPTY_FILTER("empty-filter", "subscribes for its commands with an empty topic filter (judged when a command topic "
            + "is claimed)", v -> List.of(mqtt(v, "MQTT-4.7.3-1"))),
    SUBSCRIBE_WITHOUT_FILTERS("subscribe-without-filters", "sends its SUBSCRIBE for commands with no topic filter at "
            + "all (judged when a command topic is claimed)",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-3.8.3-2" : "MQTT-3.8.3-3"))),
    TOPIC_ILL_FORMED_UTF8("topic-ill-formed-utf8", "sends one reading with the last byte of the topic name replaced by "
            + "0xFF, which is not UTF-8: the first after it acknowledged a command, when it takes commands, else its "
            + "first; the suite's broker closes that connection and forgets the session, and the reading is lost",
            v -> List.of(utf8(v), mqtt(v, "MQTT-3.3.2-1"))),
    FILTER_ILL_FORMED_UTF8("filter-ill-formed-utf8", "sends its first SUBSCRIBE with the last byte of the topic filter "
            + "replaced by 0xFF, which is not UTF-8; the suite's broker closes that connection and forgets the session, and "
            + "the patch subscribes correctly on the next (judged when a command topic is claimed)",
            v -> List.of(utf8(v), mqtt(v, "MQTT-3.8.3-1"))),
    FILTER_NULL_CHARACTER("filter-null-character", "sends its first SUBSCRIBE with the last character of the topic "
            + "filter replaced by U+0000; the suite's broker closes that connection and forgets the session, and the patch "
            + "subscribes correctly on the next (judged when a command topic is claimed)",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-1.5.4-2" : "MQTT-1.5.3-2"), mqtt(v, "MQTT-3.8.3-1"),
                    mqtt(v, "MQTT-4.7.3-2"))),
    REMAINING_LENGTH_NOT_MINIMAL("remaining-length-not-minimal", "in MQTT 5.0 writes the remaining length 0 of its "
            + "PINGREQ in two bytes (80 00) instead of one; nothing in MQTT 3.1.1, whose text has no such rule",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-1.5.5-1")) : List.of()),
    PACKET_ID_AT_QOS_0("packet-id-at-qos-0", "writes packet identifier 1 after the topic name of every reading at QoS 0, "
            + "where a receiver reads it as the start of the payload (judged when QoS 0 is claimed)",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-2.2.1-2" : "MQTT-2.3.1-5"), Sets.SENML + "RFC8428-5")),
    NO_PING_AT_ZERO_QUOTA("no-ping-at-zero-quota", "in MQTT 5.0 sends no PINGREQ while as many readings are "
            + "unacknowledged as its broker's Receive Maximum allows, so it goes silent for longer than its Keep Alive "
            + "then; nothing in MQTT 3.1.1",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.3.4-8"), mqtt(v, "MQTT-3.1.2-20")) : List.of()),
    COMMAND_ACK_UNDEFINED_REASON("command-ack-undefined-reason", "in MQTT 5.0 acknowledges a QoS 1 command with PUBACK "
            + "reason code 0x01, which the specification does not define for a PUBACK (judged when a command topic at QoS 1 "
            + "is claimed); nothing in MQTT 3.1.1, whose PUBACK has no reason code",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.4.2-1")) : List.of()),
    COMMAND_ACKS_REVERSED("command-acks-reversed", "holds back the PUBACK of a QoS 1 command until the next command has "
            + "come, and then acknowledges the later one first (judged when a command topic at QoS 1 is claimed)",
            v -> List.of(mqtt(v, "MQTT-4.6.0-2"))),
    COMMAND_RELEASE_NOT_COMPLETED("command-release-not-completed", "receives a QoS 2 command with PUBREC but never "
            + "answers the broker's PUBREL with PUBCOMP (judged when a command topic at QoS 2 is claimed)",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-4.3.3-11" : "MQTT-4.3.3-2"))),
    COMMAND_COMPLETION_WRONG_ID("command-completion-wrong-id", "answers the broker's PUBREL of a QoS 2 command with a "
            + "PUBCOMP under the next packet identifier instead of the PUBREL's (judged when a command topic at QoS 2 is "
            + "claimed)", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.3.3-11"), mqtt(v, "MQTT-2.2.1-5"))
                    : List.of(mqtt(v, "MQTT-4.3.3-2"))),
    COMMAND_PUBREC_UNDEFINED_REASON("command-pubrec-undefined-reason", "in MQTT 5.0 receives a QoS 2 command with "
            + "PUBREC reason code 0x01, which the specification does not define for a PUBREC (judged when a command topic "
            + "at QoS 2 is claimed); nothing in MQTT 3.1.1, whose PUBREC has no reason code",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.5.2-1")) : List.of()),
    COMMAND_PUBCOMP_UNDEFINED_REASON("command-pubcomp-undefined-reason", "in MQTT 5.0 completes a QoS 2 command with "
            + "PUBCOMP reason code 0x01, which the specification does not define for a PUBCOMP (judged when a command "
            + "topic at QoS 2 is claimed); nothing in MQTT 3.1.1, whose PUBCOMP has no reason code",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.7.2-1")) : List.of()),
    COMMAND_PUBRECS_REVERSED("command-pubrecs-reversed", "holds back the PUBREC of a QoS 2 command until the next command "
            + "has come, and then answers the later one first (judged when a command topic at QoS 2 is claimed)",
            v -> List.of(mqtt(v, "MQTT-4.6.0-3"))),
    IGNORES_MALFORMED_PACKETS("ignores-malformed-packets", "keeps the connection open when its broker sends a packet it "
            + "cannot decode (a PUBLISH at QoS 3), a packet with wrong fixed-header flags, or a second CONNACK, and reads "
            + "on as if nothing had come",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.13.2-1"), mqtt(v, "MQTT-3.14.1-1"))
                    : List.of(mqtt(v, "MQTT-3.3.1-4"), mqtt(v, "MQTT-2.2.2-2"), mqtt(v, "MQTT-4.8.0-1"))),
    CLIENT_ID_CHANGES_ON_RECONNECT("client-id-changes-on-reconnect", "connects under a new client identifier (its own "
            + "with the connection's number appended) on every connection after the first, so that the session it holds "
            + "is never resumed", v -> List.of(mqtt(v, "MQTT-3.1.3-2"))),
    RESENDS_IN_REVERSE_ORDER("resends-in-reverse-order", "on a resumed session sends its unacknowledged readings again "
            + "last first (judged where the broker leaves two readings unacknowledged before a drop, after the window)",
            v -> List.of(mqtt(v, "MQTT-4.6.0-1"))),
    KEEPS_STATE_WITHOUT_SESSION("keeps-state-without-session", "keeps its unacknowledged readings when the broker "
            + "answers Session Present 0, and sends them again (judged in MQTT 5.0, where the broker "
            + "forgets the session in a drop after the window)",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.2.2-5")) : List.of()),
    READING_QOS_THREE("reading-qos-three", "sends one reading with both QoS bits of its fixed header set: the first after "
            + "it acknowledged a command, when it takes commands, else its first; the suite's broker closes that "
            + "connection and forgets the session, and the reading is lost", v -> List.of(mqtt(v, "MQTT-3.3.1-4"))),
    UNSUBSCRIBE_FLAGS_WRONG("unsubscribe-flags-wrong", "ends its session with an UNSUBSCRIBE whose fixed-header flags are "
            + "0000 instead of 0010 (judged when an end-of-session command is claimed)", v -> List.of(mqtt(v, "MQTT-3.10.1-1"))),
    UNSUBSCRIBE_WITHOUT_FILTERS("unsubscribe-without-filters", "ends its session with an UNSUBSCRIBE that names no topic "
            + "filter", v -> List.of(mqtt(v, "MQTT-3.10.3-2"))),
    UNSUBSCRIBE_FILTER_ILL_FORMED_UTF8("unsubscribe-filter-ill-formed-utf8", "ends its session with an UNSUBSCRIBE whose "
            + "topic filter ends in the byte 0xFF, which is not UTF-8",
            v -> List.of(mqtt(v, "MQTT-3.10.3-1"))),
    DISCONNECT_WITHOUT_CLOSE("disconnect-without-close", "keeps the connection open after the DISCONNECT that ends its "
            + "session, until the broker closes it", v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-3.14.4-2" : "MQTT-3.14.4-1"))),
    PING_AFTER_DISCONNECT("ping-after-disconnect", "sends a PINGREQ after the DISCONNECT that ends its session, before it "
            + "closes the connection", v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-3.14.4-1" : "MQTT-3.14.4-2"))),
    DISCONNECT_UNDEFINED_REASON("disconnect-undefined-reason", "in MQTT 5.0 ends its session with DISCONNECT reason code "
            + "0x03, which the specification does not define for a DISCONNECT; nothing in MQTT 3.1.1, whose DISCONNECT has "
            + "no reason code", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.14.2-1")) : List.of()),
    UNSUBSCRIBE_WITHOUT_PROPERTY_LENGTH("unsubscribe-without-property-length", "in MQTT 5.0 ends its session with an "
            + "UNSUBSCRIBE that leaves out its Property Length instead of stating zero; nothing in MQTT 3.1.1, which has "
            + "no properties", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-2.2.2-1")) : List.of()),
    CONTENT_TYPE_ILL_FORMED_UTF8("content-type-ill-formed-utf8", "in MQTT 5.0 gives its first reading a Content Type "
            + "ending in the byte 0xFF, which is not UTF-8; nothing in MQTT 3.1.1, which has no properties",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.3.2-19"), utf8(v)) : List.of()),
    RESPONSE_TOPIC_WILDCARD("response-topic-wildcard", "in MQTT 5.0 names a Response Topic holding the '+' wildcard in "
            + "its readings; nothing in MQTT 3.1.1, which has no properties",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.3.2-14")) : List.of()),
    RESPONSE_TOPIC_ILL_FORMED_UTF8("response-topic-ill-formed-utf8", "in MQTT 5.0 names a Response Topic in its readings, "
            + "in the first one ending in the byte 0xFF, which is not UTF-8; nothing in MQTT 3.1.1",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.3.2-13"), utf8(v)) : List.of()),
    USER_PROPERTY_ILL_FORMED_UTF8("user-property-ill-formed-utf8", "in MQTT 5.0 gives its readings a User Property, in "
            + "the first one with a value ending in the byte 0xFF, which is not UTF-8; nothing in MQTT 3.1.1",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-1.5.7-1"), utf8(v)) : List.of()),
    COMMAND_REUSED_ID_IGNORED("command-reused-id-ignored", "takes a QoS 1 command under the packet identifier of a "
            + "command it has acknowledged for a repeat of that one, and sends it no PUBACK (judged when a command topic at "
            + "QoS 1 is claimed)", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.3.2-5"), mqtt(v, "MQTT-4.3.2-4"),
                    mqtt(v, "MQTT-3.3.4-1"), mqtt(v, "MQTT-4.5.0-2"), mqtt(v, "MQTT-4.9.0-3"))
                    : List.of(mqtt(v, "MQTT-4.3.2-2"), mqtt(v, "MQTT-3.3.4-1"), mqtt(v, "MQTT-4.5.0-2"))),
    COMMAND_REUSED_ID_NOT_RECEIVED("command-reused-id-not-received", "takes a QoS 2 command under the packet identifier "
            + "of a command it has completed for a repeat of that one, and sends it no PUBREC (judged when a command topic "
            + "at QoS 2 is claimed)", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.3.3-12"),
                    mqtt(v, "MQTT-4.3.3-8"), mqtt(v, "MQTT-3.3.4-1"), mqtt(v, "MQTT-4.5.0-2"), mqtt(v, "MQTT-4.9.0-3"))
                    : List.of(mqtt(v, "MQTT-4.3.3-2"), mqtt(v, "MQTT-3.3.4-1"), mqtt(v, "MQTT-4.5.0-2"))),
    MAXIMUM_PACKET_SIZE_IGNORED("maximum-packet-size-ignored", "in MQTT 5.0 gives each reading on a connection whose "
            + "broker announced a Maximum Packet Size a User Property that makes the PUBLISH larger than that size, and "
            + "sends it; nothing in MQTT 3.1.1", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.2.2-15")) : List.of()),
    NO_ANSWER_AT_ZERO_QUOTA("no-answer-at-zero-quota", "in MQTT 5.0 holds back its answer to a command while as many "
            + "readings are unacknowledged as its broker's Receive Maximum allows, and sends it once that frees (judged "
            + "when a command topic is claimed); nothing in MQTT 3.1.1",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.9.0-3")) : List.of()),
    QOS2_DUP_ON_FIRST_SEND("qos2-dup-on-first-send", "sets DUP on the first transmission of every QoS 2 reading (judged "
            + "when readings at QoS 2 are claimed)",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-4.3.3-2" : "MQTT-4.3.3-1"))),
    PUBREL_FLAGS_WRONG("pubrel-flags-wrong", "releases its QoS 2 readings with PUBREL fixed-header flags 0000 instead of "
            + "0010 (judged when readings at QoS 2 are claimed)",
            v -> List.of(mqtt(v, "MQTT-3.6.1-1"), mqtt(v, v == MqttVersion.V5_0 ? "MQTT-2.1.3-1" : "MQTT-2.2.2-1"))),
    PUBREL_WRONG_ID("pubrel-wrong-id", "answers the PUBREC of a QoS 2 reading with a PUBREL under another packet "
            + "identifier (the reading's with its top bit flipped), and holds that release until its PUBCOMP (judged when "
            + "readings at QoS 2 are claimed); on the wire each reading then stays unfinished, so in MQTT 5.0 the next "
            + "one exceeds the broker's Receive Maximum of 1",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.3.3-4"), mqtt(v, "MQTT-3.3.4-7"))
                    : List.of(mqtt(v, "MQTT-4.3.3-1"))),
    PUBREL_UNDEFINED_REASON("pubrel-undefined-reason", "in MQTT 5.0 releases its QoS 2 readings with PUBREL reason code "
            + "0x01, which the specification does not define for a PUBREL (judged when readings at QoS 2 are claimed); "
            + "nothing in MQTT 3.1.1, whose PUBREL has no reason code",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.6.2-1")) : List.of()),
    PUBREL_NOT_RESENT("pubrel-not-resent", "forgets, when its session is resumed, the releases its broker had not "
            + "completed, and sends no PUBREL for them again (judged when readings at QoS 2 are claimed)",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-4.3.3-5" : "MQTT-4.3.3-1"))),
    PUBLISH_RESENT_AFTER_PUBREL("publish-resent-after-pubrel", "when its session is resumed, publishes again (DUP set) "
            + "each QoS 2 reading whose release its broker had not completed, before sending the PUBREL again (judged "
            + "when readings at QoS 2 are claimed)",
            v -> List.of(mqtt(v, v == MqttVersion.V5_0 ? "MQTT-4.3.3-6" : "MQTT-4.3.3-1"))),
    PUBRELS_IN_PUBLISH_ORDER("pubrels-in-publish-order", "given the PUBREC of a QoS 2 reading while one it published "
            + "earlier still awaits its own, holds that PUBREL back and releases in the order it published, not in the "
            + "order of the PUBRECs (judged when readings at QoS 2 are claimed)",
            v -> List.of(mqtt(v, "MQTT-4.6.0-4"))),
    PACKET_ID_IN_USE("packet-id-in-use", "gives each new reading the packet identifier of its oldest unacknowledged reading, "
            + "when it has one (judged in MQTT 3.1.1, where the broker leaves readings unacknowledged after the window)",
            v -> v == MqttVersion.V3_1_1 ? List.of(mqtt(v, "MQTT-2.3.1-2")) : List.of()),
    QOS2_PACKET_ID_IN_USE("qos2-packet-id-in-use", "in MQTT 5.0 gives a new reading the packet identifier of a reading "
            + "that has awaited its PUBREC for a second or more, as happens where the broker holds receipts back after the "
            + "window (judged when a persistent session and readings at QoS 2 are claimed); nothing in MQTT 3.1.1, where "
            + "packet-id-in-use stands for the rule", v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.3.3-1")) : List.of()),
    PUBACK_REASON_STRING_OVERSIZE("puback-reason-string-oversize", "in MQTT 5.0 gives each PUBACK it sends on a "
            + "connection whose broker announced a Maximum Packet Size a Reason String that makes it larger than that size, "
            + "and sends it (judged when commands at QoS 1 are claimed); nothing in MQTT 3.1.1",
            v -> oversized(v, "MQTT-3.4.2-2")),
    PUBACK_USER_PROPERTY_OVERSIZE("puback-user-property-oversize", "in MQTT 5.0 gives each PUBACK it sends on a "
            + "connection whose broker announced a Maximum Packet Size a User Property that makes it larger than that size, "
            + "and sends it (judged when commands at QoS 1 are claimed); nothing in MQTT 3.1.1",
            v -> oversized(v, "MQTT-3.4.2-3")),
    QOS2_ANSWERS_REASON_STRING_OVERSIZE("qos2-answers-reason-string-oversize", "in MQTT 5.0 gives each PUBREC, PUBREL and "
            + "PUBCOMP it sends on a connection whose broker announced a Maximum Packet Size a Reason String that makes it "
            + "larger than that size, and sends it (judged when readings and commands at QoS 2 are claimed); nothing in "
            + "MQTT 3.1.1", v -> oversized(v, "MQTT-3.5.2-2", "MQTT-3.6.2-2", "MQTT-3.7.2-2")),
    QOS2_ANSWERS_USER_PROPERTY_OVERSIZE("qos2-answers-user-property-oversize", "in MQTT 5.0 gives each PUBREC, PUBREL "
            + "and PUBCOMP it sends on a connection whose broker announced a Maximum Packet Size a User Property that makes "
            + "it larger than that size, and sends it (judged when readings and commands at QoS 2 are claimed); nothing in "
            + "MQTT 3.1.1", v -> oversized(v, "MQTT-3.5.2-3", "MQTT-3.6.2-3", "MQTT-3.7.2-3")),
    DISCONNECT_REASON_STRING_OVERSIZE("disconnect-reason-string-oversize", "in MQTT 5.0 gives the DISCONNECT it sends on "
            + "a connection whose broker announced a Maximum Packet Size a Reason String that makes it larger than that "
            + "size, and sends it; nothing in MQTT 3.1.1", v -> oversized(v, "MQTT-3.14.2-3")),
    DISCONNECT_USER_PROPERTY_OVERSIZE("disconnect-user-property-oversize", "in MQTT 5.0 gives the DISCONNECT it sends on "
            + "a connection whose broker announced a Maximum Packet Size a User Property that makes it larger than that "
            + "size, and sends it; nothing in MQTT 3.1.1", v -> oversized(v, "MQTT-3.14.2-4")),
    REFUSED_READING_RESENT("refused-reading-resent", "in MQTT 5.0 keeps a reading its broker answered with a PUBACK "
            + "carrying a failure reason code as unacknowledged, and sends it again when its session resumes (judged when a "
            + "persistent session at QoS 1 is claimed); nothing in MQTT 3.1.1, whose PUBACK has no reason code",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.4.0-2")) : List.of()),
    WEBSOCKET_TEXT_FRAMES("websocket-text-frames", "over WebSocket sends its packets in text frames instead of binary ones "
            + "(judged when MQTT over WebSocket is claimed)", v -> List.of(mqtt(v, "MQTT-6.0.0-1"))),
    WEBSOCKET_TEXT_FRAMES_TAKEN("websocket-text-frames-taken", "over WebSocket reads the payload of a text frame as MQTT "
            + "instead of closing the connection on it (judged when MQTT over WebSocket is claimed)",
            v -> List.of(mqtt(v, "MQTT-6.0.0-1"))),
    WEBSOCKET_FRAMES_AS_PACKETS("websocket-frames-as-packets", "over WebSocket takes each frame it receives for one whole "
            + "packet: a packet split over two frames is malformed to it, and of several packets in one frame it reads the "
            + "first (judged when MQTT over WebSocket is claimed)", v -> List.of(mqtt(v, "MQTT-6.0.0-2"))),
    WEBSOCKET_WITHOUT_MQTT_SUBPROTOCOL("websocket-without-mqtt-subprotocol", "over WebSocket opens each WebSocket offering "
            + "no subprotocol (judged when MQTT over WebSocket is claimed)", v -> List.of(mqtt(v, "MQTT-6.0.0-3"))),
    QOS2_STATE_DROPPED_WHILE_CONNECTED("qos2-state-dropped-while-connected", "discards from its session a QoS 2 reading "
            + "whose PUBREC has not come within 500 ms while the connection stays open, and answers a later PUBREC for it "
            + "with PUBREL 0x92 (Packet Identifier not found) in MQTT 5.0, with nothing in MQTT 3.1.1 (judged when "
            + "readings at QoS 2 are claimed); in 5.0 it takes the discarded reading's place under the Receive Maximum "
            + "as freed and publishes the next reading while its broker still holds that PUBREC, and in 3.1.1 it "
            + "releases the next reading while the PUBREC that came first awaits its PUBREL",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-4.1.0-1"), mqtt(v, "MQTT-3.3.4-7"))
                    : List.of(mqtt(v, "MQTT-4.1.0-2"), mqtt(v, "MQTT-4.6.0-4"))),
    CLEAN_SESSION_RESENDS("clean-session-resends", "asks for a clean start in every CONNECT, yet keeps its unacknowledged "
            + "readings when its connection is lost and sends them again, DUP set, on the next (judged when clean "
            + "sessions are claimed); on the new session the resend is a first transmission with DUP set",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.1.2-4"), mqtt(v, "MQTT-4.3.2-1"), mqtt(v, "MQTT-4.3.2-2"))
                    : List.of(mqtt(v, "MQTT-3.1.2-6"), mqtt(v, "MQTT-4.3.2-1"))),
    SESSION_PRESENT_ACCEPTED("session-present-accepted", "having asked for a clean start, goes on with a connection whose "
            + "CONNACK says Session Present 1, as if it held a session there (judged in MQTT 5.0 when clean sessions are "
            + "claimed); nothing in MQTT 3.1.1, where the broker sends no such CONNACK",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.2.2-4")) : List.of()),
    TOPIC_ALIAS_MAXIMUM_REFUSED("topic-alias-maximum-refused", "in MQTT 5.0 takes from its broker only Topic Aliases below "
            + "the Topic Alias Maximum it announced, and answers a PUBLISH carrying that maximum with DISCONNECT 0x94 (Topic "
            + "Alias invalid) and closes the connection (judged when a command topic is claimed); nothing in MQTT 3.1.1",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.3.2-10")) : List.of()),
    TOPIC_ALIASES_CARRIED_OVER("topic-aliases-carried-over", "in MQTT 5.0 keeps the Topic Alias mappings its broker made on "
            + "one connection for the next, and so takes a PUBLISH carrying such an alias alone on a later connection as a "
            + "command and acknowledges it (judged when a command topic is claimed); nothing in MQTT 3.1.1",
            v -> v == MqttVersion.V5_0 ? List.of(mqtt(v, "MQTT-3.3.2-7")) : List.of()),
    REAUTHENTICATES_WITHOUT_METHOD("reauthenticates-without-method", "in MQTT 5.0, although its CONNECT named no "
            + "Authentication Method, starts a re-authentication (AUTH 0x19) right after the CONNACK of its first connection; "
            + "nothing in MQTT 3.1.1", v -> authentication(v, "MQTT-4.12.0-7")),
    AUTH_FLAGS_SET("auth-flags-set", "in MQTT 5.0 sends every AUTH with fixed-header flags 0001 (judged when enhanced "
            + "authentication is claimed); nothing in MQTT 3.1.1", v -> authentication(v, "MQTT-3.15.1-1", "MQTT-2.1.3-1")),
    AUTH_FLAGS_TAKEN("auth-flags-taken", "in MQTT 5.0 takes an AUTH with fixed-header flags 0001 as well-formed and goes on "
            + "with the authentication, instead of closing the connection (judged when enhanced authentication is claimed); "
            + "nothing in MQTT 3.1.1", v -> authentication(v, "MQTT-3.15.1-1")),
    AUTH_REASON_CODE_UNDEFINED("auth-reason-code-undefined", "in MQTT 5.0 starts its first re-authentication with an AUTH "
            + "of reason code 0x1A, which MQTT does not define, instead of 0x19 (judged when re-authentication is claimed); "
            + "nothing in MQTT 3.1.1", v -> authentication(v, "MQTT-3.15.2-1")),
    AUTH_ANSWERED_WITH_REAUTHENTICATE("auth-answered-with-reauthenticate", "in MQTT 5.0 answers the broker's AUTH 0x18 in "
            + "its first re-authentication with reason code 0x19 instead of 0x18 (judged when re-authentication is claimed); "
            + "nothing in MQTT 3.1.1", v -> authentication(v, "MQTT-4.12.0-3")),
    AUTH_METHOD_CHANGED("auth-method-changed", "in MQTT 5.0 names the Authentication Method SCRAM-SHA-1 in the AUTH "
            + "answering the broker's AUTH 0x18 in its first re-authentication, not the method of its CONNECT (judged when "
            + "re-authentication is claimed); nothing in MQTT 3.1.1", v -> authentication(v, "MQTT-4.12.0-5")),
    REAUTHENTICATION_METHOD_CHANGED("reauthentication-method-changed", "in MQTT 5.0 starts its first re-authentication with "
            + "an AUTH 0x19 naming the Authentication Method SCRAM-SHA-1, not the method of its CONNECT (judged when "
            + "re-authentication is claimed); nothing in MQTT 3.1.1", v -> authentication(v, "MQTT-4.12.1-1", "MQTT-4.12.0-5")),
    FAILED_REAUTHENTICATION_KEPT("failed-reauthentication-kept", "in MQTT 5.0 keeps the connection when the broker ends a "
            + "re-authentication with Success but a signature that does not prove the password (judged when "
            + "re-authentication is claimed); nothing in MQTT 3.1.1", v -> authentication(v, "MQTT-4.12.1-2")),
    AUTH_REASON_STRING_OVERSIZE("auth-reason-string-oversize", "in MQTT 5.0 gives each AUTH it sends on a connection whose "
            + "broker announced a Maximum Packet Size a Reason String that makes it larger than that size, and sends it "
            + "(judged when re-authentication is claimed); nothing in MQTT 3.1.1", v -> oversized(v, "MQTT-3.15.2-2")),
    AUTH_USER_PROPERTY_OVERSIZE("auth-user-property-oversize", "in MQTT 5.0 gives each AUTH it sends on a connection whose "
            + "broker announced a Maximum Packet Size a User Property that makes it larger than that size, and sends it "
            + "(judged when re-authentication is claimed); nothing in MQTT 3.1.1", v -> oversized(v, "MQTT-3.15.2-3")),
    PINGREQ_WHILE_AUTHENTICATING("pingreq-while-authenticating", "in MQTT 5.0 sends a PINGREQ right after its last AUTH of "
            + "the CONNECT's enhanced authentication, before the CONNACK has come (judged when enhanced authentication is "
            + "claimed); nothing in MQTT 3.1.1", v -> authentication(v, "MQTT-3.1.2-30"));


    private final String label;
    private final String description;
    private final Function<MqttVersion, List<String>> violates;

    PatchFault(String label, String description, Function<MqttVersion, List<String>> violates) {
        this.label = label;
        this.description = description;
        this.violates = violates;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    /** The requirements this fault breaks when the patch speaks the given version. */
    public List<String> violates(MqttVersion version) {
        return violates.apply(version);
    }

    /** The rows the fault leaves without a verdict, besides those it breaks, when the patch speaks the given version. */
    public Unjudged leavesUnjudged(MqttVersion v) {
        return switch (this) {
            case WRONG_PROTOCOL_LEVEL, WRONG_PROTOCOL_NAME, RESERVED_FLAG_SET, WRONG_PASSWORD, USER_NAME_BEFORE_CLIENT_ID -> Unjudged.everyRow(
                    "the suite's broker refuses or closes every connection, so the patch delivers nothing else to judge");
            case REAUTHENTICATES_WITHOUT_METHOD -> v == MqttVersion.V5_0 ? Unjudged.rows("the broker closes the patch's "
                    + "first connection at the AUTH, which comes right after its CONNACK, so no reading is seen on a "
                    + "connection without the broker's limits", Set.of(mqtt(v, "MQTT-3.2.2-18"))) : Unjudged.none();
            case QOS2_PACKET_ID_IN_USE -> v == MqttVersion.V5_0 ? Unjudged.rows("a receipt the broker holds back answers "
                    + "two readings under one identifier, so the order of the patch's releases is not seen",
                    Set.of(mqtt(v, "MQTT-4.6.0-4"))) : Unjudged.none();
            case WEBSOCKET_FRAMES_AS_PACKETS -> Unjudged.rows("the patch closes the first connection the broker accepts at "
                    + "its CONNACK, which came in two frames, before it subscribes or publishes there; resuming its session on "
                    + "the next it does not subscribe again, so neither its SUBSCRIBE nor a command is seen, nor (3.1.1) the "
                    + "command that ends its session, nor (5.0) a reading on a connection without the broker's limits, nor "
                    + "the phases that need a reading or a command in flight", v == MqttVersion.V5_0
                    ? union(commandRows(v), Set.of(mqtt(v, "MQTT-3.2.2-18"), mqtt(v, "MQTT-3.2.2-5"), mqtt(v, "MQTT-3.4.2-2"),
                    mqtt(v, "MQTT-3.4.2-3"), mqtt(v, "MQTT-3.8.1-1"), mqtt(v, "MQTT-3.8.3-1"), mqtt(v, "MQTT-3.8.3-2"),
                    mqtt(v, "MQTT-4.7.1-1"), mqtt(v, "MQTT-4.7.1-2")))
                    : union(union(commandRows(v), sessionEndRows(v)), Set.of(mqtt(v, "MQTT-3.8.1-1"), mqtt(v, "MQTT-3.8.3-1"),
                    mqtt(v, "MQTT-3.8.3-3"), mqtt(v, "MQTT-4.7.1-2"), mqtt(v, "MQTT-4.7.1-3"))));
            case WEBSOCKET_TEXT_FRAMES -> Unjudged.everyRow("the suite's broker closes every connection at the text frame "
                    + "that carries its CONNECT, so the patch delivers nothing else to judge");
            case WILL_FIELDS_MISSING, WILL_FIELDS_WITHOUT_WILL_FLAG, USER_NAME_WITHOUT_FLAG, USER_NAME_MISSING,
                    PASSWORD_WITHOUT_FLAG, PASSWORD_MISSING, CLIENT_ID_MISSING, CLIENT_ID_NOT_UTF8, WILL_TOPIC_NOT_UTF8,
                    USER_NAME_NOT_UTF8 -> Unjudged.everyRow("the suite's broker closes every connection on the malformed "
                    + "CONNECT, so the patch delivers nothing else to judge");
            case PASSWORD_WITHOUT_USER_NAME -> Unjudged.rows("every CONNECT carries a password, so none without one is seen",
                    Set.of(mqtt(v, "MQTT-3.1.2-20")));
            case EMPTY_CLIENT_ID_PERSISTENT -> v == MqttVersion.V5_0 ? Unjudged.none() : Unjudged.everyRow(
                    "the suite's broker refuses every connection, so the patch delivers nothing else to judge");
            case PACKET_ID_ZERO, WILDCARD_IN_TOPIC -> Unjudged.rows("the suite's broker closes the connection at each such "
                    + "PUBLISH, so no session resumes with a reading in flight, no acknowledgement is held back under a "
                    + "Receive Maximum, and the commands the broker sent on that connection may be cut off before the "
                    + "patch answers them, the one that ends its session included", union(union(commandRows(v), sessionEndRows(v)),
                    v == MqttVersion.V5_0 ? union(Set.of(mqtt(v, "MQTT-3.3.1-1"), mqtt(v, "MQTT-4.4.0-1"), mqtt(v, "MQTT-3.3.4-8"),
                    mqtt(v, "MQTT-4.3.2-3")), union(receiveMaximumRows(v), redelivery(v))) : redelivery(v)));
            case CLIENT_ID_CHANGES_ON_RECONNECT -> Unjudged.rows("the broker holds no session for the new client "
                    + "identifier, so it resumes none and no redelivery is seen", redelivery(v));
            case CLEAN_SESSION, NO_REDELIVERY -> Unjudged.rows(
                    "the broker resumes no session with a reading in flight, so no redelivery is seen", redelivery(v));
            case QOS_0 -> Unjudged.rows("no reading is published at QoS 1, so no QoS 1 flow or redelivery is seen, and the "
                    + "broker, which drops the connection on a QoS 1 reading, accepts no second connection, where it would "
                    + "announce its limits and hold an acknowledgement", union(union(Set.of(mqtt(v, "MQTT-2.3.1-1"),
                    mqtt(v, "MQTT-4.3.2-1"), mqtt(v, "MQTT-2.3.1-3")), redelivery(v)),
                    v == MqttVersion.V5_0 ? Set.of(mqtt(v, "MQTT-3.2.2-15"), mqtt(v, "MQTT-4.9.0-3")) : Set.of()));
            case COMMAND_NOT_ACKNOWLEDGED -> Unjudged.rows("no command is acknowledged, so the identifier, reason code and "
                    + "order of acknowledgements are not seen, nor, beside a command without an alias that was answered, "
                    + "whether commands by Topic Alias are taken", v == MqttVersion.V5_0
                    ? Set.of(mqtt(v, "MQTT-2.2.1-5"), mqtt(v, "MQTT-3.4.2-1"), mqtt(v, "MQTT-4.6.0-2"), mqtt(v, "MQTT-4.3.2-5"),
                    mqtt(v, "MQTT-3.3.2-10"), mqtt(v, "MQTT-3.4.2-2"), mqtt(v, "MQTT-3.4.2-3"))
                    : Set.of(mqtt(v, "MQTT-2.3.1-6"), mqtt(v, "MQTT-4.6.0-2")));
            case COMMAND_RELEASE_NOT_COMPLETED -> v == MqttVersion.V5_0 ? Unjudged.rows("no PUBREL is answered with "
                    + "PUBCOMP, so the identifier and reason code of a PUBCOMP are not seen",
                    Set.of(mqtt(v, "MQTT-2.2.1-5"), mqtt(v, "MQTT-3.7.2-1"), mqtt(v, "MQTT-4.3.3-12"), mqtt(v, "MQTT-3.7.2-2"),
                    mqtt(v, "MQTT-3.7.2-3"))) : Unjudged.none();
            case COMMAND_ACK_WRONG_ID -> Unjudged.rows("no command is acknowledged under its own packet identifier, so the "
                    + "order of acknowledgements is not seen, no identifier is freed for the broker to send again, and "
                    + "commands by Topic Alias go unanswered beside no answered command without one",
                    v == MqttVersion.V5_0 ? Set.of(mqtt(v, "MQTT-4.6.0-2"), mqtt(v, "MQTT-4.3.2-5"), mqtt(v, "MQTT-3.3.2-10"))
                            : Set.of(mqtt(v, "MQTT-4.6.0-2")));
            case COMMAND_COMPLETION_WRONG_ID -> v == MqttVersion.V5_0 ? Unjudged.rows("no command is completed under its "
                    + "own packet identifier, so no identifier is freed for the broker to send again",
                    Set.of(mqtt(v, "MQTT-4.3.3-12"))) : Unjudged.none();
            case SUBSCRIBE_FLAGS_WRONG -> Unjudged.rows("the suite's broker closes the connection on the malformed SUBSCRIBE, "
                    + "so no command reaches the patch, nor the one that ends its session", union(commandRows(v), sessionEndRows(v)));
            case FILTER_HASH_NOT_LAST, FILTER_PLUS_IN_LEVEL, EMPTY_FILTER, SUBSCRIBE_WITHOUT_FILTERS -> Unjudged.rows(
                    "the suite's broker grants no subscription to the command topic, so no command reaches the patch, nor "
                    + "the one that ends its session", union(commandRows(v), sessionEndRows(v)));
            case UNSUBSCRIBE_FLAGS_WRONG, UNSUBSCRIBE_WITHOUT_FILTERS -> Unjudged.rows("the suite's broker closes the "
                    + "connection on the malformed UNSUBSCRIBE, so the patch never gets to its DISCONNECT", disconnectRows(v));
            case UNSUBSCRIBE_WITHOUT_PROPERTY_LENGTH -> v == MqttVersion.V5_0 ? Unjudged.rows("the suite's broker cannot "
                    + "read the UNSUBSCRIBE and closes the connection on it, so neither its flags nor its filters are judged "
                    + "and the patch never gets to its DISCONNECT", sessionEndRows(v)) : Unjudged.none();
            case UNSUBSCRIBE_FILTER_ILL_FORMED_UTF8 -> Unjudged.rows("the suite's broker cannot read the UNSUBSCRIBE and "
                    + "closes the connection on it, so neither its flags nor its filters are judged and the patch never "
                    + "gets to its DISCONNECT", union(disconnectRows(v), Set.of(mqtt(v, "MQTT-3.10.1-1"), mqtt(v, "MQTT-3.10.3-2"))));
            case TOPIC_ILL_FORMED_UTF8, FILTER_ILL_FORMED_UTF8, FILTER_NULL_CHARACTER, READING_QOS_THREE, CONTENT_TYPE_ILL_FORMED_UTF8,
                    RESPONSE_TOPIC_ILL_FORMED_UTF8, USER_PROPERTY_ILL_FORMED_UTF8 -> Unjudged.rows("the suite's broker "
                    + "closes the connection on the malformed packet and forgets the patch's session, early on a connection "
                    + "(in 5.0 the one without a Topic Alias Maximum) or where a reading awaits redelivery, and a reading may "
                    + "be lost, so the gaps between readings, the redelivery and the Receive Maximum may go unseen",
                    malformedPacketBlinds(v));
            case PACKET_ID_AT_QOS_0 -> Unjudged.rows("a receiver reads the packet identifier as the start of each payload, "
                    + "so no reading decodes as SenML JSON and nothing in one is judged, nor a Content Type in it", union(Set.of(Sets.SENML + "RFC8428-12.1",
                    Sets.SENML + "RFC8428-4.2", Sets.SENML + "RFC8428-4.4", Sets.SENML + "RFC8428-4.5.1",
                    Sets.SENML + "RFC8428-5-number-length", Sets.GS1 + "GS1-7.9.1", Sets.PATCH + "TP-CLOCK",
                    Sets.PATCH + "TP-IDENTITY", Sets.PATCH + "TP-RANGE", Sets.PATCH + "TP-UNIT"), v == MqttVersion.V5_0 ? Set.of(mqtt(v, "MQTT-3.3.2-19")) : Set.of()));
            case WILL_MISSING -> Unjudged.rows("no CONNECT carries a will, so neither the Will QoS nor the fields of a will, "
                    + "their encoding or their place among the payload's fields is seen", v == MqttVersion.V5_0
                    ? Set.of(mqtt(v, "MQTT-3.1.2-12"), mqtt(v, "MQTT-3.1.2-9"), mqtt(v, "MQTT-3.1.3-1"), mqtt(v, "MQTT-3.1.3-11"))
                    : Set.of(mqtt(v, "MQTT-3.1.2-14"), mqtt(v, "MQTT-3.1.2-9"), mqtt(v, "MQTT-3.1.3-1"), mqtt(v, "MQTT-3.1.3-10")));
            case VALUE_AS_STRING -> Unjudged.rows("no reading has a numeric temperature to judge",
                    Set.of(Sets.PATCH + "TP-RANGE"));
            case NO_PING_AT_ZERO_QUOTA, SERVER_KEEP_ALIVE_IGNORED, NO_KEEPALIVE -> v == MqttVersion.V5_0
                    ? Unjudged.rows(SILENCE_CLOSED + "; such a close may also come before the drop the resend-order phase "
                    + "plans, so that no two readings are owed to one resumption", union(receiveMaximumRows(v),
                    Set.of(Sets.PATCH + "TP-INTERVAL", mqtt(v, "MQTT-4.9.0-3"), mqtt(v, "MQTT-3.2.2-5"), mqtt(v, "MQTT-4.6.0-1"))))
                    : Unjudged.rows("the suite's broker closes each connection that keeps silent for one and a half Keep "
                    + "Alives, which may come before the drop the resend-order phase plans, so no two readings may be owed "
                    + "to one resumption", Set.of(mqtt(v, "MQTT-4.6.0-1"), mqtt(v, "MQTT-2.3.1-2")));
            case PUBREL_WRONG_ID -> v == MqttVersion.V3_1_1 ? Unjudged.rows("no release is completed, so the patch "
                    + "never has two PUBRECs to answer in the phase that reverses them, and a PUBREC that came late is "
                    + "answered under another packet identifier, which does not show whether the patch still held the "
                    + "reading", Set.of(mqtt(v, "MQTT-4.6.0-4"), mqtt(v, "MQTT-4.1.0-2")))
                    : Unjudged.rows("no release is completed, so the patch never has two PUBRECs to answer in the phase "
                    + "that reverses them, and a PUBREC that came late is answered under another packet identifier, which "
                    + "does not show whether the patch still held the reading", Set.of(mqtt(v, "MQTT-4.6.0-4"),
                    mqtt(v, "MQTT-4.1.0-1")));
            case IGNORES_MALFORMED_PACKETS, WEBSOCKET_TEXT_FRAMES_TAKEN -> Unjudged.rows("the patch holds each connection the "
                    + "broker probed until the broker closes it, two seconds later, which the probes' phase may run out of "
                    + "time for; the resend-order phase after it may then find no two readings owed to one resumption",
                    v == MqttVersion.V5_0 ? Set.of(mqtt(v, "MQTT-4.6.0-1")) : Set.of(mqtt(v, "MQTT-4.6.0-1"), mqtt(v, "MQTT-2.3.1-2")));
            case QOS2_DUP_ON_FIRST_SEND -> v == MqttVersion.V5_0 ? Unjudged.rows("every first transmission carries DUP, so "
                    + "none tells itself from a resend and no new reading is seen sent beside one in flight",
                    Set.of(mqtt(v, "MQTT-4.3.3-1"))) : Unjudged.none();
            case PACKET_ID_IN_USE -> v == MqttVersion.V3_1_1 ? Unjudged.rows("the patch keeps one unacknowledged reading "
                    + "per packet identifier, so the one a new reading's identifier replaced is never sent again and no order "
                    + "of two resends is seen", Set.of(mqtt(v, "MQTT-4.6.0-1"))) : Unjudged.none();
            case DUP_ON_FIRST_SEND -> v == MqttVersion.V3_1_1 ? Unjudged.rows("every first transmission carries DUP, so "
                    + "on a resumed session none can be told from a resend of a message the suite never received", Set.of(
                    mqtt(v, "MQTT-2.3.1-2"))) : Unjudged.none();
            default -> Unjudged.none();
        };
    }

    /** The rows a connection closed early for a malformed packet, with the patch's session, may leave unseen. */
    private static Set<String> malformedPacketBlinds(MqttVersion v) {
        Set<String> rows = new HashSet<>(redelivery(v));
        rows.add(Sets.PATCH + "TP-INTERVAL");
        if (v == MqttVersion.V5_0) {
            rows.add(mqtt(v, "MQTT-3.2.2-18"));
            rows.addAll(receiveMaximumRows(v));
            rows.add(mqtt(v, "MQTT-4.9.0-3"));
            rows.add(mqtt(v, "MQTT-3.3.4-8"));
        }
        return Set.copyOf(rows);
    }

    /** Why a fault that keeps the patch silent leaves the rows of the Receive Maximum's hold unjudged. */
    private static final String SILENCE_CLOSED = "the suite's broker closes each connection that keeps silent for one and "
            + "a half Keep Alives, before the acknowledgement it holds under its Receive Maximum is due, and the gaps "
            + "between readings across those reconnections are not judged, which may leave none to judge";

    /**
     * The rows judged on the patch's answers to the broker's commands; in 5.0 with those judged on commands sent by Topic
     * Alias, and on the alias of such a command used again on a later connection.
     */
    private static Set<String> commandRows(MqttVersion v) {
        return v == MqttVersion.V5_0 ? Set.of(mqtt(v, "MQTT-2.2.1-5"), mqtt(v, "MQTT-4.5.0-2"), mqtt(v, "MQTT-3.3.4-1"),
                mqtt(v, "MQTT-3.4.2-1"), mqtt(v, "MQTT-4.6.0-2"), mqtt(v, "MQTT-4.3.2-4"), mqtt(v, "MQTT-4.3.2-5"),
                mqtt(v, "MQTT-4.9.0-3"), mqtt(v, "MQTT-3.3.2-10"), mqtt(v, "MQTT-3.3.2-7"), mqtt(v, "MQTT-3.4.2-2"),
                mqtt(v, "MQTT-3.4.2-3"))
                : Set.of(mqtt(v, "MQTT-2.3.1-6"), mqtt(v, "MQTT-3.3.4-1"), mqtt(v, "MQTT-4.6.0-2"), mqtt(v, "MQTT-4.5.0-2"),
                        mqtt(v, "MQTT-4.3.2-2"));
    }

    /** The rows judged on the DISCONNECT with which the patch ends its session, and what follows it. */
    private static Set<String> disconnectRows(MqttVersion v) {
        return v == MqttVersion.V5_0 ? Set.of(mqtt(v, "MQTT-3.14.4-1"), mqtt(v, "MQTT-3.14.4-2"), mqtt(v, "MQTT-3.14.2-1"),
                mqtt(v, "MQTT-3.14.2-3"), mqtt(v, "MQTT-3.14.2-4"))
                : Set.of(mqtt(v, "MQTT-3.14.4-1"), mqtt(v, "MQTT-3.14.4-2"));
    }

    /** The rows judged when the patch ends its session on the broker's command: its UNSUBSCRIBE and its DISCONNECT. */
    private static Set<String> sessionEndRows(MqttVersion v) {
        return union(disconnectRows(v), Set.of(mqtt(v, "MQTT-3.10.1-1"), mqtt(v, "MQTT-3.10.3-1"), mqtt(v, "MQTT-3.10.3-2")));
    }

    /** The rows judged where the patch had as many readings unacknowledged as its broker's Receive Maximum allows. */
    private static Set<String> receiveMaximumRows(MqttVersion v) {
        return Set.of(mqtt(v, "MQTT-3.3.4-7"), mqtt(v, "MQTT-4.9.0-1"), mqtt(v, "MQTT-4.9.0-2"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }

    /**
     * The rows judged on a reading resent when the broker resumes the patch's session, and on the client identifier
     * it resumes it under.
     */
    private static Set<String> redelivery(MqttVersion v) {
        return v == MqttVersion.V5_0 ? Set.of(mqtt(v, "MQTT-3.3.1-1"), mqtt(v, "MQTT-4.4.0-1"), mqtt(v, "MQTT-3.1.2-23"),
                mqtt(v, "MQTT-3.1.3-2"), mqtt(v, "MQTT-3.2.2-5"), mqtt(v, "MQTT-4.3.2-3"), mqtt(v, "MQTT-4.4.0-2"),
                mqtt(v, "MQTT-4.6.0-1"))
                : Set.of(mqtt(v, "MQTT-2.3.1-3"), mqtt(v, "MQTT-3.3.1-1"), mqtt(v, "MQTT-4.4.0-1"), mqtt(v, "MQTT-3.1.2-4"),
                        mqtt(v, "MQTT-4.1.0-1"), mqtt(v, "MQTT-3.1.3-2"), mqtt(v, "MQTT-4.6.0-1"), mqtt(v, "MQTT-2.3.1-2"));
    }


    /** Catalogue sets the faults cite; a holder, because enum constants cannot reach the enum's own statics. */
    private static final class Sets {
        static final String SENML = "rfc8428-senml:";
        static final String PATCH = "iomt-temperature-patch:";
        static final String GS1 = "gs1-genspecs:";
        static final String SECURITY = "iomt-mqtt-security:";
        static final String CLIENT = "iomt-mqtt-client:";
    }

    /** The general rule that every string a packet carries is well-formed UTF-8, which an ill-formed field breaks too. */
    private static String utf8(MqttVersion v) {
        return mqtt(v, v == MqttVersion.V5_0 ? "MQTT-1.5.4-1" : "MQTT-1.5.3-1");
    }

    /**
     * MQTT 5.0: the rows an optional property breaks that makes a packet larger than the broker's Maximum Packet Size,
     * the general rule on the packet's size among them; in MQTT 3.1.1, which has no properties, none.
     */
    private static List<String> oversized(MqttVersion v, String... rows) {
        if (v != MqttVersion.V5_0) {
            return List.of();
        }
        List<String> broken = new java.util.ArrayList<>(List.of(mqtt(v, "MQTT-3.2.2-15")));
        for (String row : rows) {
            broken.add(mqtt(v, row));
        }
        return List.copyOf(broken);
    }

    /** MQTT 5.0: the enhanced-authentication rows a fault breaks; MQTT 3.1.1 has no AUTH, so none. */
    private static List<String> authentication(MqttVersion v, String... rows) {
        return v == MqttVersion.V5_0 ? java.util.Arrays.stream(rows).map(r -> mqtt(v, r)).toList() : List.of();
    }

    private static String mqtt(MqttVersion v, String id) {
        return "mqtt-" + v.label() + ":" + id;
    }
}
