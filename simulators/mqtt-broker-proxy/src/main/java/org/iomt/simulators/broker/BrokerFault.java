package org.iomt.simulators.broker;

import org.iomt.simulators.Fault;
import org.iomt.simulators.Unjudged;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.List;
import java.util.Set;

/**
 * The broker-role fault catalogue of {@link FaultyBrokerProxy}: each fault makes a conformant broker behind the proxy
 * look as if it broke the requirements it names (as {@code mqtt-<version>:<id>}, with the statement ids of that
 * version), and nothing else that the broker-role scenarios judge. An empty list means the fault breaks nothing in
 * that version (it acts on 5.0-only fields, say).
 */
public enum BrokerFault implements Fault {

    TLS_CERTIFICATE_WRONG_NAME("tls-certificate-wrong-name",
            "the TLS listener's certificate is issued for another host name (applied in the broker's configuration)",
            List.of(TlsRows.IDENTITY), List.of(TlsRows.IDENTITY)),
    TLS_ANONYMOUS_ALLOWED("tls-anonymous-allowed",
            "the TLS listener admits clients without user name and password (applied in the broker's configuration)",
            List.of(TlsRows.CREDENTIALS), List.of(TlsRows.CREDENTIALS)),
    CLIENT_CERTIFICATE_NOT_REQUIRED("client-certificate-not-required",
            "the mutual-TLS listener accepts clients without a certificate (applied in the broker's configuration)",
            List.of(TlsRows.CLIENT_CERTIFICATE), List.of(TlsRows.CLIENT_CERTIFICATE)),
    TOPIC_ALIAS_FORCED("topic-alias-forced",
            "adds Topic Alias 1 to every MQTT 5.0 PUBLISH the broker delivers, whatever Topic Alias Maximum the client announced",
            List.of(), List.of("MQTT-3.1.2-27")),
    DOLLAR_TOPICS_MATCHED("dollar-topics-matched",
            "also forwards a client's PUBLISH to a topic beginning with $ without the $ (at QoS 0), so that subscriptions "
                    + "starting with a wildcard receive it",
            List.of("MQTT-4.7.2-1"), List.of("MQTT-4.7.2-1")),
    SUBACK_CODES_REVERSED("suback-codes-reversed",
            "reverses the order of the codes in every SUBACK, so that they no longer follow the SUBSCRIBE's filters",
            List.of("MQTT-3.9.3-1"), List.of("MQTT-3.9.3-1", "MQTT-3.8.4-7")),
    REDELIVERY_WITHOUT_DUP("redelivery-without-dup",
            "clears DUP on every PUBLISH the broker sends, so that a message sent again looks new",
            List.of("MQTT-3.3.1-1"), List.of("MQTT-3.3.1-1")),
    RETAINED_NOT_STORED("retained-not-stored",
            "clears RETAIN on a client's PUBLISH with a non-empty payload, so the broker never stores it",
            List.of("MQTT-3.3.1-5", "MQTT-3.3.1-6", "MQTT-3.1.2-7"), List.of("MQTT-3.3.1-5", "MQTT-3.3.1-9")),
    RETAINED_NOT_CLEARED("retained-not-cleared",
            "does not forward a client's retained PUBLISH with an empty payload (acknowledging it itself), "
                    + "so the old retained message survives",
            List.of("MQTT-3.3.1-10"), List.of("MQTT-3.3.1-6")),
    RETAIN_FLAG_ON_LIVE_DELIVERY("retain-flag-on-live-delivery",
            "sets RETAIN on every PUBLISH the broker delivers, live ones included",
            List.of("MQTT-3.3.1-9"), List.of("MQTT-3.3.1-12")),
    QOS2_ANSWERED_WITH_PUBACK("qos2-answered-with-puback",
            "answers a client's QoS 2 PUBLISH with PUBACK instead of PUBREC, finishing the QoS 2 flow with the broker itself",
            List.of("MQTT-4.3.3-2"), List.of("MQTT-4.3.3-8", "MQTT-3.3.4-1")),
    PUBCOMP_WITHHELD("pubcomp-withheld",
            "never passes a PUBCOMP from the broker on to the client",
            List.of("MQTT-4.3.3-2"), List.of("MQTT-4.3.3-11", "MQTT-4.3.3-13")),
    /** The CONNACK a client without identifier must get (with an Assigned Client Identifier) never comes either. */
    CONNACK_WITHHELD_V5("connack-withheld-v5",
            "never passes CONNACK on to an MQTT 5.0 client (3.1.1 connections are untouched)",
            List.of(), List.of("MQTT-3.1.4-5", "MQTT-3.2.2-16", "MQTT-3.1.3-7", "MQTT-3.1.3-5")),
    WILDCARD_PUBLISH_ACCEPTED("wildcard-publish-accepted",
            "does not forward a PUBLISH whose topic name holds '+' or '#' and keeps the connection open, acknowledging it itself",
            List.of("MQTT-3.3.2-2"), List.of("MQTT-3.3.2-2")),
    SECOND_CONNECT_ACCEPTED("second-connect-accepted",
            "does not forward a second CONNECT on a connection and keeps the connection open",
            List.of("MQTT-3.1.0-2"), List.of("MQTT-3.1.0-2")),
    /**
     * Swallows what the broker must refuse: one requirement per kind of input that a malformed-input scenario sends
     * (reserved CONNECT flag, a first packet other than CONNECT, SUBSCRIBE flags, QoS 3, a surrogate and U+0000 in a
     * topic name, an empty SUBSCRIBE, a five-byte remaining length, U+0000 in a topic filter), and the robustness
     * sweep's header-flag cases.
     */
    LENIENT_PARSER("lenient-parser",
            "swallows client input the broker must reject (bad header flags, QoS 3, DUP at QoS 0, a remaining length over "
                    + "4 bytes, bad UTF-8 or U+0000, CONNECT's reserved flag, an empty or reserved-bit SUBSCRIBE, a first "
                    + "packet other than CONNECT) instead of forwarding it, keeping the connection open",
            List.of("MQTT-3.8.1-1", "MQTT-3.1.2-3", "MQTT-3.3.1-4", "MQTT-1.5.3-1", "MQTT-1.5.3-2", "MQTT-4.8.0-1",
                    "MQTT-2.2.2-2", "MQTT-4.7.3-2", "MQTT-3.8.3-4", "MQTT-3.14.1-1", "MQTT-3.1.4-1", "MQTT-3.10.1-1"),
            List.of("MQTT-3.8.1-1", "MQTT-3.1.2-3", "MQTT-3.3.1-4", "MQTT-1.5.4-1", "MQTT-1.5.4-2", "MQTT-4.13.1-1",
                    "MQTT-4.7.3-2", "MQTT-3.14.1-1", "MQTT-3.8.3-5", "MQTT-3.10.1-1", "MQTT-1.5.7-1", "MQTT-3.3.2-13",
                    "MQTT-3.3.2-19")),
    WILL_LOST("will-lost",
            "removes the will from CONNECT (flag, QoS, retain, will properties, topic and payload)",
            List.of("MQTT-3.1.2-8"), List.of("MQTT-3.1.2-8")),
    WILL_RETAIN_DROPPED("will-retain-dropped",
            "clears Will Retain in CONNECT",
            List.of("MQTT-3.1.2-17"), List.of("MQTT-3.1.2-15")),
    WILL_RETAIN_FORCED("will-retain-forced",
            "sets Will Retain in a CONNECT that has a will",
            List.of("MQTT-3.1.2-16"), List.of("MQTT-3.1.2-14")),
    WILL_SENT_AFTER_DISCONNECT("will-sent-after-disconnect",
            "does not forward a client's DISCONNECT but resets the broker connection, so the broker publishes the will",
            List.of("MQTT-3.14.4-3", "MQTT-3.1.2-10"), List.of("MQTT-3.14.4-3", "MQTT-3.1.2-10")),
    SESSION_PRESENT_CLEARED("session-present-cleared",
            "clears Session Present in every CONNACK",
            List.of("MQTT-3.2.2-2"), List.of("MQTT-3.2.2-3")),
    /** A 3.1.1 client without identifier asking to keep its session reaches the broker asking for a clean one: accepted. */
    SESSIONS_NOT_KEPT("sessions-not-kept",
            "forces a clean session on every CONNECT (Clean Session/Clean Start set, Session Expiry Interval removed)",
            List.of("MQTT-3.1.2-5", "MQTT-3.2.2-2", "MQTT-3.1.3-8", "MQTT-4.4.0-1", "MQTT-3.10.4-3", "MQTT-3.1.2-4",
                    "MQTT-3.1.3-9", "MQTT-3.1.4-3"),
            List.of("MQTT-3.2.2-3", "MQTT-3.1.2-23", "MQTT-4.4.0-1", "MQTT-3.10.4-3", "MQTT-3.1.2-5", "MQTT-3.1.4-4",
                    "MQTT-4.3.2-3")),
    OVERLAP_DUPLICATES("overlap-duplicates",
            "sends a PUBLISH that matches two or more of the client's subscriptions twice more (DUP set at QoS 1 and 2), "
                    + "swallowing the client's extra acknowledgements",
            List.of("MQTT-3.3.5-1"), List.of("MQTT-3.3.4-2")),
    UNSUBACK_WITHHELD("unsuback-withheld",
            "never passes UNSUBACK on to the client",
            List.of("MQTT-3.10.4-4", "MQTT-3.10.4-5", "MQTT-3.10.4-6"),
            List.of("MQTT-3.10.4-4", "MQTT-3.10.4-5", "MQTT-3.10.4-6")),
    PINGRESP_WITHHELD("pingresp-withheld",
            "never passes PINGRESP on to the client",
            List.of("MQTT-3.12.4-1"), List.of("MQTT-3.12.4-1", "MQTT-4.9.0-3", "MQTT-3.3.4-10")),
    KEEP_ALIVE_NOT_ENFORCED("keep-alive-not-enforced",
            "sends PINGREQ to the broker for a client that has been silent for half its Keep Alive, so the broker never closes it",
            List.of("MQTT-3.1.2-24"), List.of("MQTT-3.1.2-22", "MQTT-3.2.2-22")),
    SESSION_PRESENT_SET("session-present-set",
            "sets Session Present in every successful CONNACK",
            List.of("MQTT-3.2.2-1", "MQTT-3.2.2-3"), List.of("MQTT-3.2.2-2", "MQTT-4.1.0-2", "MQTT-3.2.2-3")),
    SESSIONS_ALWAYS_KEPT("sessions-always-kept",
            "makes every CONNECT ask to keep its session (Clean Session/Clean Start cleared; in MQTT 5.0 a Session "
                    + "Expiry Interval of 300 s unless one is given)",
            List.of("MQTT-3.1.2-6", "MQTT-3.1.4-3"), List.of("MQTT-3.1.2-4", "MQTT-3.1.2-6", "MQTT-3.1.4-4")),
    TAKEOVER_IGNORED("takeover-ignored",
            "forwards a CONNECT whose client identifier is in use on another connection through the proxy under a "
                    + "changed identifier, so the first connection is never taken over",
            List.of("MQTT-3.1.4-2"), List.of("MQTT-3.1.4-3")),
    ZERO_LENGTH_CLIENT_ID_MISHANDLED("zero-length-client-id-mishandled",
            "MQTT 3.1.1: gives a CONNECT without client identifier that asks to keep its session an identifier, so the "
                    + "broker accepts it; MQTT 5.0: removes the Assigned Client Identifier from CONNACK",
            List.of("MQTT-3.1.3-8", "MQTT-3.1.3-9"), List.of("MQTT-3.2.2-16", "MQTT-3.1.3-7")),
    /** The 3.1.1 refusal of an anonymous client asking to keep its session must also close the connection. */
    REFUSED_CONNECTION_KEPT_OPEN("refused-connection-kept-open",
            "keeps the client's side open after the broker refused the CONNECT and closed, dropping what the client sends",
            List.of("MQTT-3.2.2-5", "MQTT-3.1.3-8", "MQTT-3.1.2-2", "MQTT-3.1.3-9"),
            List.of("MQTT-3.2.2-7", "MQTT-3.1.2-2", "MQTT-4.12.0-1", "MQTT-3.1.4-2", "MQTT-4.13.2-1")),
    REFUSAL_WITH_SESSION_PRESENT("refusal-with-session-present",
            "sets Session Present in every CONNACK that refuses the connection",
            List.of("MQTT-3.2.2-4"), List.of("MQTT-3.2.2-6")),
    /** The refusing CONNACK (0x02) a 3.1.1 client without identifier asking to keep its session must get never comes. */
    CONNACK_WITHHELD_V3("connack-withheld-v3",
            "never passes CONNACK on to an MQTT 3.1.1 client (5.0 connections are untouched)",
            List.of("MQTT-3.1.4-4", "MQTT-3.1.3-8", "MQTT-3.1.2-2", "MQTT-3.1.3-5", "MQTT-3.1.3-9"), List.of()),
    PUBACK_WITHHELD("puback-withheld",
            "never passes a PUBACK from the broker on to the client",
            List.of("MQTT-3.3.4-1"), List.of("MQTT-4.3.2-4", "MQTT-3.3.4-1")),
    QOS_UPGRADED("qos-upgraded",
            "delivers the broker's QoS 0 PUBLISHes at QoS 1 with a packet identifier of the proxy's, swallowing the "
                    + "client's PUBACK for them",
            List.of("MQTT-3.8.4-6"), List.of("MQTT-3.8.4-8", "MQTT-4.8.2-3")),
    RETAIN_FLAG_FORCED("retain-flag-forced",
            "sets RETAIN on every client PUBLISH with a non-empty payload, so the broker stores it",
            List.of("MQTT-3.3.1-12"), List.of("MQTT-3.3.1-8")),
    RETAIN_FLAG_DROPPED("retain-flag-dropped",
            "clears RETAIN on every PUBLISH the broker delivers, retained messages sent for a new subscription included",
            List.of("MQTT-3.3.1-8"), List.of("MQTT-3.3.1-9")),
    PLUS_MATCHES_MULTIPLE_LEVELS("plus-matches-multiple-levels",
            "forwards a topic filter with a '+' level with '#' in place of that level and every level after it "
                    + "(SUBSCRIBE and UNSUBSCRIBE alike)",
            List.of("MQTT-3.3.2-3"), List.of("MQTT-3.3.2-3")),
    UNSUBSCRIBE_IGNORED("unsubscribe-ignored",
            "does not forward a well-formed UNSUBSCRIBE and answers it with an UNSUBACK of its own, so the subscription stays",
            List.of("MQTT-3.10.4-2", "MQTT-3.10.4-6"), List.of("MQTT-3.10.4-2", "MQTT-3.10.4-6")),
    USER_PROPERTIES_DROPPED("user-properties-dropped",
            "removes User Property from every PUBLISH the broker delivers (MQTT 5.0)",
            List.of(), List.of("MQTT-3.3.2-17")),
    USER_PROPERTIES_REORDERED("user-properties-reordered",
            "reverses the order of the User Properties of every PUBLISH the broker delivers (MQTT 5.0)",
            List.of(), List.of("MQTT-3.3.2-18", "MQTT-3.1.3-10")),
    MESSAGE_EXPIRY_IGNORED("message-expiry-ignored",
            "removes Message Expiry Interval from a client's PUBLISH, so the broker keeps the message for good, and puts "
                    + "the interval the client gave, less the time since, back on its deliveries (MQTT 5.0)",
            List.of(), List.of("MQTT-3.3.2-5")),
    MESSAGE_EXPIRY_NOT_DECREMENTED("message-expiry-not-decremented",
            "sets the Message Expiry Interval of a delivered PUBLISH back to the value its publisher gave (MQTT 5.0)",
            List.of(), List.of("MQTT-3.3.2-6")),
    PAYLOAD_FORMAT_DROPPED("payload-format-dropped",
            "removes Payload Format Indicator from every PUBLISH the broker delivers (MQTT 5.0)",
            List.of(), List.of("MQTT-3.3.2-4")),
    CONTENT_TYPE_DROPPED("content-type-dropped",
            "removes Content Type from every PUBLISH the broker delivers (MQTT 5.0)",
            List.of(), List.of("MQTT-3.3.2-20")),
    RESPONSE_TOPIC_DROPPED("response-topic-dropped",
            "removes Response Topic from every PUBLISH the broker delivers (MQTT 5.0)",
            List.of(), List.of("MQTT-3.3.2-15")),
    CORRELATION_DATA_DROPPED("correlation-data-dropped",
            "removes Correlation Data from every PUBLISH the broker delivers (MQTT 5.0)",
            List.of(), List.of("MQTT-3.3.2-16")),
    RECEIVE_MAXIMUM_IGNORED("receive-maximum-ignored",
            "removes Receive Maximum from CONNECT (MQTT 5.0), so the broker sends beyond the client's limit",
            List.of(), List.of("MQTT-3.3.4-9", "MQTT-4.9.0-1", "MQTT-4.9.0-2")),
    SUBSCRIPTION_IDENTIFIER_DROPPED("subscription-identifier-dropped",
            "removes Subscription Identifier from every PUBLISH the broker delivers (MQTT 5.0)",
            List.of(), List.of("MQTT-3.3.4-3", "MQTT-3.3.4-5")),
    NO_LOCAL_IGNORED("no-local-ignored",
            "clears No Local in the subscription options of an MQTT 5.0 SUBSCRIBE",
            List.of(), List.of("MQTT-3.8.3-3")),
    RETAIN_AS_PUBLISHED_IGNORED("retain-as-published-ignored",
            "clears Retain As Published in the subscription options of an MQTT 5.0 SUBSCRIBE",
            List.of(), List.of("MQTT-3.3.1-13")),
    RETAIN_HANDLING_IGNORED("retain-handling-ignored",
            "sets Retain Handling to 0 (send retained messages) in the subscription options of an MQTT 5.0 SUBSCRIBE",
            List.of(), List.of("MQTT-3.3.1-11", "MQTT-3.3.1-10")),
    SESSION_EXPIRY_EXTENDED("session-expiry-extended",
            "adds an hour to a non-zero Session Expiry Interval in CONNECT and DISCONNECT (MQTT 5.0), so a session "
                    + "outlives the interval its client asked for",
            List.of(), List.of("MQTT-4.1.0-2")),
    TOPIC_ALIAS_DROPPED("topic-alias-dropped",
            "removes Topic Alias from a client's PUBLISH (MQTT 5.0), so a PUBLISH that names its topic only by alias "
                    + "reaches the broker without a topic",
            List.of(), List.of("MQTT-3.3.2-12")),
    MAXIMUM_PACKET_SIZE_IGNORED("maximum-packet-size-ignored",
            "removes Maximum Packet Size from CONNECT (MQTT 5.0), so the broker sends packets of any size",
            List.of(), List.of("MQTT-3.1.2-24")),
    WILL_DELAY_IGNORED("will-delay-ignored",
            "removes Will Delay Interval from the will properties of CONNECT (MQTT 5.0), so the broker publishes the "
                    + "will as soon as the connection is lost",
            List.of(), List.of("MQTT-3.1.3-9")),
    SHARED_QOS_RAISED("shared-qos-raised",
            "subscribes an MQTT 5.0 client's $share/ filter at QoS 1 where it asked for QoS 0 and tells the client it was "
                    + "granted QoS 0, so the member receives messages above its granted QoS",
            List.of(), List.of("MQTT-4.8.2-3")),
    PROTOCOL_NAME_IGNORED("protocol-name-ignored",
            "hands the broker a CONNECT that names another protocol as one naming MQTT, so the broker carries on with it",
            List.of("MQTT-3.1.2-1"), List.of("MQTT-3.1.4-1")),
    UNKNOWN_LEVEL_CLOSED_SILENTLY("unknown-level-closed-silently",
            "drops the broker's CONNACK to a CONNECT of a protocol level no MQTT version has, so the client's connection "
                    + "closes without return code 0x01 (MQTT 5.0 allows that; 3.1.1 does not)",
            List.of("MQTT-3.1.2-2"), List.of()),
    /** A broker that admits MQTT 3.1.1 clients only and hangs up on every 5.0 one without a CONNACK. */
    V5_CONNECT_CLOSED("v5-connect-closed",
            "closes every connection whose CONNECT has protocol level 5 without forwarding it, so no MQTT 5.0 client "
                    + "gets a CONNACK (3.1.1 connections are untouched)",
            List.of(), List.of("MQTT-3.1.4-5", "MQTT-3.2.2-16", "MQTT-3.1.3-7", "MQTT-3.1.3-5")),
    /** Also takes away the controls beside which a refusal of wrong or missing credentials is judged. */
    CREDENTIALS_NEVER_ACCEPTED("credentials-never-accepted",
            "the password and TLS listeners refuse every client, the right user name and password included (applied in "
                    + "the broker's configuration)",
            List.of(TlsRows.ADMITTED), List.of(TlsRows.ADMITTED)),
    /** Seen only where the broker refuses clients' $ publishes, so that the rule is judged on its own $SYS topics. */
    WILDCARD_MATCHES_SYS_TOPICS("wildcard-matches-sys-topics",
            "a subscription to \"#\" also receives the broker's own $SYS topics (the proxy adds \"$SYS/#\" to the SUBSCRIBE "
                    + "and hides its SUBACK code)",
            List.of("MQTT-4.7.2-1"), List.of("MQTT-4.7.2-1")),
    RESPONSE_INFORMATION_UNASKED("response-information-unasked",
            "adds Response Information to the CONNACK of an MQTT 5.0 client whose CONNECT set Request Response Information "
                    + "to 0",
            List.of(), List.of("MQTT-3.1.2-28")),
    PROBLEM_INFORMATION_UNASKED("problem-information-unasked",
            "adds a Reason String to every SUBACK, UNSUBACK, PUBACK, PUBREC, PUBREL and PUBCOMP sent to an MQTT 5.0 client "
                    + "whose CONNECT set Request Problem Information to 0",
            List.of(), List.of("MQTT-3.1.2-29")),
    /** The sweep's 5.0 cases of properties that decode but break the property table; the others reach the broker. */
    MALFORMED_PROPERTIES_TOLERATED("malformed-properties-tolerated",
            "swallows an MQTT 5.0 client packet carrying a property its type may not carry, or a single-use property "
                    + "twice, instead of forwarding it, keeping the connection open",
            List.of(), List.of("MQTT-4.13.1-1")),
    QOS2_DUPLICATE_DELIVERED("qos2-duplicate-delivered",
            "hands the broker a client's QoS 2 PUBLISH sent again (DUP 1) before its PUBREL as a new message under a packet "
                    + "identifier of the proxy's, answering the client's repeat with a PUBREC and completing the new flow itself",
            List.of("MQTT-4.3.3-2"), List.of("MQTT-4.3.3-10")),
    DUP_SET_ON_DELIVERY("dup-set-on-delivery",
            "sets DUP on every PUBLISH the broker sends to a client, first sends and QoS 0 included",
            List.of("MQTT-4.3.3-1", "MQTT-4.3.2-1", "MQTT-3.3.1-2", "MQTT-3.3.1-3", "MQTT-4.3.1-1"),
            List.of("MQTT-4.3.3-2", "MQTT-4.3.2-1", "MQTT-4.3.2-2", "MQTT-3.3.1-2", "MQTT-3.3.1-3", "MQTT-4.3.1-1")),
    PUBREL_ID_CHANGED("pubrel-id-changed",
            "passes the broker's PUBREL on to the client under another packet identifier, and the client's PUBCOMP for it "
                    + "back under the broker's",
            List.of("MQTT-4.3.3-1", "MQTT-2.3.1-6"), List.of("MQTT-4.3.3-4", "MQTT-2.2.1-5")),
    ACK_ID_LOW_BYTE_ONLY("ack-id-low-byte-only",
            "keeps only the low byte of the packet identifier in every SUBACK and UNSUBACK",
            List.of("MQTT-2.3.1-7", "MQTT-3.8.4-2", "MQTT-3.10.4-5"), List.of("MQTT-2.2.1-6", "MQTT-3.8.4-2", "MQTT-3.10.4-5")),
    REUSED_ID_TAKEN_FOR_DUPLICATE("reused-id-taken-for-duplicate",
            "takes a client's QoS 1 or 2 PUBLISH under a packet identifier whose flow the broker already completed for a "
                    + "duplicate: acknowledges it in the broker's place and never forwards it",
            List.of("MQTT-4.3.2-2", "MQTT-4.3.3-2"), List.of("MQTT-4.3.2-5", "MQTT-4.3.3-12")),
    PACKET_ID_ZERO_ON_DELIVERY("packet-id-zero-on-delivery",
            "sends every QoS 1 and QoS 2 PUBLISH of the broker to the client under packet identifier 0 (its PUBREL too), "
                    + "handing the client's acknowledgements back to the broker under the broker's identifiers, oldest first",
            List.of("MQTT-2.3.1-1", "MQTT-2.3.1-4", "MQTT-4.3.2-1", "MQTT-4.3.3-1"),
            List.of("MQTT-2.2.1-4", "MQTT-4.3.2-1", "MQTT-4.3.2-2", "MQTT-4.3.3-2", "MQTT-4.3.3-1")),
    MALFORMED_FILTER_ACCEPTED("malformed-filter-accepted",
            "hands the broker a SUBSCRIBE's forbidden topic filter (a misplaced wildcard, no characters) with each "
                    + "wildcard turned into '_' and an empty filter into \"_\", so the broker grants it",
            List.of("MQTT-4.7.1-2", "MQTT-4.7.1-3", "MQTT-4.7.3-1"), List.of("MQTT-4.7.1-1", "MQTT-4.7.1-2", "MQTT-4.7.3-1")),
    UNSUBSCRIBE_MATCHES_BY_TOPIC("unsubscribe-matches-by-topic",
            "adds to an UNSUBSCRIBE every filter of the connection's subscriptions that matches a filter it names as if "
                    + "that were a topic name, so a wildcard subscription goes with a single topic's",
            List.of("MQTT-3.10.4-1"), List.of("MQTT-3.10.4-1")),
    UNSUBSCRIBE_ONLY_FIRST_FILTER("unsubscribe-only-first-filter",
            "forwards an UNSUBSCRIBE of several filters with its first filter alone (an MQTT 5.0 UNSUBACK still gets a "
                    + "success code for each), so the other subscriptions stay",
            List.of("MQTT-3.10.4-6"), List.of("MQTT-3.10.4-6")),
    RESUBSCRIPTION_KEEPS_OLD_QOS("resubscription-keeps-old-qos",
            "forwards a second SUBSCRIBE to a filter the connection already subscribed to at the first QoS, and grants "
                    + "the client the QoS it asked for, so the first subscription is not replaced",
            List.of("MQTT-3.8.4-3"), List.of("MQTT-3.8.4-3")),
    RETAINED_NOT_RESENT("retained-not-resent",
            "withholds every retained PUBLISH whose topic matches a filter the connection subscribed to a second time, "
                    + "so a replaced subscription does not get the retained messages again",
            List.of("MQTT-3.8.4-3"), List.of("MQTT-3.8.4-4")),
    SUBSCRIPTION_IDENTIFIERS_MERGED("subscription-identifiers-merged",
            "puts in every MQTT 5.0 PUBLISH the broker delivers the Subscription Identifiers of all the connection's "
                    + "subscriptions that match its topic, so a copy sent for one subscription names the others too",
            List.of(), List.of("MQTT-3.3.4-5")),
    TOPICS_NORMALISED("topics-normalised",
            "hands the broker the topic names of clients' PUBLISHes and the filters of their SUBSCRIBEs and UNSUBSCRIBEs "
                    + "in Unicode normalisation form C, so topics that differ only in how an accented letter is written match",
            List.of("MQTT-4.7.3-4"), List.of("MQTT-4.7.3-4")),
    SUBSCRIBE_ONLY_FIRST_FILTER("subscribe-only-first-filter",
            "forwards a SUBSCRIBE of several filters with its first filter alone and answers with a SUBACK that repeats "
                    + "the first filter's code for each, so only the first filter gets a subscription",
            List.of("MQTT-3.8.4-4"), List.of("MQTT-3.8.4-5")),
    SUBACK_PER_FILTER("suback-per-filter",
            "splits a SUBACK with several codes into one SUBACK per code, each with the SUBSCRIBE's packet identifier",
            List.of("MQTT-3.8.4-4", "MQTT-3.9.3-1", "MQTT-3.8.4-5"), List.of("MQTT-3.8.4-5", "MQTT-3.9.3-1", "MQTT-3.8.4-6")),
    UNSUBSCRIBE_DROPS_IN_FLIGHT("unsubscribe-drops-in-flight",
            "acknowledges to the broker, after an UNSUBSCRIBE, every QoS 1 PUBLISH the client has not acknowledged whose "
                    + "topic an unsubscribed filter matches, so the broker never completes those deliveries",
            List.of("MQTT-3.10.4-3"), List.of("MQTT-3.10.4-3")),
    UNSUPPORTED_AUTH_METHOD_ADMITTED("unsupported-auth-method-admitted",
            "removes the Authentication Method and Data from an MQTT 5.0 CONNECT, so the broker admits a client asking "
                    + "for a method it does not support, without naming the method in its CONNACK",
            List.of(), List.of("MQTT-4.12.0-1")),
    AUTH_SENT_UNASKED("auth-sent-unasked",
            "names an Authentication Method in every successful MQTT 5.0 CONNACK that names none, as a broker starting "
                    + "enhanced authentication on its own would",
            List.of(), List.of("MQTT-4.12.0-6")),
    DISCONNECT_BEFORE_CONNACK("disconnect-before-connack",
            "sends an MQTT 5.0 client a DISCONNECT in place of the broker's refusing CONNACK, with the CONNACK's reason code",
            List.of(), List.of("MQTT-3.14.0-1")),
    PACKETS_AFTER_DISCONNECT("packets-after-disconnect",
            "sends a PINGRESP of its own after every DISCONNECT the broker sends an MQTT 5.0 client",
            List.of(), List.of("MQTT-3.14.4-1")),
    UNDEFINED_REASON_CODE("undefined-reason-code",
            "rewrites reason codes the broker sends an MQTT 5.0 client to values no table defines for the packet: 0x8C "
                    + "in a CONNACK to 0x8B, 0x10 in a PUBACK to 0x03, and any in a DISCONNECT to 0xA5",
            List.of(), List.of("MQTT-3.2.2-8", "MQTT-3.4.2-1", "MQTT-3.14.2-1")),
    DISCONNECT_RESERVED_BITS_CLEARED("disconnect-reserved-bits-cleared",
            "hands the broker a client's DISCONNECT with its fixed-header reserved bits cleared, so the broker takes a "
                    + "malformed DISCONNECT for a normal one and discards the will",
            List.of("MQTT-3.14.1-1"), List.of("MQTT-3.14.1-1")),
    CONNECTION_KEPT_AFTER_DISCONNECT("connection-kept-after-disconnect",
            "keeps an MQTT 5.0 client's connection open after the broker sent it a DISCONNECT and closed, dropping "
                    + "whatever the client sends then; every offence Mosquitto answers with a DISCONNECT looks carried on",
            List.of(), List.of("MQTT-3.14.4-2", "MQTT-4.13.2-1", "MQTT-1.5.4-1", "MQTT-1.5.4-2", "MQTT-3.3.1-4", "MQTT-3.3.2-2",
                    "MQTT-3.8.1-1", "MQTT-4.13.1-1", "MQTT-4.7.1-1", "MQTT-4.7.1-2", "MQTT-4.7.3-1", "MQTT-4.7.3-2",
                    "MQTT-3.8.3-5", "MQTT-3.10.1-1")),
    QUOTA_STALLS_OTHER_ANSWERS("quota-stalls-other-answers",
            "holds back PINGRESP and SUBACK from an MQTT 5.0 client while a QoS 1 or QoS 2 delivery to it awaits its "
                    + "acknowledgement, passing them on once none does",
            List.of(), List.of("MQTT-4.9.0-3", "MQTT-3.3.4-10")),
    WILL_KEPT_AFTER_PUBLISHING("will-kept-after-publishing",
            "remembers the will of each client identifier's CONNECT and puts it into a later CONNECT of that identifier "
                    + "that resumes its session without a will, so a will once published or discarded comes back with the session",
            List.of("MQTT-3.1.2-10"), List.of("MQTT-3.1.2-10")),
    ALIAS_ABOVE_CLIENT_MAXIMUM("alias-above-client-maximum",
            "gives every PUBLISH the broker delivers to an MQTT 5.0 client that announced a non-zero Topic Alias Maximum "
                    + "the Topic Alias one above it, keeping the topic name",
            List.of(), List.of("MQTT-3.1.2-26", "MQTT-3.3.2-11")),
    /** The 5.0 Maximum Packet Size scenario's monitor gets answers too large for it as well. */
    REASON_STRING_OVERSIZE("reason-string-oversize",
            "adds a Reason String as long as the client's Maximum Packet Size to every CONNACK, SUBACK, UNSUBACK, PUBACK, "
                    + "PUBREC, PUBREL, PUBCOMP and DISCONNECT the broker sends an MQTT 5.0 client that announced one",
            List.of(), List.of("MQTT-3.2.2-19", "MQTT-3.9.2-1", "MQTT-3.11.2-1", "MQTT-3.4.2-2", "MQTT-3.5.2-2",
                    "MQTT-3.6.2-2", "MQTT-3.7.2-2", "MQTT-3.14.2-3", "MQTT-3.1.2-24")),
    /** The 5.0 Maximum Packet Size scenario's monitor gets answers too large for it as well. */
    USER_PROPERTY_OVERSIZE("user-property-oversize",
            "adds a User Property as long as the client's Maximum Packet Size to every CONNACK, SUBACK, UNSUBACK, PUBACK, "
                    + "PUBREC, PUBREL, PUBCOMP and DISCONNECT the broker sends an MQTT 5.0 client that announced one",
            List.of(), List.of("MQTT-3.2.2-20", "MQTT-3.9.2-2", "MQTT-3.11.2-2", "MQTT-3.4.2-3", "MQTT-3.5.2-3",
                    "MQTT-3.6.2-3", "MQTT-3.7.2-3", "MQTT-3.14.2-4", "MQTT-3.1.2-24")),
    SUBACK_FLAGS_SET("suback-flags-set",
            "sets the lowest fixed-header flag bit of every SUBACK the broker sends (flags 0001)",
            List.of("MQTT-2.2.2-1"), List.of("MQTT-2.1.3-1")),
    /** The flags of a PUBREL are the one reserved-flag value its own statement names, so both statements break. */
    PUBREL_FLAGS_CLEARED("pubrel-flags-cleared",
            "sends every PUBREL of the broker with the fixed-header flags 0000 instead of 0010",
            List.of("MQTT-2.2.2-1", "MQTT-3.6.1-1"), List.of("MQTT-2.1.3-1", "MQTT-3.6.1-1")),
    /** DUP on a QoS 0 PUBLISH breaks the DUP flag's own statement and the QoS 0 delivery rule alike. */
    DUP_ON_QOS0_DELIVERY("dup-on-qos0-delivery",
            "sets DUP on every QoS 0 PUBLISH the broker sends to a client",
            List.of("MQTT-3.3.1-2", "MQTT-4.3.1-1"), List.of("MQTT-3.3.1-2", "MQTT-4.3.1-1")),
    /** 5.0 only: Eclipse Paho's 3.1.1 client gives up a connection whose first packet is not a CONNACK. */
    PINGRESP_BEFORE_CONNACK("pingresp-before-connack",
            "sends a PINGRESP to an MQTT 5.0 client just before the broker's CONNACK",
            List.of(), List.of("MQTT-3.2.0-1")),
    CONNACK_REPEATED("connack-repeated",
            "sends the connection's CONNACK once more after every PINGRESP the broker sends an MQTT 5.0 client",
            List.of(), List.of("MQTT-3.2.0-2")),
    CONNACK_FLAG_BIT_SET("connack-flag-bit-set",
            "sets bit 1, a reserved bit, of the acknowledge flags of every CONNACK the broker sends an MQTT 5.0 client",
            List.of(), List.of("MQTT-3.2.2-1")),
    REMAINING_LENGTH_PADDED("remaining-length-padded",
            "encodes the Remaining Length of every PINGRESP the broker sends an MQTT 5.0 client in two bytes (80 00)",
            List.of(), List.of("MQTT-1.5.5-1")),
    /** A SUBACK short of a code can follow its filters' order no more than it answers each of them. */
    SUBACK_CODE_DROPPED("suback-code-dropped",
            "removes the last code of every SUBACK that carries several",
            List.of("MQTT-3.8.4-5", "MQTT-3.9.3-1"), List.of("MQTT-3.8.4-6", "MQTT-3.9.3-1")),
    SUBACK_CODE_UNDEFINED("suback-code-undefined",
            "replaces the last code of every SUBACK that carries several with 0x81, which neither version defines",
            List.of("MQTT-3.9.3-2"), List.of("MQTT-3.9.3-2")),
    /** A SUBSCRIBE of several filters left unanswered also lacks the one SUBACK such a SUBSCRIBE must get. */
    SUBACK_WITHHELD_FOR_SEVERAL("suback-withheld-for-several",
            "never passes on a SUBACK that carries several codes",
            List.of("MQTT-3.8.4-1", "MQTT-3.8.4-4"), List.of("MQTT-3.8.4-1", "MQTT-3.8.4-5")),
    UNSUBACK_CODES_REVERSED("unsuback-codes-reversed",
            "reverses the order of the codes in every UNSUBACK the broker sends an MQTT 5.0 client",
            List.of(), List.of("MQTT-3.11.3-1")),
    UNSUBACK_CODE_UNDEFINED("unsuback-code-undefined",
            "replaces the code 0x11 (no subscription existed) in every UNSUBACK with 0x12, which MQTT 5.0 does not define",
            List.of(), List.of("MQTT-3.11.3-2")),
    DISCONNECT_SESSION_EXPIRY_ADDED("disconnect-session-expiry-added",
            "adds a Session Expiry Interval of 0 to every DISCONNECT the broker sends an MQTT 5.0 client",
            List.of(), List.of("MQTT-3.14.2-2")),
    PUBREC_CODE_UNDEFINED("pubrec-code-undefined",
            "gives every PUBREC the broker sends an MQTT 5.0 client the reason code 0x03, which the PUBREC table does not hold",
            List.of(), List.of("MQTT-3.5.2-1")),
    PUBREL_CODE_UNDEFINED("pubrel-code-undefined",
            "gives every PUBREL the broker sends an MQTT 5.0 client the reason code 0x03, which the PUBREL table does not hold",
            List.of(), List.of("MQTT-3.6.2-1")),
    PUBCOMP_CODE_UNDEFINED("pubcomp-code-undefined",
            "gives every PUBCOMP the broker sends an MQTT 5.0 client the reason code 0x03, which the PUBCOMP table does not hold",
            List.of(), List.of("MQTT-3.7.2-1")),
    /** The SUBACK order check reads a code above the QoS its filter asked for as out of order, so that row fails too. */
    SUBACK_QOS_RAISED("suback-qos-raised",
            "raises the first code of every SUBACK that carries several from QoS 0 to QoS 1, above what the filter asked for",
            List.of("MQTT-3.9.3-1"), List.of("MQTT-3.8.4-7", "MQTT-3.9.3-1")),
    CLIENT_ID_UPPER_CASE_REFUSED("client-id-upper-case-refused",
            "refuses, in the broker's place, a CONNECT whose client identifier holds an upper-case letter (CONNACK 0x02 "
                    + "in MQTT 3.1.1, 0x85 in 5.0) and closes the connection",
            List.of("MQTT-3.1.3-5"), List.of("MQTT-3.1.3-5")),
    ANONYMOUS_CLIENTS_SHARE_ID("anonymous-clients-share-id",
            "hands the broker every CONNECT without client identifier that asks for a clean session under one fixed "
                    + "identifier, so each such client takes over the one before; an MQTT 5.0 CONNACK assigns that identifier",
            List.of("MQTT-3.1.3-6"), List.of("MQTT-3.1.3-6")),
    EMPTY_RETAINED_STORED("empty-retained-stored",
            "hands the broker a client's retained PUBLISH with an empty payload with a marker payload instead, and gives "
                    + "every PUBLISH carrying the marker to the client with its payload empty, so the broker stores the empty "
                    + "message and hands it to new subscribers",
            List.of("MQTT-3.3.1-11"), List.of("MQTT-3.3.1-7")),
    REFUSED_CONNECT_INPUT_PROCESSED("refused-connect-input-processed",
            "hands the broker a CONNECT it must refuse (3.1.1: no client identifier with CleanSession 0; 5.0: the reserved "
                    + "flag set) made acceptable, tells the client it was refused, and forwards what the client sent behind "
                    + "it before disconnecting, so the broker processes it",
            List.of("MQTT-3.1.4-5"), List.of("MQTT-3.1.4-6")),
    QOS0_RETAIN_IGNORED("qos0-retain-ignored",
            "clears RETAIN on a client's QoS 0 PUBLISH with a non-empty payload, so the message retained before it stays",
            List.of("MQTT-3.3.1-7"), List.of()),
    DELIVERIES_SWAPPED("deliveries-swapped",
            "passes the broker's QoS 1 PUBLISHes without RETAIN on to the client two by two in swapped order, holding "
                    + "each odd one until the next of its topic has gone ahead (or 150 ms have passed)",
            List.of("MQTT-4.6.0-5", "MQTT-4.6.0-6"), List.of("MQTT-4.6.0-5", "MQTT-4.6.0-6")),
    WILL_WITHOUT_FLAG("will-without-flag",
            "remembers the will of each client identifier's CONNECT and puts it into any later CONNECT of that identifier "
                    + "without a will, clean session or not, so a connection that set no Will Flag leaves a will",
            List.of("MQTT-3.1.2-12", "MQTT-3.1.2-10"), List.of("MQTT-3.1.2-10")),
    MALFORMED_CONNECT_ANSWERED_V3("malformed-connect-answered-v3",
            "answers an MQTT 3.1.1 CONNECT with its reserved flag set with a CONNACK refusing it (return code 0x02) in the "
                    + "broker's place before closing the connection, where the broker closes without any CONNACK",
            List.of("MQTT-3.1.4-1"), List.of()),
    /** Confined to one delivery of the packet-form exchange, whose checks read it from its bytes. */
    QOS0_DELIVERY_ID_INSERTED("qos0-delivery-id-inserted",
            "puts a packet identifier (00 01) after the topic name of the broker's QoS 0 delivery on the packet-form "
                    + "exchange's topic ending /frames/ward; no other packet is touched",
            List.of("MQTT-2.3.1-5"), List.of("MQTT-2.2.1-2")),
    DELIVERY_TOPIC_NOT_UTF8("delivery-topic-not-utf8",
            "replaces the last byte of the topic name of the broker's QoS 0 delivery on the packet-form exchange's topic "
                    + "ending /frames/ward with 0xFF, which UTF-8 never holds; no other packet is touched",
            List.of("MQTT-3.3.2-1"), List.of("MQTT-3.3.2-1")),
    DELIVERY_TOPIC_WILDCARD("delivery-topic-wildcard",
            "turns the topic name of the broker's QoS 0 delivery on the packet-form exchange's topic ending /frames/ward "
                    + "into one ending /frames/wa+d; no other packet is touched",
            List.of("MQTT-4.7.1-1"), List.of("MQTT-4.7.0-1")),
    DELIVERY_TOPIC_ALIAS_ZERO("delivery-topic-alias-zero",
            "adds Topic Alias 0 to the broker's QoS 0 delivery on the packet-form exchange's topic ending /frames/ward "
                    + "(MQTT 5.0); no other packet is touched",
            List.of(), List.of("MQTT-3.3.2-8")),
    /** Confined by client identifier: Eclipse Paho's 3.1.1 client gives up a connection whose first packet is not a CONNACK. */
    PINGRESP_BEFORE_EXCHANGE_CONNACK("pingresp-before-exchange-connack",
            "sends a PINGRESP just before the broker's CONNACK on the packet-form exchange's connections (client "
                    + "identifier ending \"wireform\"), in either version; other connections are not touched",
            List.of("MQTT-3.2.0-1"), List.of("MQTT-3.2.0-1")),
    PROTOCOL_NAME_REFUSAL_KEPT_OPEN("protocol-name-refusal-kept-open",
            "answers an MQTT 5.0 CONNECT naming another protocol than MQTT with a CONNACK 0x84 of its own instead of "
                    + "forwarding it, and keeps the client's connection open",
            List.of(), List.of("MQTT-3.1.2-1", "MQTT-3.1.4-1")),
    SHARED_REFUSAL_REOFFERED("shared-refusal-reoffered",
            "publishes once more to the broker, at QoS 0, a delivery that an MQTT 5.0 member of a shared subscription "
                    + "refused with a PUBACK or PUBREC of reason code 0x80 or above, so the broker offers it to the group again",
            List.of(), List.of("MQTT-4.8.2-6")),
    SHARED_RESEND_WITHHELD("shared-resend-withheld",
            "drops every PUBLISH the broker sends again (DUP 1) on a connection that resumes the session of a client "
                    + "identifier that joined a shared subscription, finishing its flow with the broker itself, so the member "
                    + "that comes back never gets the delivery its lost connection left unfinished",
            List.of(), List.of("MQTT-4.8.2-4")),
    SHARED_LOSS_REOFFERED("shared-loss-reoffered",
            "keeps the deliveries a member of a shared subscription left unacknowledged when its connection closed and, "
                    + "when that client identifier connects again and gets Session Present 0, publishes them to the broker at "
                    + "QoS 0 on the new connection, so the broker hands them to the members left",
            List.of(), List.of("MQTT-4.8.2-5")),
    UNAUTHORISED_PUBLISH_UNANSWERED("unauthorised-publish-unanswered",
            "withholds the broker's PUBACK or PUBREC for a client's PUBLISH to the topic the restricted listener does not "
                    + "authorise (last level \"" + UnauthorisedTopic.LEVEL + "\"), keeping the connection open",
            List.of("MQTT-3.3.5-2"), List.of()),
    BYTE_ORDER_MARK_STRIPPED("byte-order-mark-stripped",
            "removes U+FEFF (EF BB BF) from the topic names of clients' PUBLISHes before the broker sees them, as a reader "
                    + "taking it for a byte order mark would; only topic names holding it change",
            List.of("MQTT-1.5.3-3"), List.of("MQTT-1.5.4-3")),
    SESSION_GIVEN_TO_NEWCOMER("session-given-to-newcomer",
            "hands the broker a CONNECT whose client identifier ends in \"newcomer\" under the same identifier ending in "
                    + "\"monitor\", so the newcomer is given the session of another client's identifier",
            List.of("MQTT-3.1.3-2"), List.of("MQTT-3.1.3-2")),
    SUBSCRIPTION_FORGOTTEN("subscription-forgotten",
            "unsubscribes a client from its subscription to a topic ending /throughout/readings on its own account once "
                    + "the broker has delivered one message for it, swallowing the UNSUBACK, so the subscription is lost "
                    + "while the connection is open",
            List.of("MQTT-4.1.0-1", "MQTT-4.1.0-2"), List.of("MQTT-4.1.0-1")),
    ABSENT_SESSIONS_SKIPPED("absent-sessions-skipped",
            "drops the broker's QoS 1 deliveries on topics ending /every-session/readings to a connection whose CONNACK "
                    + "said a session was present, acknowledging them itself, as if a message were added only to the "
                    + "sessions of connected clients",
            List.of("MQTT-4.5.0-1"), List.of("MQTT-4.5.0-1")),
    UNSUBSCRIBE_FLAGS_ACCEPTED("unsubscribe-flags-accepted",
            "sets the fixed-header flags of every UNSUBSCRIBE to 0010 on its way to the broker, so that one with other "
                    + "flags is answered instead of closing the connection",
            List.of("MQTT-3.10.1-1"), List.of("MQTT-3.10.1-1")),
    TOPIC_ALIAS_CARRIED_OVER("topic-alias-carried-over",
            "remembers the Topic Alias mappings each client identifier sets up and puts the topic into a PUBLISH by alias "
                    + "alone on a later connection of that identifier that never set the alias up, so the broker delivers it",
            List.of(), List.of("MQTT-3.3.2-7")),
    IDENTIFIER_REFUSAL_KEPT_OPEN("identifier-refusal-kept-open",
            "answers an MQTT 5.0 client without identifier that asks to keep its session with CONNACK 0x85 (Client "
                    + "Identifier not valid) in place of the broker's acceptance, and keeps the connection open",
            List.of(), List.of("MQTT-3.1.3-8")),
    /** Confined to one delivery of the packet-form exchange, whose checks read it from its bytes. */
    DELIVERY_PROPERTY_LENGTH_DROPPED("delivery-property-length-dropped",
            "removes the Property Length of zero from the broker's MQTT 5.0 QoS 0 delivery on the packet-form exchange's "
                    + "topic ending /frames/ward, shortening its Remaining Length; no other packet is touched",
            List.of(), List.of("MQTT-2.2.2-1")),
    RESPONSE_TOPIC_WILDCARDED("response-topic-wildcarded",
            "appends /# to the Response Topic of every MQTT 5.0 PUBLISH the broker delivers",
            List.of(), List.of("MQTT-3.3.2-14", "MQTT-3.3.2-15")),
    STRING_PROPERTIES_NULLED("string-properties-nulled",
            "appends U+0000 to the Content Type, the Response Topic and every User Property value of each MQTT 5.0 PUBLISH "
                    + "the broker delivers",
            List.of(), List.of("MQTT-1.5.7-1", "MQTT-3.3.2-13", "MQTT-3.3.2-19")),
    QOS2_RESEND_DROPPED("qos2-resend-dropped",
            "never passes on to the client a QoS 2 PUBLISH of the broker's that has DUP set (one sent again when a "
                    + "session resumes)",
            List.of(), List.of("MQTT-4.3.3-3", "MQTT-4.8.2-4")),
    RESUMED_RELEASE_DROPPED("resumed-release-dropped",
            "never passes on to the client a PUBREL for a packet identifier the client has not answered with a PUBREC on "
                    + "that connection (one sent again when a session resumes)",
            List.of(), List.of("MQTT-4.3.3-5")),
    PUBLISH_RESENT_WITH_RELEASE("publish-resent-with-release",
            "puts before a PUBREL sent again when a session resumes the QoS 2 PUBLISH it releases, once more with DUP 1, "
                    + "and keeps the client's PUBREC for that copy from the broker",
            List.of(), List.of("MQTT-4.3.3-6")),
    NEGATIVE_PUBACK_WITHHELD("negative-puback-withheld",
            "never passes on to the broker a client's PUBACK with a reason code of 0x80 or above, so the broker still "
                    + "holds the message unacknowledged",
            List.of(), List.of("MQTT-4.4.0-2")),
    EXPIRED_RELEASE_SWALLOWED("expired-release-swallowed",
            "never passes on to the broker a client's PUBREL for a QoS 2 PUBLISH whose Message Expiry Interval passed "
                    + "before the PUBREL came, so no PUBCOMP answers it",
            List.of(), List.of("MQTT-4.3.3-13")),
    /** Shows on a broker without QoS 2 only ({@link #needsALimitedBroker}). */
    MAXIMUM_QOS_UNANNOUNCED("maximum-qos-unannounced",
            "removes the Maximum QoS from every MQTT 5.0 CONNACK, so a broker without QoS 2 announces that it has it",
            List.of(), List.of("MQTT-3.2.2-9")),
    /** Shows on a broker without QoS 2 only ({@link #needsALimitedBroker}). */
    QOS2_SUBSCRIPTION_REFUSED("qos2-subscription-refused",
            "answers an MQTT 5.0 SUBSCRIBE that requests QoS 2 for any filter with DISCONNECT 0x9B (QoS not supported) and "
                    + "closes the connection; the broker never sees the SUBSCRIBE",
            List.of(), List.of("MQTT-3.2.2-10")),
    /** Shows on a broker without QoS 2 only ({@link #needsALimitedBroker}). */
    WILL_QOS_LOWERED("will-qos-lowered",
            "lowers Will QoS 2 to 1 in an MQTT 5.0 CONNECT, so a broker whose maximum is QoS 1 admits a will it cannot carry",
            List.of(), List.of("MQTT-3.2.2-12")),
    /** Shows on a broker without retained messages only ({@link #needsALimitedBroker}). */
    RETAINED_WILL_ADMITTED("retained-will-admitted",
            "clears Will Retain in an MQTT 5.0 CONNECT, so a broker without retained messages admits a will to be retained",
            List.of(), List.of("MQTT-3.2.2-13")),
    REFUSED_QOS2_ID_KEPT("refused-qos2-id-kept",
            "answers a client's QoS 2 PUBLISH under the packet identifier of one the broker refused with a PUBREC of 0x80 "
                    + "or above with that PUBREC again, as if it were the refused message, and never passes it on",
            List.of(), List.of("MQTT-4.3.3-9")),
    SUBSCRIPTION_COPIES_COLLAPSED("subscription-copies-collapsed",
            "turns the copies the broker sends of one MQTT 5.0 message for several overlapping subscriptions of the client, "
                    + "one of them with a Subscription Identifier, into one copy carrying only the first identifier, "
                    + "acknowledging the copies it drops to the broker itself",
            List.of(), List.of("MQTT-3.3.4-3", "MQTT-3.3.4-4"));

