package org.iomt.core.spi;

import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileKeys;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The device classes on the class path, found once with {@link ServiceLoader}, in the order of their names. */
public final class DeviceClasses {

    private static final List<DeviceClassProvider> ALL = ServiceLoader.load(DeviceClassProvider.class).stream()
            .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(DeviceClassProvider::name)).toList();

    private DeviceClasses() {
    }

    public static List<DeviceClassProvider> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(DeviceClassProvider::name).toList();
    }

    public static Optional<DeviceClassProvider> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The class of a loaded profile; the loader has already refused a profile naming no known class. */
    public static DeviceClassProvider of(Profile profile) {
        String device = profile.get(ProfileKeys.DEVICE);
        return named(device).orElseThrow(() -> new IllegalStateException("no device class " + device + " on the class path"));
    }
}
