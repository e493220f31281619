package org.iomt.patch.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MQTT 5.0 rules on the properties of the device's packets, on hand-written frames. */
@Tag("small")
class PropertyChecksTest {

    private static final String REQ = "mqtt-5.0:MQTT-2.2.2-1";
    private final List<Evidence> session = new ArrayList<>();

    private void sent(String hex) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusSeconds(session.size()),
                session.size() * 1_000_000_000L, Direction.DEVICE_TO_SUITE, "c1", HexFormat.of().parseHex(hex), "frame",
                Optional.empty()));
    }

    private Outcome judged() {
        return new PropertyLengthCheck(REQ).judge(session);
    }

    private static String reason(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void packetsWithAPropertyLengthOfZeroPass() {
        sent("320a0003742f610004005b5d"); // PUBLISH QoS 1 "t/a", id 4, property length 0, "[]"
        sent("82090009000003636d6401"); // SUBSCRIBE id 9, property length 0, "cmd" QoS 1
        sent("a208000a000003636d64"); // UNSUBSCRIBE id 10, property length 0, "cmd"
        Outcome outcome = judged();
        assertTrue(outcome.passed(), reason(outcome));
        assertEquals(3, outcome.judged().size());
    }

    @Test
    void aPacketWithPropertiesIsNotJudged() {
        sent("320d0003742f6100040323000" + "15b5d"); // PUBLISH with Topic Alias 1: properties 23 0001
        assertNotNull(judged().inconclusiveReason());
    }

    @Test
    void anUnsubscribeWithoutItsPropertyLengthFails() {
        sent("a207000a0003636d64"); // UNSUBSCRIBE id 10, "cmd" right after the identifier
        assertEquals("packet #1 on c1: UNSUBSCRIBE leaves out its Property Length: its topic filters follow the packet "
                + "identifier directly", reason(judged()));
    }

    @Test
    void aPublishWhosePropertyLengthCannotBeReadFails() {
        sent("32090003742f6100045b5d"); // PUBLISH QoS 1 "t/a", id 4, "[]" right after the identifier
        assertEquals("packet #1 on c1: PUBLISH has no well-formed Property Length: it reads as 91 bytes of properties, "
                + "more than the 1 bytes left in the frame", reason(judged()));
    }

    @Test
    void aContentTypeOfWellFormedUtf8Passes() {
        sent("320e000174000406030003612f625b5d"); // PUBLISH "t", id 4, Content Type "a/b", "[]"
        assertTrue(PropertyStringCheck.contentType(REQ).judge(session).passed());
    }

    @Test
    void aContentTypeOfIllFormedUtf8FailsEvenWhenTheDecoderRefusedTheFrame() {
        sent("320e000174000406030003612fff5b5d"); // as above, the last byte of "a/b" 0xFF
        assertEquals("packet #1 on c1: Content Type \"a/\\xFF\" is not well-formed UTF-8",
                reason(PropertyStringCheck.contentType(REQ).judge(session)));
    }

    @Test
    void noContentTypeIsNotApplicable() {
        sent("320a0003742f610004005b5d");
        assertNotNull(PropertyStringCheck.contentType(REQ).judge(session).notApplicableReason());
    }

    @Test
    void aResponseTopicIsJudgedForItsUtf8AndItsWildcards() {
        sent("320c0001740004040800012b5b5d"); // PUBLISH "t", id 4, Response Topic "+", "[]"
        assertTrue(PropertyStringCheck.responseTopic(REQ).judge(session).passed());
        assertEquals("packet #1 on c1: Response Topic \"+\" holds a wildcard character",
                reason(PropertyStringCheck.responseTopicWithoutWildcards(REQ).judge(session)));
    }

    @Test
    void theNameAndTheValueOfAUserPropertyAreJudged() {
        sent("320f0001740004072600016100016b5b5d"); // PUBLISH "t", id 4, User Property "a" = "k", "[]"
        assertTrue(PropertyStringCheck.userProperties(REQ).judge(session).passed());
        session.clear();
        sent("320f000174000407260001610001ff5b5d"); // the value 0xFF
        assertEquals("packet #1 on c1: User Property string \"\\xFF\" is not well-formed UTF-8",
                reason(PropertyStringCheck.userProperties(REQ).judge(session)));
    }
}
