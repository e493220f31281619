package org.iomt.patch.target;

import org.iomt.core.model.EvidenceLog;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.profile.ProfileProblem;
import org.iomt.core.spi.DeviceTarget;
import org.iomt.core.spi.EnvironmentException;
import org.iomt.mqtt.drivers.BrokerSettings;
import org.iomt.mqtt.drivers.MqttKeys;
import org.iomt.mqtt.drivers.TesterBroker;
import org.iomt.patch.actors.ReportingDeviceObservation;
import org.iomt.patch.actors.ReportingDevices;
import org.iomt.patch.profile.PatchKeys;
import org.iomt.simulators.patch.PatchFault;
import org.iomt.simulators.patch.PatchSettings;
import org.iomt.simulators.patch.TemperaturePatch;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A reporting device that is an MQTT client: the suite's tester broker, and the built-in patch when simulated. */
public final class PatchTarget implements DeviceTarget {

    /** The name the built-in patch dials over TLS; the broker's certificate names it and 127.0.0.1. */
    private static final String SIMULATED_SERVER_NAME = "localhost";

    private final Profile profile;
    private final Set<PatchFault> faults;
    private final PrintStream progress;
    private final Clock clock;
    private final EvidenceLog log;
    private TesterBroker broker;
    private TemperaturePatch patch;
    private DeviceCertificates certificates;
    private ReportingDeviceObservation observation;

    public PatchTarget(Profile profile, Set<PatchFault> faults, PrintStream progress, Clock clock) {
        this.profile = profile;
        this.faults = faults;
        this.progress = progress;
        this.clock = clock;
        this.log = new EvidenceLog("mqtt-session", clock);
    }

    private boolean simulated() {
        return "simulated".equals(profile.get(ProfileKeys.TARGET_KIND));
    }

    @Override
    public void start() throws ProfileException, EnvironmentException {
        Optional<BrokerSettings.Credentials> credentials = credentials();
        boolean scram = profile.find(PatchKeys.MQTT_AUTHENTICATION_METHOD).isPresent();
        // a device authenticating by SCRAM proves the password in the exchange; its CONNECT carries it only if claimed
        BrokerSettings settings = brokerSettings(scram && !profile.get(PatchKeys.MQTT_AUTHENTICATION) ? Optional.empty() : credentials);
        if (scram) {
            settings = settings.authenticatingByScram(credentials.orElseThrow());
        }
        if (profile.get(PatchKeys.MQTT_TLS)) {
            try {
                certificates = DeviceCertificates.make(serverName(), labCa());
                settings = settings.withTls(certificates.serverTls());
            } catch (IOException e) {
                throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.tls", e.getMessage())));
            }
        }
        try {
            broker = TesterBroker.start(settings, log);
        } catch (IOException e) {
            if (e.getCause() instanceof BindException taken) {
                throw new EnvironmentException(listenProblem(settings, taken), e);
            }
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.listen", e.getMessage())));
        }
        String where = String.join(" or ", broker.urls());
        // the observation arms its planned interruption before the device can send anything
        observation = new ReportingDeviceObservation(log, ReportingDevices.plan(profile), where, broker.controls());
        if (simulated()) {
            Optional<PatchSettings.Tls> tls = Optional.ofNullable(certificates)
                    .map(c -> new PatchSettings.Tls(c.trustedCa(), SIMULATED_SERVER_NAME));
            patch = TemperaturePatch.start(EmbeddedPatch.settings(profile, faults,
                    credentials.map(c -> new PatchSettings.Credentials(c.username(), c.password())), tls), broker.address(), clock);
            progress.printf("Built-in temperature patch started%s, reporting to %s%n",
                    faults.isEmpty() ? "" : " with faults " + faults.stream().map(PatchFault::label).sorted().toList(), where);
        } else {
            progress.printf("Connect the device to %s now; waiting up to %d s for it%n", where,
                    profile.get(PatchKeys.CONNECT_TIMEOUT).toSeconds());
        }
    }

    /** Why the tester broker cannot bind its address, and what the user can do about it. */
    private static String listenProblem(BrokerSettings settings, BindException e) {
        String address = settings.host() + ":" + settings.port();
        if (String.valueOf(e.getMessage()).contains("in use")) {
            return "port " + settings.port() + " is already in use, so the suite cannot listen for the device on " + address
                    + "; stop what holds it, or choose another with --set target.listen.port=PORT";
        }
        return "the suite cannot listen for the device on " + address + " (" + e.getMessage()
                + "); set target.listen.host to an address of this machine";
    }

    private BrokerSettings brokerSettings(Optional<BrokerSettings.Credentials> credentials) {
        BrokerSettings settings = BrokerSettings.loopback();
        if (profile.get(PatchKeys.MQTT_WEBSOCKET)) {
            settings = settings.overWebSocket();
        }
        if (!simulated()) {
            settings = settings.listeningOn(profile.get(PatchKeys.LISTEN_HOST), profile.get(PatchKeys.LISTEN_PORT));
        }
        return credentials.map(settings::requiring).orElse(settings);
    }

    /**
     * The user name and password the device must present or prove: the profile's, or, for a simulated patch that claims
     * authentication or enhanced authentication without them, a pair made for the run (the password never reaches the
     * evidence).
     */
    private Optional<BrokerSettings.Credentials> credentials() {
        Optional<String> user = profile.find(MqttKeys.USERNAME);
        if (user.isPresent()) {
            return Optional.of(new BrokerSettings.Credentials(user.get(), profile.get(MqttKeys.PASSWORD)));
        }
        if (simulated() && (profile.get(PatchKeys.MQTT_AUTHENTICATION) || profile.find(PatchKeys.MQTT_AUTHENTICATION_METHOD).isPresent())) {
            byte[] secret = new byte[18];
            new java.security.SecureRandom().nextBytes(secret);
            return Optional.of(new BrokerSettings.Credentials(ReportingDevices.SIMULATED_USER_PREFIX + profile.get(ProfileKeys.SERIAL),
                    java.util.HexFormat.of().formatHex(secret)));
        }
        return Optional.empty();
    }

    /** The name the device dials, which the broker's certificate must carry. */
    private String serverName() {
        return simulated() ? SIMULATED_SERVER_NAME : profile.get(PatchKeys.DEVICE_TLS_SERVER_NAME);
    }

    /** The lab's CA of a live profile, certificate and key, resolved against the profile's folder. */
    private Optional<Path[]> labCa() {
        if (simulated()) {
            return Optional.empty();
        }
        Path folder = Path.of(profile.file()).toAbsolutePath().getParent();
        return Optional.of(new Path[]{folder.resolve(profile.get(PatchKeys.DEVICE_TLS_CA)),
                folder.resolve(profile.get(PatchKeys.DEVICE_TLS_CA_KEY))});
    }

    @Override
    public List<Object> observations() {
        return List.of(observation);
    }

    @Override
    public List<EvidenceLog> logs() {
        return List.of(log);
    }

    @Override
    public void close() {
        if (patch != null) {
            patch.close();
            broker.awaitConnectionsClosed(Duration.ofSeconds(1)); // record the patch's goodbye before the broker stops
        }
        if (broker != null) {
            broker.close();
        }
        if (certificates != null) {
            certificates.close();
        }
    }
}
