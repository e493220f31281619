package org.iomt.patch.actors;

import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileLoader;
import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.patch.TemperaturePatchClass;
import org.iomt.standards.mqtt.MqttVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The observation plan the suite makes of the MQTT 5.0 reference profile: a patch with clean sessions is interrupted
 * inside the window like a persistent one (so that it meets the broker's limits on a second connection), but only a
 * persistent one has its session resumed or lost after it.
 */
@Tag("small")
class ReportingDevicesTest {

    private static final Path REFERENCE_50 = Path.of("../../profiles/reference/temperature-patch-mqtt5.yaml");

    private static ObservationPlan plan(String... sets) throws Exception {
        Path schema = Path.of(Objects.requireNonNull(ReportingDevicesTest.class
                .getResource(new TemperaturePatchClass().profileSchema())).toURI());
        Profile profile = new ProfileLoader(schema).load(REFERENCE_50, List.of(sets), name -> null);
        return ReportingDevices.plan(profile);
    }

    @Test
    void aPersistentPatchIsInterruptedAndItsSessionResumedAfterTheWindow() throws Exception {
        ObservationPlan plan = plan();
        assertTrue(plan.interruptSession());
        assertTrue(plan.resumesSession());
        assertEquals(List.of(MalformedProbe.PUBLISH_QOS_THREE, MalformedProbe.DISCONNECT_FLAGS,
                MalformedProbe.UNMAPPED_TOPIC_ALIAS), plan.probes(MqttVersion.V5_0));
    }

    @Test
    void aCleanPatchIsInterruptedInsideTheWindowAndGetsTheSessionPresentProbeInstead() throws Exception {
        ObservationPlan plan = plan("claims.mqtt.session=clean");
        assertTrue(plan.interruptSession(), "a second connection, where the broker announces its limits");
        assertFalse(plan.resumesSession());
        assertFalse(plan.interruptRelease());
        List<MalformedProbe> probes = plan.probes(MqttVersion.V5_0);
        assertEquals(MalformedProbe.SESSION_PRESENT_ON_CLEAN_START, probes.get(probes.size() - 1));
        assertEquals(List.of(MalformedProbe.PUBLISH_QOS_THREE, MalformedProbe.DISCONNECT_FLAGS,
                MalformedProbe.UNMAPPED_TOPIC_ALIAS), probes.subList(0, probes.size() - 1));
    }

    @Test
    void aPatchOverWebSocketIsAlsoProbedWithATextFrameBeforeAnySessionPresentProbe() throws Exception {
        assertEquals(List.of(MalformedProbe.PUBLISH_QOS_THREE, MalformedProbe.DISCONNECT_FLAGS, MalformedProbe.UNMAPPED_TOPIC_ALIAS,
                MalformedProbe.TEXT_FRAME, MalformedProbe.SESSION_PRESENT_ON_CLEAN_START), plan("claims.mqtt.session=clean", "claims.mqtt.webSocket=true")
                .probes(MqttVersion.V5_0));
    }

    @Test
    void aPatchPublishingAtQos0IsNotInterrupted() throws Exception {
        assertFalse(plan("claims.mqtt.session=clean", "claims.mqtt.qos=0").interruptSession());
    }
}
