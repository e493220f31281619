package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Topic rules, with the matching examples of MQTT 3.1.1 §4.7.1 and §4.7.2. */
@Tag("small")
class TopicsTest {

    @ParameterizedTest
    @ValueSource(strings = {"#", "+", "sport/tennis/#", "sport/+/player1", "+/tennis/#", "/+", "+/+", "a//b", "$SYS/#", "/"})
    void validFilters(String f) {
        assertTrue(Topics.isValidTopicFilter(f));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sport/tennis#", "sport/tennis/#/ranking", "sport+", "#/a", "a/b+/c", "a\u0000b"})
    void invalidFilters(String f) {
        assertFalse(Topics.isValidTopicFilter(f));
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "sport/tennis/player1/#, sport/tennis/player1, true",
            "sport/tennis/player1/#, sport/tennis/player1/ranking, true",
            "sport/tennis/player1/#, sport/tennis/player1/score/wimbledon, true",
            "sport/#, sport, true",
            "sport/tennis/+, sport/tennis/player1, true",
            "sport/tennis/+, sport/tennis/player1/ranking, false",
            "sport/+, sport, false",
            "sport/+, sport/, true",
            "+/+, /finance, true",
            "/+, /finance, true",
            "+, /finance, false",
            "#, $SYS/monitor/Clients, false",
            "+/monitor/Clients, $SYS/monitor/Clients, false",
            "$SYS/#, $SYS/monitor/Clients, true",
            "$SYS/monitor/+, $SYS/monitor/Clients, true",
            "#, ward/a/temp, true",
            "ward/a/temp, ward/a/temp, true",
            "ward/a/temp, ward/a/pulse, false",
            "ward/a, ward/a/temp, false",
            "sport/tennis#, sport/tennis, false"
    })
    void matching(String filter, String topic, boolean expected) {
        assertEquals(expected, Topics.matches(filter, topic));
    }

    @Test
    void wildcardsInTopicNames() {
        assertTrue(Topics.hasWildcard("ward/+/temp"));
        assertTrue(Topics.hasWildcard("ward/#"));
        assertFalse(Topics.hasWildcard("ward/a/temp"));
        assertFalse(Topics.matches("#", "ward/+"));
    }
}
