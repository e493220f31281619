package org.iomt.simulators.broker;

import org.iomt.simulators.Fault;
import org.iomt.standards.mqtt.MqttVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue is well formed: unique labels, requirement keys of the version asked for, a transform for each fault. */
@Tag("small")
class BrokerFaultTest {

    @Test
    void labelsAreUniqueAndFoundByName() {
        List<String> labels = Arrays.stream(BrokerFault.values()).map(BrokerFault::label).toList();
        assertEquals(labels.size(), labels.stream().distinct().count());
        assertEquals(BrokerFault.WILL_LOST, Fault.byLabel(BrokerFault.class, "will-lost").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(BrokerFault.class)
    void eachFaultNamesRequirementsOfTheVersionAndHasATransform(BrokerFault fault) {
        List<String> in311 = fault.violates(MqttVersion.V3_1_1);
        List<String> in50 = fault.violates(MqttVersion.V5_0);
        assertAll(() -> assertFalse(in311.isEmpty() && in50.isEmpty(), "breaks nothing in either version"),
                () -> assertTrue(in311.stream().allMatch(k -> k.matches("(mqtt-3\\.1\\.1:MQTT|iomt-mqtt-security:TLS)-[0-9A-Z.-]+")), in311::toString),
                () -> assertTrue(in50.stream().allMatch(k -> k.matches("(mqtt-5\\.0:MQTT|iomt-mqtt-security:TLS)-[0-9A-Z.-]+")), in50::toString),
                () -> assertNotNull(FaultTransforms.of(fault, new ExpiryLedger(), new ClientIdsInUse(), new WillsByClient(),
                        new SharedMembersByClient(), new AliasesByClient(),
                        new Qos2DeliveriesByClient())));
    }

    @Test
    void faultsOnMqtt5OnlyFieldsBreakNothingIn311() {
        assertAll(() -> assertEquals(List.of(), BrokerFault.CONNACK_WITHHELD_V5.violates(MqttVersion.V3_1_1)),
                () -> assertEquals(List.of(), BrokerFault.RECEIVE_MAXIMUM_IGNORED.violates(MqttVersion.V3_1_1)),
                () -> assertEquals(List.of("mqtt-5.0:MQTT-3.3.4-9", "mqtt-5.0:MQTT-4.9.0-1", "mqtt-5.0:MQTT-4.9.0-2"),
                        BrokerFault.RECEIVE_MAXIMUM_IGNORED.violates(MqttVersion.V5_0)));
    }
}
