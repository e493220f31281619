package org.iomt.core.profile;

import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceClasses;
import org.iomt.distribution.Certifications;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The paths of the core schema and every class's fragment admit every typed key and nothing else, so a mistyped --set key
 * is caught and a real one never is.
 */
@Tag("small")
class SchemaPathsTest {

    private final SchemaPaths paths = paths();

    private static SchemaPaths paths() {
        try {
            return ProfileSchema.read(Certifications.HOME.resolve("profiles/schema/profile.schema.json")).paths();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyTypedKeyIsAdmitted() throws Exception {
        for (Field f : ProfileKeys.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof ProfileKey<?> key) {
                assertTrue(paths.admits(key.path()), key.path());
            }
        }
    }

    @Test
    void everyKeyOfEveryDeviceClassIsAdmitted() {
        for (DeviceClassProvider deviceClass : DeviceClasses.all()) {
            for (ProfileKey<?> key : deviceClass.profileKeys()) {
                assertTrue(paths.admits(key.path()), deviceClass.name() + ": " + key.path());
            }
        }
    }

    @Test
    void keysOfEveryDeviceClassAndFreeMappingsAreAdmitted() {
        assertAll(() -> assertTrue(paths.admits("claims.mqtt.sharedSubscriptions")), // broker claims, from the broker's fragment
                () -> assertTrue(paths.admits("claims.mqtt.keepAlive")),              // device claims, from the patch's fragment
                () -> assertTrue(paths.admits("claims.epc.filters.sgtin-96")),        // a mapping that takes any key
                () -> assertTrue(paths.admits("target.broker.tls.mutualPort")));
    }

    @Test
    void mistypedKeysAreNotAdmittedAndTheNearestIsFound() {
        assertAll(() -> assertFalse(paths.admits("timers.respnse")),
                () -> assertFalse(paths.admits("colour")),
                () -> assertFalse(paths.admits("claims.mqtt.qos.level")),
                () -> assertEquals(Optional.of("timers.response"), paths.nearest("timers.respnse")),
                () -> assertEquals(Optional.of("tolerances.keepAlive"), paths.nearest("tolerances.keepalive")),
                () -> assertEquals(Optional.empty(), paths.nearest("colour")));
    }

    @Test
    void theNearestNameIsAtMostTwoEditsAwayAndLessThanHalfTheName() {
        assertAll(() -> assertEquals(Optional.of("certify"), NearestName.to("certfy", List.of("certify", "list", "simulate"))),
                () -> assertEquals(Optional.of("list"), NearestName.to("lst", List.of("certify", "list"))),
                () -> assertEquals(Optional.empty(), NearestName.to("ls", List.of("list"))),
                () -> assertEquals(Optional.empty(), NearestName.to("frobnicate", List.of("certify", "list", "simulate"))),
                () -> assertEquals(3, NearestName.distance("kitten", "sitting")));
    }
}
