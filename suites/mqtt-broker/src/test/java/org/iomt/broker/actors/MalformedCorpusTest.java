package org.iomt.broker.actors;

import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPacketRules;
import org.iomt.standards.mqtt.MqttVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("small")
class MalformedCorpusTest {

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void everyCaseIsMalformedForOurOwnDecoder(MqttVersion version) {
        List<String> wellFormed = new ArrayList<>();
        for (MalformedCase c : MalformedCorpus.of(version)) {
            try {
                MqttPacket packet = MqttDecoder.decode(c.frame(), version);
                if (MqttPacketRules.violations(packet, version).isEmpty()) {
                    wellFormed.add(c.name() + " " + c.hex());
                }
            } catch (MalformedPacketException expected) {
                // the decoder refuses the frame: malformed
            }
        }
        assertEquals(List.of(), wellFormed, "cases our decoder and packet rules accept");
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void namesAreUniqueAndTheCorpusIsTheSameEveryTime(MqttVersion version) {
        List<MalformedCase> corpus = MalformedCorpus.of(version);
        Set<String> names = new HashSet<>();
        corpus.forEach(c -> assertTrue(names.add(c.name()), "duplicate case " + c.name()));
        List<MalformedCase> again = MalformedCorpus.of(version);
        assertEquals(corpus.size(), again.size());
        for (int i = 0; i < corpus.size(); i++) {
            assertEquals(corpus.get(i).name(), again.get(i).name());
            assertTrue(Arrays.equals(corpus.get(i).frame(), again.get(i).frame()), corpus.get(i).name());
        }
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void everyPacketTypeAClientSendsIsCovered(MqttVersion version) {
        Set<String> types = MalformedCorpus.of(version).stream().map(MalformedCase::packetType).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(Set.of("CONNECT", "PUBLISH", "PUBACK", "PUBREC", "PUBREL", "PUBCOMP", "SUBSCRIBE",
                "UNSUBSCRIBE", "PINGREQ", "DISCONNECT", "reserved type 0"));
        expected.add(version == MqttVersion.V5_0 ? "AUTH" : "reserved type 15");
        assertEquals(expected, types);
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void everyFamilyOfTheVersionHasCasesAndARow(MqttVersion version) {
        Set<MalformedFamily> families = MalformedCorpus.of(version).stream().map(MalformedCase::family).collect(Collectors.toSet());
        families.forEach(f -> assertTrue(f.row(version).isPresent(), f + " has no row in " + version));
        assertEquals(version == MqttVersion.V5_0 ? 9 : 5, families.size());
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void theCasesLeftOutNameATypeAndAMutationOfTheTableAndAreNotSent(MqttVersion version) {
        List<MalformedCase> corpus = MalformedCorpus.of(version);
        Set<String> names = corpus.stream().map(MalformedCase::name).collect(Collectors.toSet());
        Set<String> types = corpus.stream().map(MalformedCase::packetType).collect(Collectors.toSet());
        Set<String> mutations = names.stream().filter(n -> n.contains("/")).map(n -> n.substring(n.indexOf('/') + 1))
                .collect(Collectors.toSet());
        for (String left : MalformedCorpus.LEFT_OUT) {
            assertTrue(!names.contains(left), left + " is sent");
            assertTrue(types.contains(left.substring(0, left.indexOf('/'))), left + " names no packet type of the corpus");
            assertTrue(mutations.contains(left.substring(left.indexOf('/') + 1)), left + " names no mutation of the table");
        }
    }
}
