package org.iomt.broker.target;

import org.iomt.broker.actors.BrokerUnderTest;
import org.iomt.broker.profile.BrokerKeys;
import org.iomt.core.model.EvidenceLog;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.profile.ProfileProblem;
import org.iomt.core.spi.DeviceTarget;
import org.iomt.core.spi.EnvironmentException;
import org.iomt.mqtt.drivers.BrokerEndpoint;
import org.iomt.mqtt.drivers.BrokerSettings;
import org.iomt.mqtt.drivers.MqttKeys;
import org.iomt.simulators.broker.BrokerFault;
import org.iomt.simulators.broker.BrokerVariation;
import org.iomt.simulators.broker.FaultyBrokerProxy;
import org.iomt.simulators.broker.UnauthorisedTopic;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An MQTT server under test: a live broker the profile names, or the local Mosquitto started for the run, with the
 * fault-injecting proxy in front of its plain listeners when the profile switches faults or variations on.
 */
public final class BrokerTarget implements DeviceTarget {

    private final Profile profile;
    private final Set<BrokerFault> faults;
    private final Set<BrokerVariation> variations;
    private final PrintStream progress;
    private final Path evidenceDir;
    private final EvidenceLog log;
    private final List<AutoCloseable> started = new ArrayList<>();
    private BrokerUnderTest broker;

    public BrokerTarget(Profile profile, Set<BrokerFault> faults, Set<BrokerVariation> variations, PrintStream progress,
                        Clock clock, Path evidenceDir) {
        this.profile = profile;
        this.faults = faults;
        this.variations = variations;
        this.progress = progress;
        this.evidenceDir = evidenceDir;
        this.log = new EvidenceLog("mqtt-broker", clock);
    }

    @Override
    public void start() throws IOException, ProfileException, EnvironmentException {
        BrokerUnderTest.Timers timers = new BrokerUnderTest.Timers(profile.get(BrokerKeys.RESPONSE_TIMEOUT),
                profile.get(BrokerKeys.SILENT_KEEP_ALIVE), profile.get(BrokerKeys.SESSION_EXPIRY),
                profile.get(BrokerKeys.MESSAGE_EXPIRY), profile.get(BrokerKeys.WILL_DELAY),
                profile.get(BrokerKeys.KEEP_ALIVE_TOLERANCE));
        String prefix = profile.get(BrokerKeys.TOPIC_PREFIX) + "/" + Long.toString(System.currentTimeMillis(), 36);
        if ("mosquitto".equals(profile.get(ProfileKeys.TARGET_KIND))) {
            broker = startMosquitto(prefix, timers);
        } else {
            broker = live(prefix, timers);
        }
        progress.printf("Broker under test at %s%s%s%n", broker.open(),
                broker.authenticated().map(a -> ", authenticated listener " + a).orElse(""),
                broker.tls().map(t -> ", TLS listener " + t).orElse(""));
    }

    private BrokerUnderTest startMosquitto(String prefix, BrokerUnderTest.Timers timers) throws IOException {
        Path work = Files.createTempDirectory("iomt-mosquitto");
        String unauthorised = UnauthorisedTopic.under(prefix);
        LocalMosquitto mosquitto = LocalMosquitto.start(profile.get(BrokerKeys.MOSQUITTO), work,
                evidenceDir.resolve("mosquitto.log"), BrokerFaults.configuration(faults),
                MosquittoLimits.of(profile.claims()), unauthorised);
        started.add(mosquitto);
        String host = LocalMosquitto.HOST;
        BrokerEndpoint open = BrokerEndpoint.plain(host, front(mosquitto.anonymousPort()), Optional.empty());
        BrokerEndpoint authenticated = BrokerEndpoint.plain(host, front(mosquitto.passwordPort()), Optional.of(mosquitto.credentials()));
        Optional<BrokerEndpoint> tls = Optional.empty();
        if (mosquitto.tlsPort().isPresent()) {
            tls = Optional.of(BrokerEndpoint.tls(host, mosquitto.tlsPort().get(), mosquitto.caFile(), "localhost",
                    Optional.of(mosquitto.credentials())));
        }
        Optional<BrokerUnderTest.MutualTls> mutual = Optional.empty();
        if (mosquitto.mutualTlsPort().isPresent()) {
            int port = mosquitto.mutualTlsPort().get();
            mutual = Optional.of(new BrokerUnderTest.MutualTls(
                    BrokerEndpoint.mutualTls(host, port, mosquitto.caFile(), "localhost", mosquitto.clientCertificate(), mosquitto.clientKey()),
                    BrokerEndpoint.tls(host, port, mosquitto.caFile(), "localhost", Optional.empty())));
        }
        progress.printf("Mosquitto started (pid %d)%s%s%n", mosquitto.pid(), faults.isEmpty() ? ""
                : " with faults " + faults.stream().map(BrokerFault::label).sorted().toList(), variations.isEmpty() ? ""
                : " with variations " + variations.stream().map(BrokerVariation::label).sorted().toList());
        BrokerUnderTest.Restricted restricted = new BrokerUnderTest.Restricted(
                BrokerEndpoint.plain(host, front(mosquitto.restrictedPort()), Optional.empty()), unauthorised);
        return new BrokerUnderTest(open, Optional.of(authenticated), tls, mutual, log, prefix, timers, Optional.of(restricted));
    }

