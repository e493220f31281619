package org.iomt.distribution;

import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.iomt.simulators.patch.PatchFault;
import org.iomt.standards.mqtt.MqttVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests the tester on the temperature patch: the reference patch passes every applicable requirement, and each
 * catalogued fault makes exactly the requirements it names FAIL, never an ERROR, while every other row that passes in
 * the reference still passes, but for the rows the fault declares it leaves unjudged. Two readings per run keep the runs short; the reference profiles as shipped are certified whole.
 * The certifications run side by side: they wait on the patch's reporting interval, not on the CPU.
 */
@Tag("large")
@Execution(ExecutionMode.CONCURRENT)
class FaultCatalogueTest {

    private static final String SHORT = "timers.readings=2";

    /** Claims a fault needs to be judged at all: DUP at QoS 0 shows only on a patch that publishes at QoS 0. */
    private static final java.util.Map<PatchFault, List<String>> CLAIMS_NEEDED = java.util.Map.of(
            PatchFault.DUP_AT_QOS_0, List.of("claims.mqtt.qos=0"),
            // will flags without a will show only on a patch that claims no will
            PatchFault.WILL_QOS_WITHOUT_WILL_FLAG, List.of("claims.mqtt.will=null"),
            PatchFault.WILL_RETAIN_WITHOUT_WILL_FLAG, List.of("claims.mqtt.will=null"),
            // certificate checks and credentials show only on a patch that reports over TLS and logs in
            PatchFault.ACCEPTS_UNTRUSTED_CERTIFICATE, List.of("claims.mqtt.tls=true"),
            PatchFault.SKIPS_HOST_NAME_CHECK, List.of("claims.mqtt.tls=true"),
            PatchFault.WRONG_PASSWORD, List.of("claims.mqtt.tls=true", "claims.mqtt.authentication=true"));

    @TempDir
    Path runs;

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceProfiles")
    void theReferencePatchPassesEveryApplicableRequirement(Path profile) throws Exception {
        RunRecord record = Certifications.certify(profile, runs.resolve("reference"));

        assertAll(
                () -> assertEquals(Verdict.PASS, record.verdict(), Certifications.problems(record)),
                () -> assertTrue(record.requirements().stream().allMatch(r -> r.verdict() == Verdict.PASS
                        || r.verdict() == Verdict.NOT_APPLICABLE), Certifications.problems(record)),
                () -> assertTrue(Certifications.requirementsWith(record, Verdict.PASS).size() >= 20,
                        "most requirements apply to the reference patch"));
    }

    static Stream<Path> referenceProfiles() {
        return Stream.of(Certifications.REFERENCE, Certifications.REFERENCE_MQTT5, Certifications.REFERENCE_TLS);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PatchFault.class)
    void eachFaultFailsExactlyItsRequirementsInMqtt311(PatchFault fault) throws Exception {
        assertFaultFailsExactlyItsRequirements(Certifications.REFERENCE, MqttVersion.V3_1_1, fault);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = PatchFault.class, names = {"RESERVED_FLAG_SET", "NO_KEEPALIVE", "PACKET_ID_ZERO",
            "WILDCARD_IN_TOPIC", "EMPTY_CLIENT_ID_PERSISTENT", "DUP_AT_QOS_0", "CLEAN_SESSION", "NO_REDELIVERY",
            "REDELIVERY_NEW_PACKET_ID", "WILL_QOS_WITHOUT_WILL_FLAG", "WILL_RETAIN_WITHOUT_WILL_FLAG",
            "TOPIC_ALIAS_UNANNOUNCED", "COMMAND_NOT_ACKNOWLEDGED", "COMMAND_ACK_WRONG_ID"})
    void faultsWithVersionSpecificStatementsFailTheirMqtt5Requirements(PatchFault fault) throws Exception {
        assertFaultFailsExactlyItsRequirements(Certifications.REFERENCE_MQTT5, MqttVersion.V5_0, fault);
    }

    /** The TLS faults on the TLS reference profile, which speaks MQTT 5.0 and claims TLS and authentication itself. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = PatchFault.class, names = {"ACCEPTS_UNTRUSTED_CERTIFICATE", "SKIPS_HOST_NAME_CHECK", "WRONG_PASSWORD"})
    void tlsFaultsFailTheirRequirementsOnTheTlsReference(PatchFault fault) throws Exception {
        assertFaultFailsExactlyItsRequirements(Certifications.REFERENCE_TLS, MqttVersion.V5_0, fault);
    }

    private void assertFaultFailsExactlyItsRequirements(Path profile, MqttVersion version, PatchFault fault) throws Exception {
        List<String> sets = new java.util.ArrayList<>(List.of(SHORT));
        sets.addAll(CLAIMS_NEEDED.getOrDefault(fault, List.of()));
        RunRecord reference = FaultVerdicts.reference(profile, sets);
        sets.add("target.faults=[" + fault.label() + "]");
        RunRecord record = Certifications.certify(profile, runs.resolve(fault.label()), sets.toArray(String[]::new));

        Set<String> expected = new TreeSet<>(fault.violates(version));
        boolean onlyShould = record.requirements().stream().filter(r -> expected.contains(r.id()))
                .allMatch(r -> r.level() != org.iomt.reports.record.Level.MUST);
        assertAll(
                () -> FaultVerdicts.assertFailsExactly(expected, fault.leavesUnjudged(version), record, reference),
                () -> assertEquals(expected.isEmpty() || onlyShould ? Verdict.PASS : Verdict.FAIL, record.verdict(),
                        "a patch breaking a MUST is never certified; one breaking only a SHOULD is, with warnings"),
                () -> assertEquals(onlyShould ? expected : Set.of(), record.warnings().stream()
                        .filter(r -> r.verdict() == Verdict.FAIL).map(org.iomt.reports.record.RequirementResult::id)
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new)), "failing SHOULDs are the warnings"));
    }
}
