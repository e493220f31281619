package org.iomt.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceClasses;
import org.iomt.distribution.Certifications;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The core schema names no device class; each class's fragment, shipped in its module, allows exactly its target kinds. */
@Tag("small")
class ProfileSchemaTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCoreSchemaNamesNoDeviceClass() throws Exception {
        JsonNode core = json.readTree(Certifications.HOME.resolve("profiles/schema/profile.schema.json").toFile());
        String text = core.toString();
        for (String name : DeviceClasses.names()) {
            assertFalse(text.contains("\"" + name + "\""), name);
        }
        assertFalse(core.has("allOf"), "no conditional on the device class");
    }

    @Test
    void eachFragmentAllowsExactlyTheTargetKindsOfItsClass() throws Exception {
        for (DeviceClassProvider deviceClass : DeviceClasses.all()) {
            try (InputStream in = deviceClass.getClass().getResourceAsStream(deviceClass.profileSchema())) {
                assertNotNull(in, deviceClass.name() + " ships " + deviceClass.profileSchema());
                List<String> kinds = new ArrayList<>();
                json.readTree(in).at("/properties/target/properties/kind/enum").forEach(k -> kinds.add(k.asText()));
                assertEquals(deviceClass.targetKinds(), kinds, deviceClass.name());
            }
        }
    }
}