    /** The port clients use for a listener: the listener's own, or the proxy's in front of it. */
    private int front(int port) throws IOException {
        if (faults.isEmpty() && variations.isEmpty()) {
            return port;
        }
        FaultyBrokerProxy proxy = FaultyBrokerProxy.start(new InetSocketAddress(LocalMosquitto.HOST, 0),
                new InetSocketAddress(LocalMosquitto.HOST, port), faults, variations);
        started.add(proxy);
        return proxy.address().getPort();
    }

    private BrokerUnderTest live(String prefix, BrokerUnderTest.Timers timers)
            throws IOException, ProfileException, EnvironmentException {
        String host = profile.get(BrokerKeys.BROKER_HOST);
        requireReachable(host, profile.get(BrokerKeys.BROKER_PORT), BrokerKeys.BROKER_PORT.path());
        for (var key : List.of(BrokerKeys.BROKER_TLS_PORT, BrokerKeys.BROKER_MUTUAL_TLS_PORT)) {
            Optional<Integer> port = profile.find(key);
            if (port.isPresent()) {
                requireReachable(host, port.get(), key.path());
            }
        }
        Optional<BrokerSettings.Credentials> credentials = profile.find(MqttKeys.USERNAME)
                .map(user -> new BrokerSettings.Credentials(user, profile.get(MqttKeys.PASSWORD)));
        BrokerEndpoint open = BrokerEndpoint.plain(host, profile.get(BrokerKeys.BROKER_PORT), credentials);
        Optional<BrokerEndpoint> tls = Optional.empty();
        Optional<Integer> tlsPort = profile.find(BrokerKeys.BROKER_TLS_PORT);
        if (tlsPort.isPresent()) {
            Path ca = Path.of(profile.file()).toAbsolutePath().getParent().resolve(profile.get(BrokerKeys.BROKER_TLS_CA));
            if (!Files.isReadable(ca)) {
                throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.broker.tls.ca",
                        "no readable CA file at " + ca + " (the path is relative to the profile's folder)")));
            }
            tls = Optional.of(BrokerEndpoint.tls(host, tlsPort.get(), ca,
                    profile.find(BrokerKeys.BROKER_TLS_NAME).orElse(host), credentials));
        }
        Optional<BrokerUnderTest.MutualTls> mutual = Optional.empty();
        Optional<String> clientCertificate = profile.find(BrokerKeys.BROKER_CLIENT_CERTIFICATE);
        if (tlsPort.isPresent() && clientCertificate.isPresent()) {
            Path folder = Path.of(profile.file()).toAbsolutePath().getParent();
            Path ca = folder.resolve(profile.get(BrokerKeys.BROKER_TLS_CA));
            String name = profile.find(BrokerKeys.BROKER_TLS_NAME).orElse(host);
            int port = profile.find(BrokerKeys.BROKER_MUTUAL_TLS_PORT).orElse(tlsPort.get());
            mutual = Optional.of(new BrokerUnderTest.MutualTls(
                    BrokerEndpoint.mutualTls(host, port, ca, name, folder.resolve(clientCertificate.get()),
                            folder.resolve(profile.get(BrokerKeys.BROKER_CLIENT_KEY))),
                    BrokerEndpoint.tls(host, port, ca, name, Optional.empty())));
        }
        Optional<BrokerUnderTest.Restricted> restricted = profile.find(BrokerKeys.BROKER_UNAUTHORISED_TOPIC)
                .map(topic -> new BrokerUnderTest.Restricted(open, topic));
        return new BrokerUnderTest(open, credentials.map(c -> open), tls, mutual, log, prefix, timers, restricted);
    }

    /** A live broker answers a TCP connection on each port the profile names, within the response timer. */
    private void requireReachable(String host, int port, String key) throws EnvironmentException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) profile.get(BrokerKeys.RESPONSE_TIMEOUT).toMillis());
        } catch (IOException e) {
            String why = e instanceof UnknownHostException ? "unknown host" : e.getMessage();
            throw new EnvironmentException("the broker under test cannot be reached at " + host + ":" + port + " (" + why
                    + "); start it, or correct target.broker.host and " + key, e);
        }
    }

    @Override
    public List<Object> observations() {
        return List.of(broker);
    }

    @Override
    public List<EvidenceLog> logs() {
        return List.of(log);
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                progress.println("Could not stop " + started.get(i) + ": " + e.getMessage());
            }
        }
    }
}
