package org.iomt.suites.runner;

import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.iomt.simulators.broker.BrokerFault;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.suites.Certifications;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests the tester on the broker role: the local Mosquitto passes every applicable requirement, and the
 * fault-injecting proxy in front of it with any one catalogued fault makes exactly the requirements that fault names
 * FAIL, in both MQTT versions, never an ERROR. Needs Mosquitto; without it the class is skipped.
 * <p>
 * A run lasts about ten seconds, most of it waiting out protocol timers, and one JVM holds one run at a time; the
 * faults are therefore shared out over {@link #PARTS} subclasses ({@code BrokerFaultCatalogue<n>Test}) that the build runs in
 * parallel JVMs (the {@code broker-faults} execution of surefire in {@code suites/pom.xml}).
 */
@Tag("large")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrokerFaultCatalogue {

    static final int PARTS = 3;

    /** Shorter waits for answers that should not come; loopback answers arrive in milliseconds. */
    private static final String SHORT_WAITS = "timers.response=2s";

    private static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto");

    @TempDir
    Path runs;

    @BeforeAll
    static void mosquittoIsInstalled() {
        assumeTrue(Files.isExecutable(MOSQUITTO), "no Mosquitto at " + MOSQUITTO + " (Debian: apt-get install mosquitto)");
    }

    /** Which share of the faults this part runs: those whose ordinal leaves this remainder. */
    abstract int part();

    Stream<BrokerFault> faults() {
        return Arrays.stream(BrokerFault.values()).filter(f -> f.ordinal() % PARTS == part());
    }

    @Test
    void mosquittoPassesEveryApplicableRequirement() throws Exception {
        assumeTrue(part() == 0, "the reference run belongs to the first part");
        RunRecord record = Certifications.certify(Certifications.MOSQUITTO, runs.resolve("mosquitto"), SHORT_WAITS);

        assertAll(
                () -> assertEquals(Verdict.PASS, record.verdict(), Certifications.problems(record)),
                () -> assertTrue(record.requirements().stream().allMatch(r -> r.verdict() == Verdict.PASS
                        || r.verdict() == Verdict.NOT_APPLICABLE), Certifications.problems(record)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachFaultFailsExactlyItsRequirements(BrokerFault fault) throws Exception {
        RunRecord record = Certifications.certify(Certifications.MOSQUITTO, runs.resolve(fault.label()), SHORT_WAITS,
                "target.faults=[" + fault.label() + "]");

        Set<String> expected = new TreeSet<>(fault.violates(MqttVersion.V3_1_1));
        expected.addAll(fault.violates(MqttVersion.V5_0));
        assertAll(
                () -> assertEquals(expected, Certifications.requirementsWith(record, Verdict.FAIL), Certifications.problems(record)),
                () -> assertEquals(Set.of(), Certifications.requirementsWith(record, Verdict.ERROR), Certifications.problems(record)),
                () -> assertEquals(Verdict.FAIL, record.verdict(), "a broker breaking a MUST is never certified"));
    }
}
