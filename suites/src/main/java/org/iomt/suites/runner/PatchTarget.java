package org.iomt.suites.runner;

import org.iomt.simulators.patch.PatchFault;
import org.iomt.simulators.patch.TemperaturePatch;
import org.iomt.suites.actors.ReportingDeviceObservation;
import org.iomt.suites.actors.ReportingDevices;
import org.iomt.suites.drivers.mqtt.BrokerSettings;
import org.iomt.suites.drivers.mqtt.TesterBroker;
import org.iomt.suites.model.EvidenceLog;
import org.iomt.suites.profile.Profile;
import org.iomt.suites.profile.ProfileException;
import org.iomt.suites.profile.ProfileKeys;
import org.iomt.suites.profile.ProfileProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A reporting device that is an MQTT client: the suite's tester broker, and the built-in patch when simulated. */
final class PatchTarget implements DeviceTarget {

    private final Profile profile;
    private final Set<PatchFault> faults;
    private final PrintStream progress;
    private final Clock clock;
    private final EvidenceLog log;
    private TesterBroker broker;
    private TemperaturePatch patch;
    private ReportingDeviceObservation observation;

    PatchTarget(Profile profile, Set<PatchFault> faults, PrintStream progress, Clock clock) {
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
    public void start() throws ProfileException {
        try {
            broker = TesterBroker.start(brokerSettings(), log);
        } catch (IOException e) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.listen", e.getMessage())));
        }
        String where = String.join(" or ", broker.urls());
        // the observation arms its planned interruption before the device can send anything
        observation = new ReportingDeviceObservation(log, ReportingDevices.plan(profile), where, broker.controls());
        if (simulated()) {
            patch = TemperaturePatch.start(EmbeddedPatch.settings(profile, faults), broker.address(), clock);
            progress.printf("Built-in temperature patch started%s, reporting to %s%n",
                    faults.isEmpty() ? "" : " with faults " + faults.stream().map(PatchFault::label).sorted().toList(), where);
        } else {
            progress.printf("Connect the device to %s now; waiting up to %d s for it%n", where,
                    profile.get(ProfileKeys.CONNECT_TIMEOUT).toSeconds());
        }
    }

    private BrokerSettings brokerSettings() {
        BrokerSettings settings = BrokerSettings.loopback();
        if (!simulated()) {
            settings = settings.listeningOn(profile.get(ProfileKeys.LISTEN_HOST), profile.get(ProfileKeys.LISTEN_PORT));
        }
        Optional<String> user = profile.find(ProfileKeys.USERNAME);
        if (user.isPresent()) {
            settings = settings.requiring(new BrokerSettings.Credentials(user.get(), profile.get(ProfileKeys.PASSWORD)));
        }
        return settings;
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
    }
}
