package org.iomt.suites.runner;

import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.iomt.simulators.broker.BrokerFault;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.suites.Certifications;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests the tester on the broker role: the local Mosquitto passes every applicable requirement, and the
 * fault-injecting proxy in front of it with any one catalogued fault makes exactly the requirements that fault names
 * FAIL, in both MQTT versions, never an ERROR. Needs Mosquitto; without it the class is skipped.
 */
@Tag("large")
class BrokerFaultCatalogueTest {

    private static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto");

    @TempDir
    Path runs;

    @BeforeAll
    static void mosquittoIsInstalled() {
        assumeTrue(Files.isExecutable(MOSQUITTO), "no Mosquitto at " + MOSQUITTO + " (Debian: apt-get install mosquitto)");
    }

    @Test
    void mosquittoPassesEveryApplicableRequirement() throws Exception {
        RunRecord record = Certifications.certify(Certifications.MOSQUITTO, runs.resolve("mosquitto"));

        assertAll(
                () -> assertEquals(Verdict.PASS, record.verdict(), Certifications.problems(record)),
                () -> assertTrue(record.requirements().stream().allMatch(r -> r.verdict() == Verdict.PASS
                        || r.verdict() == Verdict.NOT_APPLICABLE), Certifications.problems(record)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BrokerFault.class)
    void eachFaultFailsExactlyItsRequirements(BrokerFault fault) throws Exception {
        RunRecord record = Certifications.certify(Certifications.MOSQUITTO, runs.resolve(fault.label()),
                "target.faults=[" + fault.label() + "]");

        Set<String> expected = new TreeSet<>(fault.violates(MqttVersion.V3_1_1));
        expected.addAll(fault.violates(MqttVersion.V5_0));
        assertAll(
                () -> assertEquals(expected, Certifications.requirementsWith(record, Verdict.FAIL), Certifications.problems(record)),
                () -> assertEquals(Set.of(), Certifications.requirementsWith(record, Verdict.ERROR), Certifications.problems(record)),
                () -> assertEquals(Verdict.FAIL, record.verdict(), "a broker breaking a MUST is never certified"));
    }
}