    private final String label;
    private final String description;
    private final List<String> idsIn311;
    private final List<String> idsIn50;

    BrokerFault(String label, String description, List<String> idsIn311, List<String> idsIn50) {
        this.label = label;
        this.description = description;
        this.idsIn311 = idsIn311;
        this.idsIn50 = idsIn50;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * The requirements this fault breaks when the connection speaks the given version; empty when it breaks none.
     * Statement ids are of the version's MQTT catalogue; rows of other catalogues are named whole ({@code <set>:<id>}).
     */
    public List<String> violates(MqttVersion version) {
        List<String> ids = version == MqttVersion.V5_0 ? idsIn50 : idsIn311;
        return ids.stream().map(id -> id.contains(":") ? id : "mqtt-" + version.label() + ":" + id).toList();
    }

    /**
     * The rows the fault leaves without a verdict besides those it breaks: a run covers both MQTT versions, so the
     * rows are named whole ({@code <set>:<id>}).
     */
    public Unjudged leavesUnjudged() {
        return switch (this) {
            case CONNACK_WITHHELD_V3 -> Unjudged.everyRowOf("mqtt-3.1.1", "no MQTT 3.1.1 client is admitted, so no 3.1.1 "
                    + "scenario gets past its CONNECT");
            case CONNACK_WITHHELD_V5, V5_CONNECT_CLOSED -> Unjudged.everyRowOf("mqtt-5.0", "no MQTT 5.0 client is "
                    + "admitted, so no 5.0 scenario gets past its CONNECT");
            case PUBACK_WITHHELD -> Unjudged.everyRow("no QoS 1 publication completes, which most scenarios need");
            case PUBCOMP_WITHHELD -> Unjudged.rows("no QoS 2 publication completes, so what the scenarios publish at "
                    + "QoS 2 is not delivered, nor does the broker's own QoS 2 flow as sender finish", Set.of(v3("MQTT-3.3.1-6"),
                    v3("MQTT-3.3.1-8"), v3("MQTT-3.3.5-1"), v3("MQTT-3.8.4-6"), v3("MQTT-4.3.3-1"), v5("MQTT-3.1.2-27"),
                    v5("MQTT-3.3.1-9"), v5("MQTT-3.3.4-2"), v5("MQTT-3.8.4-8"), v5("MQTT-4.3.3-2"), v5("MQTT-4.3.3-1"), v5("MQTT-4.3.3-4"),
                    v5("MQTT-4.3.3-10"), v5("MQTT-4.3.3-12"), v5("MQTT-3.7.2-2"), v5("MQTT-3.7.2-3"),
                    v5("MQTT-3.7.2-1"), v3("MQTT-3.1.2-7"), v5("MQTT-4.3.3-3"), v5("MQTT-4.3.3-5"), v5("MQTT-4.3.3-6"),
                    v5("MQTT-4.8.2-4"), v5("MQTT-4.8.2-5")));
            case QOS2_ANSWERED_WITH_PUBACK -> Unjudged.rows("a client's QoS 2 PUBLISH gets a PUBACK, so no PUBREC or PUBCOMP "
                    + "comes and no QoS 2 flow reaches its PUBCOMP",
                    Set.of(v5("MQTT-4.3.3-11"), v5("MQTT-4.3.3-10"), v5("MQTT-4.3.3-12"), v5("MQTT-3.5.2-2"), v5("MQTT-3.5.2-3"),
                            v5("MQTT-3.7.2-2"), v5("MQTT-3.7.2-3"), v5("MQTT-3.5.2-1"), v5("MQTT-3.7.2-1"),
                            v5("MQTT-4.3.3-3"), v5("MQTT-4.3.3-5"), v5("MQTT-4.3.3-6"), v5("MQTT-4.3.3-13"),
                            v5("MQTT-4.8.2-4"), v5("MQTT-4.8.2-5"), v5("MQTT-4.3.3-9")));
            case SESSIONS_NOT_KEPT -> Unjudged.rows("no session is resumed, so nothing is redelivered on one, nor does a "
                    + "message wait in one for its client or for another client to be handed it by mistake; and a 3.1.1 "
                    + "client without identifier asking to keep its session is admitted, so no refusal comes behind which "
                    + "to judge what it sent", Set.of(v3("MQTT-3.3.1-1"), v5("MQTT-3.1.3-9"), v5("MQTT-3.3.1-1"),
                    v5("MQTT-3.3.2-5"), v5("MQTT-3.3.2-6"), v5("MQTT-4.1.0-2"), v3("MQTT-3.1.4-5"), v3("MQTT-3.1.3-2"),
                    v5("MQTT-3.1.3-2"), v3("MQTT-4.5.0-1"), v5("MQTT-4.5.0-1"), v5("MQTT-4.3.3-3"), v5("MQTT-4.3.3-5"),
                    v5("MQTT-4.3.3-6"), v5("MQTT-4.4.0-2"), v5("MQTT-4.8.2-4")));
            case ZERO_LENGTH_CLIENT_ID_MISHANDLED -> Unjudged.rows("a 3.1.1 client without identifier asking to keep its "
                    + "session is admitted, so no refusal comes behind which to judge what it sent", Set.of(v3("MQTT-3.1.4-5")));
            case SESSION_PRESENT_CLEARED -> Unjudged.rows("a client told its session is gone does not wait for what it held",
                    Set.of(v5("MQTT-3.1.3-9"), v5("MQTT-4.1.0-2"), v5("MQTT-4.8.2-4")));
            case SESSION_PRESENT_SET, SESSION_EXPIRY_EXTENDED -> Unjudged.rows("a session that should have expired is "
                    + "still present when its client comes back, so what must not happen once it ended cannot be seen",
                    Set.of(v5("MQTT-4.8.2-5")));
            case CONTENT_TYPE_DROPPED -> Unjudged.rows("no Content Type arrives, so none can be judged as a string",
                    Set.of(v5("MQTT-3.3.2-19")));
            case RESPONSE_TOPIC_DROPPED -> Unjudged.rows("no Response Topic arrives, so none can be judged as a string "
                    + "without wildcards", Set.of(v5("MQTT-3.3.2-13"), v5("MQTT-3.3.2-14")));
            case RETAINED_NOT_STORED -> Unjudged.rows("no retained message is kept, so none can be delivered, flagged, "
                    + "cleared or replaced, nor serve as the control beside which an absence is judged",
                    Set.of(v3("MQTT-3.3.1-8"), v3("MQTT-3.3.1-10"), v3("MQTT-3.3.1-12"), v5("MQTT-3.3.1-6"), v5("MQTT-3.3.1-8"), v5("MQTT-3.3.1-11"), v5("MQTT-3.3.1-13"), v3("MQTT-3.8.4-3"), v5("MQTT-3.8.4-4"),
                    v5("MQTT-3.3.1-10"), v3("MQTT-3.3.1-11"), v5("MQTT-3.3.1-7"), v3("MQTT-3.3.1-7"), v3("MQTT-3.1.4-5"),
                    v5("MQTT-3.1.4-6")));
            case RETAIN_FLAG_DROPPED -> Unjudged.rows("no retained message is delivered with its flag, so Retain As "
                    + "Published has nothing to keep", Set.of(v5("MQTT-3.3.1-13")));
            case WILL_LOST -> Unjudged.rows("no will is published, so nothing about its delivery can be judged",
                    Set.of(v3("MQTT-3.1.2-16"), v3("MQTT-3.1.2-17"), v3("MQTT-3.14.4-3"), v5("MQTT-3.1.2-14"),
                            v5("MQTT-3.1.2-15"), v5("MQTT-3.1.3-9"), v5("MQTT-3.14.4-3"), v3("MQTT-3.1.2-10"),
                            v5("MQTT-3.1.2-10"), v5("MQTT-3.14.1-1"), v3("MQTT-3.14.1-1"), v3("MQTT-3.1.2-12"), v5("MQTT-3.1.3-10")));
            case PINGRESP_WITHHELD -> Unjudged.rows("no ping is answered, so whether two clients admitted without "
                    + "identifier both stay connected is not shown, nor that the broker keeps serving an admitted client "
                    + "beside a connection it closed for a failure code", Set.of(v3("MQTT-3.1.3-6"), v5("MQTT-3.1.3-6"),
                    v5("MQTT-4.13.2-1")));
            case SESSIONS_ALWAYS_KEPT -> Unjudged.rows("a 3.1.1 client without identifier is made to ask to keep its "
                    + "session, which the broker must refuse, so no identifier is assigned to it", Set.of(v3("MQTT-3.1.3-6")));
            case WILL_SENT_AFTER_DISCONNECT -> Unjudged.rows("the will of a client's connection is published after its "
                    + "normal DISCONNECT, before the client's next connection, which set no Will Flag, ends",
                    Set.of(v3("MQTT-3.1.2-12")));
            case OVERLAP_DUPLICATES -> Unjudged.rows("more copies than subscriptions come, so which copy was sent for which "
                    + "subscription cannot be told", Set.of(v5("MQTT-3.3.4-5"), v5("MQTT-3.3.4-4")));
            case USER_PROPERTIES_DROPPED -> Unjudged.rows("no User Property arrives, so neither their order nor their "
                    + "strings can be judged", Set.of(v5("MQTT-3.3.2-18"), v5("MQTT-3.1.3-10"), v5("MQTT-1.5.7-1")));
            case PLUS_MATCHES_MULTIPLE_LEVELS -> Unjudged.rows("a leading '+' reaches the broker as '#', so the $-topic "
                    + "scenario's subscriber gets every scenario's messages and its ordinary reading may come too late",
                    Set.of(v3("MQTT-4.7.2-1"), v5("MQTT-4.7.2-1")));
            case QOS_UPGRADED -> Unjudged.rows("what is published at QoS 0 arrives at QoS 1, so no first send at QoS 0 is seen",
                    Set.of(v3("MQTT-3.3.1-2"), v5("MQTT-3.3.1-2"), v3("MQTT-4.3.1-1"), v5("MQTT-4.3.1-1"), v3("MQTT-2.3.1-5"),
                            v5("MQTT-2.2.1-2")));
            case TOPIC_ALIAS_DROPPED -> Unjudged.rows("the broker ends a Paho client's connection when it publishes by "
                    + "alias, so those scenarios cannot publish; and a PUBLISH with Topic Alias 0 reaches the broker without "
                    + "it, so the broker has no cause for the DISCONNECT that the DISCONNECT rows judge",
                    Set.of(v5("MQTT-3.1.2-27"), v5("MQTT-3.8.4-8"), v5("MQTT-2.2.1-4"), v5("MQTT-4.3.2-1"), v5("MQTT-4.3.2-2"),
                    v5("MQTT-4.3.3-2"), v5("MQTT-4.3.3-1"), v5("MQTT-4.3.3-4"), v5("MQTT-3.14.2-1"), v5("MQTT-3.14.4-1"), v5("MQTT-3.14.4-2"), v5("MQTT-4.13.2-1"),
                    v5("MQTT-3.14.2-2")));
            case CREDENTIALS_NEVER_ACCEPTED -> Unjudged.rows("no client is admitted on the listeners that check "
                    + "credentials, so their refusal of wrong or missing ones shows nothing", Set.of(TlsRows.CREDENTIALS,
                    v3("MQTT-3.2.2-5"), v5("MQTT-3.2.2-7"), v5("MQTT-3.1.4-2")));
            case TLS_CERTIFICATE_WRONG_NAME -> Unjudged.rows("no client that checks the broker's name gets through the TLS "
                    + "listener, so how it treats clients cannot be judged", Set.of(TlsRows.CREDENTIALS, TlsRows.CLIENT_CERTIFICATE,
                    TlsRows.ADMITTED));
            case REFUSED_CONNECTION_KEPT_OPEN -> Unjudged.rows("a refused connection stays open, so whether the broker would "
                    + "send a DISCONNECT before admitting a client is not known", Set.of(v5("MQTT-3.14.0-1")));
            case UNSUPPORTED_AUTH_METHOD_ADMITTED -> Unjudged.rows("the client asking for an unsupported method is "
                    + "admitted, so no connection ends before its admission, nor is any failure code given it", Set.of(v5("MQTT-3.14.0-1"),
                    v5("MQTT-4.13.2-1")));
            case DISCONNECT_BEFORE_CONNACK -> Unjudged.rows("no refusing CONNACK reaches the client, so its Session "
                    + "Present flag cannot be judged", Set.of(v5("MQTT-3.2.2-6")));
            case UNDEFINED_REASON_CODE -> Unjudged.rows("Eclipse Paho refuses a PUBACK with an undefined reason code, so "
                    + "a scenario whose Paho client publishes at QoS 1 to a topic nobody subscribes to cannot publish",
                    Set.of(v5("MQTT-3.3.1-9"), v5("MQTT-3.3.2-3")));
            case CONNECTION_KEPT_AFTER_DISCONNECT -> Unjudged.rows("the connection stays open after the DISCONNECT, so "
                    + "whether more would follow it cannot be told", Set.of(v5("MQTT-3.14.4-1")));
            case PUBCOMP_CODE_UNDEFINED -> Unjudged.rows("Eclipse Paho refuses a PUBREC or PUBCOMP with "
                    + "an undefined reason code, so the scenarios whose Paho client publishes at QoS 2 cannot publish",
                    Set.of(v5("MQTT-3.1.2-27"), v5("MQTT-3.3.1-9"), v5("MQTT-3.3.4-2"), v5("MQTT-3.8.4-8"), v5("MQTT-4.3.3-2"),
                    v5("MQTT-4.3.3-4"), v5("MQTT-4.3.3-1")));
            case PUBREC_CODE_UNDEFINED -> Unjudged.rows("Eclipse Paho refuses a PUBREC or PUBCOMP with "
                    + "an undefined reason code, so the scenarios whose Paho client publishes at QoS 2 cannot publish; and "
                    + "every PUBREC carries 0x03, so no QoS 2 PUBLISH is refused with a PUBREC of 0x80 or above",
                    Set.of(v5("MQTT-3.1.2-27"), v5("MQTT-3.3.1-9"), v5("MQTT-3.3.4-2"), v5("MQTT-3.8.4-8"), v5("MQTT-4.3.3-2"),
                    v5("MQTT-4.3.3-4"), v5("MQTT-4.3.3-9"), v5("MQTT-4.3.3-1")));
            case SUBACK_WITHHELD_FOR_SEVERAL -> Unjudged.rows("no SUBACK answers a SUBSCRIBE of several filters, so its codes "
                    + "cannot be judged", Set.of(v3("MQTT-3.8.4-5"), v3("MQTT-3.9.3-1"), v5("MQTT-3.8.4-6"), v5("MQTT-3.9.3-1")));
            case UNSUBACK_WITHHELD -> Unjudged.rows("no UNSUBACK arrives, so none can be judged against the client's "
                    + "Maximum Packet Size, nor its codes", Set.of(v5("MQTT-3.11.2-1"), v5("MQTT-3.11.2-2"), v5("MQTT-3.11.3-1"),
                    v5("MQTT-3.11.3-2")));
            case PROTOCOL_NAME_IGNORED -> Unjudged.rows("the broker admits an MQTT 5.0 CONNECT naming another protocol, so "
                    + "it never refuses one whose connection it must then close", Set.of(v5("MQTT-3.1.2-1")));
            case STRING_PROPERTIES_NULLED -> Unjudged.rows("the suite's decoder refuses a delivery whose strings hold U+0000, so "
                    + "the scenarios that read the properties of a delivered message see none delivered",
                    Set.of(v5("MQTT-3.1.3-10"), v5("MQTT-3.3.2-14"), v5("MQTT-3.3.2-15"), v5("MQTT-3.3.2-16"), v5("MQTT-3.3.2-17"),
                            v5("MQTT-3.3.2-18"), v5("MQTT-3.3.2-20")));
            case PUBREL_ID_CHANGED -> Unjudged.rows("the broker's PUBREL reaches the client under another packet identifier, "
                    + "so no release of the delivered message is seen to be left uncompleted when the session resumes",
                    Set.of(v5("MQTT-4.3.3-5"), v5("MQTT-4.3.3-6")));
            case MAXIMUM_QOS_UNANNOUNCED -> Unjudged.rows("the clients are not told that the broker lacks QoS 2, so those that "
                    + "publish at the highest QoS announced send QoS 2 and the broker ends their connections",
                    Set.of(v5("MQTT-3.1.2-27"), v5("MQTT-3.1.2-29")));
            case QOS2_SUBSCRIPTION_REFUSED -> Unjudged.rows("the scenarios that subscribe at QoS 2 lose their connection "
                    + "before the subscription they need", Set.of(v5("MQTT-3.3.1-2"), v5("MQTT-3.9.3-1"), v5("MQTT-4.3.2-5")));
            case UNAUTHORISED_PUBLISH_UNANSWERED -> Unjudged.rows("no PUBREC answers a QoS 2 PUBLISH to the unauthorised "
                    + "topic, so no refusal arises after which its packet identifier is used again", Set.of(v5("MQTT-4.3.3-9")));
            case SUBSCRIPTION_COPIES_COLLAPSED -> Unjudged.rows("one copy comes for all the overlapping subscriptions, so "
                    + "no copy is sent for one subscription whose identifier could be judged", Set.of(v5("MQTT-3.3.4-5")));
            default -> Unjudged.none();
        };
    }

    private static String v3(String id) {
        return "mqtt-3.1.1:" + id;
    }

    private static String v5(String id) {
        return "mqtt-5.0:" + id;
    }

    /**
     * The legal variations under which the fault shows at all: the scenario that judges its rows takes another way
     * on a broker that behaves as they say.
     */
    public List<BrokerVariation> observableUnder() {
        return this == WILDCARD_MATCHES_SYS_TOPICS ? List.of(BrokerVariation.DOLLAR_PUBLISH_REFUSED) : List.of();
    }

    /** Whether the fault is applied where the broker is configured rather than by the proxy on the wire. */
    public boolean configuresTheBroker() {
        return this == TLS_CERTIFICATE_WRONG_NAME || this == TLS_ANONYMOUS_ALLOWED || this == CLIENT_CERTIFICATE_NOT_REQUIRED
                || this == CREDENTIALS_NEVER_ACCEPTED;
    }

    /**
     * Whether the fault shows only on a broker that lacks QoS 2 and retained messages (the suite's Mosquitto with
     * {@code max_qos 1} and {@code retain_available false}): the rows it breaks bind only such a broker.
     */
    public boolean needsALimitedBroker() {
        return this == MAXIMUM_QOS_UNANNOUNCED || this == QOS2_SUBSCRIPTION_REFUSED || this == WILL_QOS_LOWERED
                || this == RETAINED_WILL_ADMITTED;
    }

    /** The TLS rows of the hospital's security catalogue; a holder, because enum constants cannot reach the enum's statics. */
    private static final class TlsRows {
        static final String IDENTITY = "iomt-mqtt-security:TLS-SERVER-IDENTITY";
        static final String CREDENTIALS = "iomt-mqtt-security:TLS-CLIENT-CREDENTIALS";
        static final String CLIENT_CERTIFICATE = "iomt-mqtt-security:TLS-CLIENT-CERTIFICATE";
        static final String ADMITTED = "iomt-mqtt-security:TLS-CREDENTIALS-ADMITTED";
    }
}
