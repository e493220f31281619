package org.iomt.mqtt.drivers;

import org.iomt.core.profile.ProfileKey;

/** The profile keys shared by the MQTT device classes: the credentials a client presents. */
public final class MqttKeys {

    public static final ProfileKey<String> USERNAME =
            ProfileKey.text("target.credentials.username", null, "user name the device must present", "MQTT §3.1.3.5");
    public static final ProfileKey<String> PASSWORD =
            ProfileKey.text("target.credentials.password", null, "password the device must present", "MQTT §3.1.3.6");

    private MqttKeys() {
    }

    /** Every key of the holder, for the device class's list of keys. */
    public static java.util.List<ProfileKey<?>> all() {
        return java.util.List.of(USERNAME, PASSWORD);
    }
}
