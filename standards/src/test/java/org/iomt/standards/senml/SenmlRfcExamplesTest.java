package org.iomt.standards.senml;

import static org.iomt.standards.senml.RfcExamples.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("small")
class SenmlRfcExamplesTest {
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("1/5.1.1 single data point", RfcExamples.SINGLE_DATA_POINT, 1),
                Arguments.of("2 two measurements", RfcExamples.TWO_MEASUREMENTS, 2),
                Arguments.of("2 two measurements with base name", RfcExamples.TWO_MEASUREMENTS_BASE_NAME, 2),
                Arguments.of("5.1.2 multiple data points", RfcExamples.MULTIPLE_DATA_POINTS, 2),
                Arguments.of("5.1.2 multiple data points with times", RfcExamples.MULTIPLE_DATA_POINTS_TIMED, 7),
                Arguments.of("5.1.2 SensML stream (shown part)", RfcExamples.STREAM_PREFIX, 9),
                Arguments.of("5.1.3 multiple measurements", RfcExamples.MULTIPLE_MEASUREMENTS, 13),
                Arguments.of("5.1.4 resolved data", RfcExamples.RESOLVED, 13),
                Arguments.of("5.1.5 multiple data types", RfcExamples.MULTIPLE_DATA_TYPES, 4),
                Arguments.of("5.1.6 collection of resources", RfcExamples.COLLECTION, 4),
                Arguments.of("5.1.7 thermostat", RfcExamples.ACTUATOR_THERMOSTAT, 4),
                Arguments.of("5.1.7 lights on", RfcExamples.ACTUATOR_LIGHTS_ON, 2),
                Arguments.of("5.1.7 lights off", RfcExamples.ACTUATOR_LIGHTS_OFF, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rfcExampleDecodesAndValidatesWithoutFindings(String title, String json, int records) throws Exception {
        SenmlPack pack = SenmlJsonDecoder.decode(bytes(json));
        assertEquals(records, pack.records().size());
        assertEquals(List.of(), SenmlValidator.validate(pack));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rfcExampleSurvivesEncodeAndDecode(String title, String json, int records) throws Exception {
        SenmlPack pack = SenmlJsonDecoder.decode(bytes(json));
        assertEquals(pack, SenmlJsonDecoder.decode(SenmlJsonEncoder.encode(pack)));
    }

    @Test
    void multipleMeasurementsResolveToTheResolvedFormTheRfcGives() throws Exception {
        List<ResolvedRecord> resolved = SenmlResolver.resolve(
                SenmlJsonDecoder.decode(bytes(RfcExamples.MULTIPLE_MEASUREMENTS)), NOW);
        SenmlPack expected = SenmlJsonDecoder.decode(bytes(RfcExamples.RESOLVED));

        assertEquals(expected.records().size(), resolved.size());
        for (int i = 0; i < resolved.size(); i++) {
            SenmlRecord want = expected.records().get(i);
            ResolvedRecord got = resolved.get(i);
            assertEquals(want.name().orElseThrow(), got.name(), "name of record " + i);
            assertEquals(want.unit(), got.unit(), "unit of record " + i);
            assertEquals(want.value(), got.value(), "value of record " + i);
            assertEquals(Instant.ofEpochSecond(want.time().orElseThrow().longValue()), got.time(), "time of record " + i);
            assertEquals(Optional.empty(), got.sum());
        }
    }

    @Test
    void resolvedFormResolvesToItself() throws Exception {
        SenmlPack pack = SenmlJsonDecoder.decode(bytes(RfcExamples.RESOLVED));
        List<ResolvedRecord> resolved = SenmlResolver.resolve(pack, NOW);
        assertEquals(Instant.parse("2011-10-31T13:24:24Z"), resolved.get(0).time()); // "Mon Oct 31 13:24:24 UTC 2011"
        assertEquals(Instant.parse("2011-10-31T13:27:24Z"), resolved.get(12).time());
    }

    @Test
    void timedCurrentsAreAtOneSecondStepsBeforeTheBaseTime() throws Exception {
        List<ResolvedRecord> resolved = SenmlResolver.resolve(
                SenmlJsonDecoder.decode(bytes(RfcExamples.MULTIPLE_DATA_POINTS_TIMED)), NOW);
        // "Tue Jun 8 18:01:16.001 UTC 2010 and at each second for the previous 5 seconds"
        Instant base = Instant.parse("2010-06-08T18:01:16.001Z");
        assertEquals(base, resolved.get(6).time());
        assertEquals(base.minusSeconds(5), resolved.get(0).time()); // sorted: current at t-5 first
        assertEquals("urn:dev:ow:10e2073a0108006:current", resolved.get(0).name());
        assertEquals(Optional.of("A"), resolved.get(0).unit()); // base unit
        assertEquals(Optional.of(1.2), resolved.get(0).value());
        assertEquals(Optional.of(1.7), resolved.get(6).value());
        assertEquals("urn:dev:ow:10e2073a0108006:voltage", resolved.get(5).name()); // same time, pack order kept
        assertEquals(Optional.of("V"), resolved.get(5).unit()); // its own unit, not the base unit
        assertEquals(base, resolved.get(5).time());
    }

    @Test
    void recordsWithoutTimeAreNow() throws Exception {
        List<ResolvedRecord> resolved = SenmlResolver.resolve(
                SenmlJsonDecoder.decode(bytes(RfcExamples.MULTIPLE_DATA_POINTS)), NOW);
        assertEquals(2, resolved.size());
        assertEquals("urn:dev:ow:10e2073a01080063:voltage", resolved.get(0).name());
        assertEquals("urn:dev:ow:10e2073a01080063:current", resolved.get(1).name());
        assertEquals(NOW, resolved.get(0).time());
        assertEquals(NOW, resolved.get(1).time());
    }

    @Test
    void multipleDataTypesKeepTheirKind() throws Exception {
        List<ResolvedRecord> r = SenmlResolver.resolve(
                SenmlJsonDecoder.decode(bytes(RfcExamples.MULTIPLE_DATA_TYPES)), NOW);
        assertEquals(Optional.of(23.1), r.get(0).value());
        assertEquals(Optional.of("Machine Room"), r.get(1).stringValue());
        assertEquals(Optional.empty(), r.get(1).value());
        assertEquals(Optional.of(false), r.get(2).booleanValue());
        assertEquals(Optional.of("aGkgCg"), r.get(3).dataValue());
        assertEquals("urn:dev:ow:10e2073a01080063:nfv-reader", r.get(3).name());
    }

    @Test
    void lastRecordOfTheCollectionUsesTheThirdRecordsBaseNameAndTheFirstRecordsBaseTime() throws Exception {
        List<ResolvedRecord> r = SenmlResolver.resolve(SenmlJsonDecoder.decode(bytes(RfcExamples.COLLECTION)), NOW);
        Instant when = Instant.parse("2011-10-31T16:27:09Z"); // "Mon Oct 31 16:27:09 UTC 2011"
        assertEquals("2001:db8::1/humidity", r.get(3).name());
        assertEquals(when, r.get(3).time());
        assertEquals("2001:db8::2/temperature", r.get(0).name());
        assertEquals(Optional.of(25.2), r.get(0).value());
    }

    @Test
    void baseOnlyRecordProducesNoResolvedRecord() throws Exception {
        List<ResolvedRecord> r = SenmlResolver.resolve(
                SenmlJsonDecoder.decode(bytes(RfcExamples.ACTUATOR_THERMOSTAT)), NOW);
        assertEquals(List.of("urn:dev:ow:10e2073a01080063:temp", "urn:dev:ow:10e2073a01080063:heat",
                "urn:dev:ow:10e2073a01080063:fan"), r.stream().map(ResolvedRecord::name).toList());
    }

    @Test
    void lightsGoOffOneHundredMillisecondsAfterDimming() throws Exception {
        List<ResolvedRecord> r = SenmlResolver.resolve(
                SenmlJsonDecoder.decode(bytes(RfcExamples.ACTUATOR_LIGHTS_OFF)), NOW);
        Instant current = Instant.ofEpochSecond(1_320_078_429L); // "The current time is 1320078429"
        assertEquals(current, r.get(0).time());
        assertEquals(current.plusMillis(100), r.get(2).time());
        assertEquals(Optional.of("/"), r.get(2).unit());
        assertEquals(Optional.of(0.0), r.get(3).value());
    }

    @Test
    void relativeTimesCountFromNow() throws Exception {
        List<ResolvedRecord> r = SenmlResolver.resolve(SenmlJsonDecoder.decode(bytes(
                "[{\"n\":\"a\",\"v\":1,\"t\":-60.5},{\"n\":\"b\",\"v\":1,\"bt\":10,\"t\":5}]")), NOW);
        assertEquals(NOW.minusMillis(60_500), r.get(0).time());
        assertEquals(NOW.plusSeconds(15), r.get(1).time());
        assertTrue(r.get(0).time().isBefore(r.get(1).time()));
    }
}
