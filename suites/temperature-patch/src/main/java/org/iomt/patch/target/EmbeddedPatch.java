package org.iomt.patch.target;

import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.spi.FaultNames;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.mqtt.drivers.MqttKeys;
import org.iomt.patch.actors.ReportingDevices;
import org.iomt.patch.profile.PatchKeys;
import org.iomt.simulators.patch.PatchFault;
import org.iomt.simulators.patch.PatchSettings;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the built-in temperature patch's settings from a profile: the simulator is the profile made real. */
public final class EmbeddedPatch {

    private EmbeddedPatch() {
    }

    /** The faults named, or an exception naming each unknown one and listing the catalogue. */
    public static Set<PatchFault> faults(List<String> labels) throws UnknownFaultException {
        return FaultNames.parse(PatchFault.class, labels, "temperature patch");
    }

    /** The patch of a profile reaching its broker over plain TCP with the profile's credentials, if any. */
    public static PatchSettings settings(Profile profile, Set<PatchFault> faults) {
        return settings(profile, faults, profile.find(MqttKeys.USERNAME)
                .map(u -> new PatchSettings.Credentials(u, profile.get(MqttKeys.PASSWORD))), Optional.empty());
    }

    /**
     * The patch of a profile, given the credentials it presents and how it reaches its broker over TLS, which the
     * run decides (a simulated patch gets a user name, a password and a CA made for the run).
     */
    public static PatchSettings settings(Profile profile, Set<PatchFault> faults, Optional<PatchSettings.Credentials> credentials,
                                         Optional<PatchSettings.Tls> tls) {
        Optional<PatchSettings.EnhancedAuthentication> enhanced = profile.find(PatchKeys.MQTT_AUTHENTICATION_METHOD)
                .flatMap(m -> credentials).map(user -> new PatchSettings.EnhancedAuthentication(user,
                        profile.find(PatchKeys.MQTT_REAUTHENTICATE)));
        Optional<PatchSettings.Credentials> inConnect = enhanced.isPresent() && !profile.get(PatchKeys.MQTT_AUTHENTICATION)
                ? Optional.empty() : credentials;
        return new PatchSettings(
                MqttVersion.parse(profile.get(PatchKeys.MQTT_VERSION)),
                "patch-" + profile.get(ProfileKeys.SERIAL).replaceAll("[^0-9A-Za-z]", ""),
                profile.get(PatchKeys.MQTT_KEEP_ALIVE),
                profile.get(PatchKeys.MQTT_QOS),
                ReportingDevices.topic(profile),
                profile.get(PatchKeys.REPORTING_INTERVAL),
                profile.get(ProfileKeys.UDI_GTIN),
                profile.get(ProfileKeys.UDI_SERIAL),
                profile.get(PatchKeys.TEMPERATURE_NAME),
                profile.get(PatchKeys.TEMPERATURE_UNIT),
                inConnect,
                "persistent".equals(profile.get(PatchKeys.MQTT_SESSION)),
                ReportingDevices.will(profile).map(w -> new PatchSettings.Will(w.topic(), w.qos(), w.retain())),
                faults,
                tls,
                ReportingDevices.commands(profile).map(c -> new PatchSettings.Commands(c.topic(), c.qos())),
                profile.find(PatchKeys.MQTT_BACKOFF),
                profile.get(PatchKeys.MQTT_WEBSOCKET),
                enhanced);
    }

}
