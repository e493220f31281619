package org.iomt.core.profile;

import java.util.List;

/** The keys every profile has, whatever its device class: the class, the product's identity, the target's kind and faults. */
public final class ProfileKeys {

    public static final ProfileKey<String> DEVICE =
            ProfileKey.text("device", null, "device class under test; selects the features", "DESIGN §6");
    public static final ProfileKey<String> VENDOR = ProfileKey.text("identity.vendor", null, "manufacturer", "ISO/IEC 17025 §7.8.2");
    public static final ProfileKey<String> MODEL = ProfileKey.text("identity.model", null, "model name", "ISO/IEC 17025 §7.8.2");
    public static final ProfileKey<String> FIRMWARE = ProfileKey.text("identity.firmware", null, "firmware version", "ISO/IEC 17025 §7.8.2");
    public static final ProfileKey<String> SERIAL = ProfileKey.text("identity.serial", null, "serial number of the unit tested", "ISO/IEC 17025 §7.8.2");
    public static final ProfileKey<String> UDI_GTIN =
            ProfileKey.text("identity.udi.gtin", null, "GTIN-14 of the device (UDI device identifier)", "GS1 General Specifications §3.2 AI (01)");
    public static final ProfileKey<String> UDI_SERIAL =
            ProfileKey.text("identity.udi.serial", null, "serial number in the UDI production identifier", "GS1 General Specifications §3.2 AI (21)");
    public static final ProfileKey<String> TARGET_KIND =
            ProfileKey.text("target.kind", null, "simulated (built-in simulator), live (a real device), export or mosquitto", "DESIGN §6");
    public static final ProfileKey<List<String>> FAULTS =
            ProfileKey.texts("target.faults", "faults switched on in the simulator", "DESIGN §7");

    private ProfileKeys() {
    }

    /** Every key of the holder, for the device class's list of keys. */
    public static java.util.List<ProfileKey<?>> all() {
        return java.util.List.of(DEVICE, VENDOR, MODEL, FIRMWARE, SERIAL, UDI_GTIN, UDI_SERIAL, TARGET_KIND, FAULTS);
    }
}
