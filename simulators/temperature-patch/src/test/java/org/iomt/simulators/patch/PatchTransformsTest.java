package org.iomt.simulators.patch;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.senml.SenmlJsonEncoder;
import org.iomt.standards.senml.SenmlPack;
import org.iomt.standards.senml.SenmlRecord;
import org.iomt.standards.senml.SenmlRecordBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every patch fault is a transform that changes what the patch does, and no fault changes it when none is on. */
@Tag("small")
class PatchTransformsTest {

    private static final MqttVersion VERSION = MqttVersion.V5_0;
    private static final String GTIN = "09506000134352";
    private static final String TOPIC = "iomt/patch/temperature";
    private static final String BASE_NAME = "https://id.gs1.org/01/" + GTIN + "/21/SN1";
    private static final byte[] PAYLOAD = "[]".getBytes(StandardCharsets.UTF_8);

    private static PatchSettings settings(Set<PatchFault> faults) {
        return new PatchSettings(VERSION, "patch-1", 30, 1, TOPIC, Duration.ofSeconds(5), GTIN, "SN1", "temperature", "Cel",
                Optional.empty(), true, Optional.empty(), faults);
    }

    /** What the transform makes of the conformant patch at every hook, in comparable form. */
    private static List<Object> probe(PatchTransform t) throws IOException {
        List<Object> seen = new ArrayList<>();
        seen.add(t.tlsChecks(TlsChecks.BOTH));
        List<String> actions = new ArrayList<>();
        t.beforeConnect(() -> actions.add("before CONNECT"));
        t.afterRefusal(() -> actions.add("after refusal"));
        seen.add(actions);
        seen.add(t.clientId("patch-1"));
        Connect persistent = Connect.of(VERSION, "patch-1", 30, false)
                .withProperties(MqttProperties.EMPTY.with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, 300))
                .withCredentials("patch", "secret".getBytes(StandardCharsets.UTF_8))
                .withWill("iomt/patch/will", PAYLOAD, 1, false, MqttProperties.EMPTY);
        seen.add(hex(t.connect(persistent)));
        seen.add(hex(t.connect(Connect.of(VERSION, "patch-1", 30, true))));
        seen.add(t.refusalBackoffMillis(1000));
        seen.add(t.readingIntervalNanos(5_000_000_000L));
        seen.add(t.keepAliveInUse(15, 30));
        seen.add(t.keepAlivePing(new PingReq(0)).isPresent());
        seen.add(t.keepAlivePingAtZeroQuota(new PingReq(0)).isPresent());
        seen.add(t.baseName(BASE_NAME));
        SenmlRecordBuilder record = SenmlRecord.builder().baseName(BASE_NAME + "/").baseTime(1_700_000_000.0)
                .name("temperature").unit("Cel").value(36.6);
        t.temperatureRecord(record, 36.6, 1_700_000_000.0);
        seen.add(new String(SenmlJsonEncoder.encode(new SenmlPack(List.of(record.build()))), StandardCharsets.UTF_8));
        seen.add(hex(t.reading(Publish.of(TOPIC, 1, false, 0, PAYLOAD))));
        seen.add(hex(t.reading(Publish.of(TOPIC, 0, false, 0, PAYLOAD))));
        seen.add(t.receiveMaximum(1));
        seen.add(t.readingTopicAlias(java.util.OptionalInt.of(1), 2));
        AtomicInteger drawn = new AtomicInteger(6);
        seen.add(t.readingPacketId(drawn::incrementAndGet));
        seen.add(t.redelivery(Publish.of(TOPIC, 1, false, 3, PAYLOAD).withDup(true), drawn::incrementAndGet)
                .map(PatchTransformsTest::hex));
        seen.add(drawn.get());
        seen.add(hex(t.subscribe(Subscribe.of(9, new Subscription("iomt/patch/commands", 1)))));
        seen.add(t.commandAck(PublishAck.puback(5)).map(PatchTransformsTest::hex));
        seen.add(t.commandAcksReady(PublishAck.puback(5)).stream().map(PatchTransformsTest::hex).toList());
        seen.add(t.commandAcksReady(PublishAck.puback(6)).stream().map(PatchTransformsTest::hex).toList());
        return seen;
    }

    private static String hex(MqttPacket packet) {
        return HexFormat.of().formatHex(MqttEncoder.encode(packet, VERSION));
    }

    @Test
    void withoutFaultsThePatchIsConformant() throws IOException {
        assertEquals(probe(new PatchTransform() {
        }), probe(PatchTransforms.active(settings(Set.of()))));
    }

    @ParameterizedTest
    @EnumSource(PatchFault.class)
    void everyFaultIsATransformThatChangesThePatch(PatchFault fault) throws IOException {
        List<Object> conformant = probe(PatchTransforms.active(settings(Set.of())));
        assertNotEquals(conformant, probe(PatchTransforms.of(fault, settings(Set.of(fault)))), fault.label());
        assertEquals(probe(PatchTransforms.of(fault, settings(Set.of(fault)))),
                probe(PatchTransforms.active(settings(Set.of(fault)))), fault.label());
    }

    @Test
    void severalFaultsApplyTogether() throws IOException {
        Set<PatchFault> faults = EnumSet.of(PatchFault.TWO_VALUES, PatchFault.UNIT_DEGC, PatchFault.STALE_TIMESTAMP);
        SenmlRecordBuilder record = SenmlRecord.builder().baseTime(1000.0).name("temperature").unit("Cel").value(36.6);
        PatchTransforms.active(settings(faults)).temperatureRecord(record, 36.6, 1000.0);
        assertEquals("[{\"bt\":-2600.0,\"n\":\"temperature\",\"u\":\"degC\",\"v\":36.6,\"vs\":\"normal\"}]",
                new String(SenmlJsonEncoder.encode(new SenmlPack(List.of(record.build()))), StandardCharsets.UTF_8));
    }

    @Test
    void aReadingNumberedZeroDrawsNoPacketIdentifier() {
        AtomicInteger drawn = new AtomicInteger();
        assertEquals(0, PatchTransforms.active(settings(Set.of(PatchFault.PACKET_ID_ZERO))).readingPacketId(drawn::incrementAndGet));
        assertEquals(0, drawn.get());
    }
}
