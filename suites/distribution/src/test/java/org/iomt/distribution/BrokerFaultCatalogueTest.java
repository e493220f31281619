package org.iomt.distribution;

import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.iomt.simulators.RealPeer;
import org.iomt.simulators.broker.BrokerFault;
import org.iomt.standards.mqtt.MqttVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests the tester on the broker role: the local Mosquitto passes every applicable requirement, and the
 * fault-injecting proxy in front of it with any one catalogued fault makes exactly the requirements that fault names
 * FAIL, in both MQTT versions, never an ERROR, while every other row passing on the plain Mosquitto still passes, but
 * for the rows the fault declares it leaves unjudged. Needs
 * Mosquitto ({@link RealPeer}). Each run starts a Mosquitto of its own, so the runs go side by side: they wait on
 * protocol timers, not on the CPU.
 */
@Tag("large")
@Execution(ExecutionMode.CONCURRENT)
class BrokerFaultCatalogueTest {

    /** Shorter waits for answers that should not come; loopback answers arrive in milliseconds. */
    private static final List<String> SHORT_WAITS = List.of("timers.response=2s");

    @TempDir
    Path runs;

    @BeforeAll
    static void mosquittoIsInstalled() {
        RealPeer.require("mosquitto", "apt-get install mosquitto; .ci/run installs it");
    }

    @Test
    void mosquittoPassesEveryApplicableRequirement() throws Exception {
        RunRecord record = FaultVerdicts.reference(Certifications.MOSQUITTO, SHORT_WAITS);

        assertAll(
                () -> assertEquals(Verdict.PASS, record.verdict(), Certifications.problems(record)),
                () -> assertTrue(record.requirements().stream().allMatch(r -> r.verdict() == Verdict.PASS
                        || r.verdict() == Verdict.NOT_APPLICABLE), Certifications.problems(record)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BrokerFault.class)
    void eachFaultFailsExactlyItsRequirements(BrokerFault fault) throws Exception {
        RunRecord reference = FaultVerdicts.reference(Certifications.MOSQUITTO, SHORT_WAITS);
        RunRecord record = Certifications.certify(Certifications.MOSQUITTO, runs.resolve(fault.label()), SHORT_WAITS.get(0),
                "target.faults=[" + fault.label() + "]");

        Set<String> expected = new TreeSet<>(fault.violates(MqttVersion.V3_1_1));
        expected.addAll(fault.violates(MqttVersion.V5_0));
        assertAll(
                () -> FaultVerdicts.assertFailsExactly(expected, fault.leavesUnjudged(), record, reference),
                () -> assertEquals(Verdict.FAIL, record.verdict(), "a broker breaking a MUST is never certified"));
    }
}
