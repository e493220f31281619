package org.iomt.simulators.patch;

import org.iomt.standards.gs1.AiValue;
import org.iomt.standards.scram.Scram;
import org.iomt.standards.scram.ScramClient;
import org.iomt.standards.scram.ScramException;
import org.iomt.standards.gs1.DigitalLink;
import org.iomt.standards.gs1.ElementString;
import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttFrameSplitter;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPacketRules;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;
import org.iomt.standards.senml.SenmlJsonEncoder;
import org.iomt.standards.senml.SenmlPack;
import org.iomt.standards.senml.SenmlRecord;
import org.iomt.standards.senml.SenmlRecordBuilder;
import org.iomt.standards.websocket.WebSocketFrame;
import org.iomt.standards.websocket.WebSocketHandshake;
import org.iomt.standards.websocket.WebSocketStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The reference temperature patch: connects to a broker (over TLS when configured, refusing a broker whose certificate does not
 * chain to its CA or does not name the host it dials), publishes a body-temperature reading as SenML JSON every
 * interval, keeps its connection alive with PINGREQ when idle, and reconnects when the broker drops it. Its code
 * does what a conformant patch does; each active fault of {@link PatchFault} is a {@link PatchTransform}, applied
 * at the patch's hooks, that changes exactly the behaviour the fault describes.
 */
public final class TemperaturePatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TemperaturePatch.class);
    private static final long TICK_MILLIS = 50;
    private static final long RECONNECT_BACKOFF_MILLIS = 200;
    private static final int MAX_PENDING = 100;
    private static final String DIGITAL_LINK_DOMAIN = "https://id.gs1.org";
    /** The path a broker commonly serves MQTT over WebSocket on, and MQTT's WebSocket subprotocol (§6). */
    private static final String WEBSOCKET_PATH = "/mqtt";
    private static final String MQTT_SUBPROTOCOL = "mqtt";
    /** Session Expiry Interval a persistent 5.0 patch asks for, in seconds. */
    private static final int SESSION_EXPIRY_SECONDS = 300;
    /**
     * The command on which the patch ends its session: it unsubscribes from its commands and, once the broker has
     * confirmed that, sends DISCONNECT and closes the connection, and stays off.
     */
    public static final String END_SESSION_COMMAND = "[{\"n\":\"session\",\"vs\":\"end\"}]";
    /** The media type of SenML JSON (RFC 8428 §12.3), the Content Type of the patch's 5.0 readings. */
    private static final String SENML_JSON = "application/senml+json";
    /** The Receive Maximum of a broker that announces none (MQTT 5.0 §3.2.2.3.3). */
    private static final int NO_RECEIVE_MAXIMUM = 65535;
    /** MQTT 5.0: the Topic Alias Maximum the patch announces in its CONNECT: the highest alias its broker may use. */
    static final int TOPIC_ALIAS_MAXIMUM = 2;
    /** MQTT 5.0 reason code "Protocol Error" of a DISCONNECT. */
    private static final int PROTOCOL_ERROR = 0x82;
    /** MQTT 5.0 reason code "Topic Alias invalid" of a DISCONNECT. */
    private static final int TOPIC_ALIAS_INVALID = 0x94;
    /** MQTT 5.0 reason code "Unspecified error" of a DISCONNECT: the patch's when its broker failed to prove itself. */
    private static final int UNSPECIFIED_ERROR = 0x80;
    /** MQTT 5.0 Authenticate Reason Codes (§3.15.2.1). */
    private static final int AUTH_SUCCESS = 0x00;
    private static final int CONTINUE_AUTHENTICATION = 0x18;
    private static final int REAUTHENTICATE = 0x19;

    private final PatchSettings settings;
    /** The active faults' transforms, applied to what the conformant patch uses, sends and does. */
    private final PatchTransform faults;
    private final InetSocketAddress broker;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    /** What the patch checks of its broker's certificate over TLS. */
    private final TlsChecks tlsChecks;
    /** The TLS context trusting the patch's CA, when it reaches its broker over TLS. */
    private final SSLContext tlsContext;
    private final Object lock = new Object();
    private final Deque<byte[]> pendingReadings = new ArrayDeque<>();
    /** QoS 1 and 2 readings sent and not yet acknowledged (PUBACK, or PUBREC at QoS 2), by packet identifier, in the order they were sent. */
    private final Map<Integer, Publish> inFlight = new LinkedHashMap<>();
    /** When each reading in {@link #inFlight} last went out (System.nanoTime), by packet identifier. */
    private final Map<Integer, Long> inFlightSince = new HashMap<>();
    /** Answers to commands held back while the send quota was zero (a fault), to send once it frees. */
    private final Deque<PublishAck> answersHeldAtZeroQuota = new ArrayDeque<>();
    /** PUBRELs of QoS 2 readings sent and not yet completed (PUBCOMP), by packet identifier, in the order they were sent. */
    private final Map<Integer, Release> released = new LinkedHashMap<>();
    /** PUBRELs a fault holds back until an earlier reading's PUBREC (none for the conformant patch). */
    private final List<PublishAck> releasesHeldBack = new ArrayList<>();
    /** Readings of a resumed session still to be resent, once the broker's Receive Maximum leaves room. */
    private final Deque<Publish> awaitingResend = new ArrayDeque<>();
    /** MQTT 5.0: the topics the broker mapped to Topic Aliases on this connection, by alias; none on a new connection. */
    private final Map<Integer, String> receivedAliases = new java.util.HashMap<>();
    /** What the broker's last CONNACK allows: unacknowledged QoS 1 and 2 PUBLISHes, Topic Aliases, Keep Alive (s). */
    private int receiveMaximum = NO_RECEIVE_MAXIMUM;
    private int topicAliasMaximum;
    private int keepAliveInUse;
    /** MQTT 5.0: the Maximum Packet Size (bytes) of the broker's last CONNACK, 0 when it announced none. */
    private int announcedMaximumPacketSize;
    /** The largest packet (bytes) the patch sends on this connection, 0 for no limit: the announced one. */
    private int maximumPacketSize;
    /** The client identifier a 5.0 broker assigned, used from then on so that the session can be resumed. */
    private String assignedClientId;
    private Socket socket;
    /** Where the patch writes its packets on the current connection: the socket, or over WebSocket its frames. */
    private OutputStream out;
    private boolean connected;
    private long lastSentNanos;
    private long nextReadingNanos;
    private long nextConnectNanos;
    private int nextPacketId = 1;
    private int readingCount;
    /** Whether a reading has left the patch yet: the schedule of readings is anchored to that moment. */
    private boolean firstReadingSent;
    /** The packet identifier of the UNSUBSCRIBE that ends the session, while its UNSUBACK is awaited; 0 otherwise. */
    private int endingUnsubscribe;
    /** Set once the patch has ended its session when told to: it reports and connects no more. */
    private volatile boolean sessionEnded;
    /** MQTT 5.0: the SCRAM exchange under way, the CONNECT's until the CONNACK, then a re-authentication's; or null. */
    private ScramClient scram;
    /** Whether the re-authentication under way has answered the broker's AUTH 0x18, so that its last AUTH is due. */
    private boolean reauthenticationAnswered;
    /** When the patch next re-authenticates on this connection (System.nanoTime()). */
    private long nextReauthenticationNanos;
    /** Re-authentications the patch has started, over all its connections. */
    private int reauthentications;
    /** Whether the patch has started a re-authentication on a connection whose CONNECT named no method (a fault). */
    private boolean reauthenticatedWithoutMethod;

    private TemperaturePatch(PatchSettings settings, InetSocketAddress broker, Clock clock) {
        this.settings = settings;
        this.faults = PatchTransforms.active(settings);
        this.broker = broker;
        this.clock = clock;
        this.tlsChecks = faults.tlsChecks(TlsChecks.BOTH);
        this.tlsContext = settings.tls().map(t -> PatchTls.context(t, !tlsChecks.trustedCa())).orElse(null);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "temperature-patch");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the patch; it connects at once and keeps going until {@link #close()}. */
    public static TemperaturePatch start(PatchSettings settings, InetSocketAddress broker, Clock clock) {
        TemperaturePatch patch = new TemperaturePatch(settings, broker, clock);
        long now = System.nanoTime();
        patch.nextConnectNanos = now;
        patch.nextReadingNanos = now;
        patch.scheduler.scheduleWithFixedDelay(patch::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return patch;
    }

    private void tick() {
        if (sessionEnded) {
            return;
        }
        try {
            long now = System.nanoTime();
            if (now >= nextReadingNanos) {
                queueReading();
                nextReadingNanos += readingIntervalNanos();
            }
            synchronized (lock) {
                if (socket == null && now >= nextConnectNanos) {
                    connect();
                }
                if (connected) {
                    reauthenticateWhenDue(now);
                    discardUnreceived(now);
                    while (!answersHeldAtZeroQuota.isEmpty() && unacknowledged() < receiveMaximum) {
                        send(answersHeldAtZeroQuota.poll());
                    }
                    while (!awaitingResend.isEmpty() && unacknowledged() < receiveMaximum) {
                        sendInFlight(awaitingResend.poll());
                    }
                    while (!pendingReadings.isEmpty() && awaitingResend.isEmpty()
                            && (settings.qos() == 0 || unacknowledged() < receiveMaximum)) {
                        sendReading(pendingReadings.poll());
                    }
                    // a PINGREQ after half the Keep Alive of silence leaves the other half for a busy machine's delays
                    long keepAliveNanos = TimeUnit.SECONDS.toNanos(keepAliveInUse);
                    boolean idle = System.nanoTime() - lastSentNanos >= keepAliveNanos / 2;
                    if (keepAliveInUse > 0 && idle) {
                        Optional<PingReq> ping = unacknowledged() >= receiveMaximum
                                ? faults.keepAlivePingAtZeroQuota(new PingReq(0)).flatMap(faults::keepAlivePing)
                                : faults.keepAlivePing(new PingReq(0));
                        if (ping.isPresent()) {
                            send(ping.get());
                        }
                    }
                }
            }
        } catch (IOException e) {
            dropConnection(socket, "send failed: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("temperature patch tick failed", e);
        }
    }

    private long readingIntervalNanos() {
        return faults.readingIntervalNanos(settings.interval().toNanos());
    }

    private void queueReading() {
        byte[] payload = SenmlJsonEncoder.encode(reading());
        synchronized (lock) {
            if (pendingReadings.size() == MAX_PENDING) {
                pendingReadings.poll();
            }
            pendingReadings.add(payload);
        }
    }

    private SenmlPack reading() {
        readingCount++;
        double value = Math.round((36.6 + (readingCount % 3) / 10.0) * 10) / 10.0;
        double seconds = clock.millis() / 1000.0;
        SenmlRecordBuilder temperatureRecord = SenmlRecord.builder()
                .baseName(baseName())
                .baseTime(seconds)
                .name(settings.temperatureName())
                .unit(settings.unit())
                .value(value);
        faults.temperatureRecord(temperatureRecord, value, seconds);
        SenmlRecord battery = SenmlRecord.builder().name("battery").unit("%EL").value(92.0).build();
        return new SenmlPack(List.of(temperatureRecord.build(), battery));
    }

    /** The patch's UDI as a GS1 Digital Link URI, ending in '/' so that record names extend it. */
    private String baseName() {
        String uri = DigitalLink.canonical(ElementString.of(new AiValue("01", settings.gtin()),
                new AiValue("21", settings.serial())), DIGITAL_LINK_DOMAIN);
        return faults.baseName(uri) + "/";
    }

    private void connect() {
        Socket tcp = new Socket();
        try {
            tcp.connect(broker, 2000);
            tcp.setTcpNoDelay(true);
            Socket s = tlsContext == null ? tcp : PatchTls.handshake(tlsContext, tcp, settings.tls().get().serverName(),
                    broker.getPort(), tlsChecks.hostName());
            socket = s;
            connected = false;
            scram = null;
            reauthenticationAnswered = false;
            announcedMaximumPacketSize = 0; // the broker announces its limits in each CONNACK anew
            maximumPacketSize = 0;
            if (!faults.keepsTopicAliasesAcrossConnections(false)) {
                receivedAliases.clear(); // a mapping lives as long as the network connection it was made on
            }
            InputStream in = s.getInputStream();
            out = s.getOutputStream();
            if (settings.webSocket()) {
                WebSocketStreams webSocket = openWebSocket(s);
                in = webSocket.input();
                out = webSocket.output();
            }
            InputStream from = in;
            Thread reader = new Thread(() -> readLoop(s, from), "temperature-patch-reader");
            reader.setDaemon(true);
            reader.start();
            faults.beforeConnect(() -> {
                if (!pendingReadings.isEmpty()) {
                    send(publish(pendingReadings.poll()));
                }
            });
            sendConnect(connectPacket());
        } catch (IOException e) {
            LOG.debug("cannot connect to {}: {}", broker, e.getMessage());
            socket = tcp;
            dropConnection(tcp, "connect failed");
        }
    }

    /**
     * Opens a WebSocket on the connection (RFC 6455 §4.1), offering the subprotocol mqtt, and checks the broker's
     * answer; the streams of its frames, in which MQTT then travels.
     */
    private WebSocketStreams openWebSocket(Socket s) throws IOException {
        byte[] nonce = new byte[16];
        new java.security.SecureRandom().nextBytes(nonce);
        String key = java.util.Base64.getEncoder().encodeToString(nonce);
        s.getOutputStream().write(WebSocketHandshake.request(broker.getHostString() + ":" + broker.getPort(), WEBSOCKET_PATH,
                key, faults.webSocketSubprotocols(List.of(MQTT_SUBPROTOCOL))));
        s.getOutputStream().flush();
        s.setSoTimeout(2000);
        WebSocketHandshake answer = WebSocketHandshake.read(s.getInputStream());
        s.setSoTimeout(0);
        if (!answer.startLine().contains(" 101 ")
                || !answer.header("Sec-WebSocket-Accept").equals(Optional.of(WebSocketHandshake.acceptKey(key)))) {
            throw new IOException("the broker did not open a WebSocket: " + answer.startLine());
        }
        return new WebSocketStreams(s.getInputStream(), s.getOutputStream(), true, faults.takesNonBinaryFrames(false),
                faults.webSocketDataOpcode(WebSocketFrame.BINARY));
    }

    private Connect connectPacket() {
        boolean persistent = settings.persistentSession();
        String clientId = assignedClientId != null ? assignedClientId : faults.clientId(settings.clientId());
        Connect connect = Connect.of(settings.version(), clientId, settings.keepAlive(), !persistent);
        if (settings.version() == MqttVersion.V5_0) {
            List<MqttProperty> properties = new ArrayList<>();
            if (persistent) {
                properties.add(new MqttProperty(MqttPropertyId.SESSION_EXPIRY_INTERVAL, SESSION_EXPIRY_SECONDS));
            }
            properties.add(new MqttProperty(MqttPropertyId.TOPIC_ALIAS_MAXIMUM, TOPIC_ALIAS_MAXIMUM));
            if (settings.enhancedAuthentication().isPresent()) {
                scram = newScram();
                properties.add(new MqttProperty(MqttPropertyId.AUTHENTICATION_METHOD, Scram.SHA_256));
                properties.add(new MqttProperty(MqttPropertyId.AUTHENTICATION_DATA, scram.firstMessage()));
            }
            connect = connect.withProperties(new MqttProperties(properties));
        }
        if (settings.credentials().isPresent()) {
            PatchSettings.Credentials c = settings.credentials().get();
            connect = connect.withCredentials(c.username(), c.password().getBytes(StandardCharsets.UTF_8));
        }
        if (settings.will().isPresent()) {
            PatchSettings.Will will = settings.will().get();
            connect = connect.withWill(will.topic(), willPayload(), will.qos(), will.retain(), MqttProperties.EMPTY);
        }
        return faults.connect(connect);
    }

    /** The will message: a SenML pack saying, under the patch's base name, that its connection was lost. */
    private byte[] willPayload() {
        return SenmlJsonEncoder.encode(new SenmlPack(List.of(SenmlRecord.builder().baseName(baseName()).name("connection")
                .stringValue("lost").build())));
    }

    private void sendReading(byte[] payload) throws IOException {
        Publish publish = publish(payload);
        if (send(publish) && publish.qos() > 0) {
            inFlight.put(publish.packetId(), publish);
            inFlightSince.put(publish.packetId(), System.nanoTime());
        }
    }

    private void sendInFlight(Publish publish) throws IOException {
        send(publish);
        inFlight.put(publish.packetId(), publish);
        inFlightSince.put(publish.packetId(), System.nanoTime());
    }

    /**
     * Discards from the session, as a fault may, the QoS 2 readings whose PUBREC has not come in the time it allows on
     * the open connection; the conformant patch keeps them.
     */
    private void discardUnreceived(long now) {
        faults.discardsUnreceivedAfter(Optional.empty()).ifPresent(limit -> inFlight.entrySet().removeIf(e ->
                e.getValue().qos() == 2 && now - inFlightSince.getOrDefault(e.getKey(), now) >= limit.toNanos()));
        inFlightSince.keySet().retainAll(inFlight.keySet());
    }

    /** The QoS 1 and 2 readings not yet acknowledged: those awaiting PUBACK or PUBREC, and those awaiting PUBCOMP. */
    private int unacknowledged() {
        return inFlight.size() + released.size();
    }

    /**
     * The broker received a QoS 2 reading (PUBREC): with a reason code below 0x80 the patch releases it with a PUBREL
     * under its packet identifier and holds that until PUBCOMP; with 0x80 or more the reading is acknowledged and done.
     * A PUBREC under an identifier that neither a reading nor a release of the session holds, which the conformant
     * patch never meets, is answered as the faults say.
     */
    private void onReadingReceived(PublishAck received) throws IOException {
        boolean earlierAwaitsReceipt = !inFlight.isEmpty() && inFlight.keySet().iterator().next() != received.packetId();
        Publish reading = inFlight.remove(received.packetId());
        if (reading == null && received.reasonCode() < 0x80 && !released.containsKey(received.packetId())) {
            Optional<PublishAck> answer = faults.unknownReceiptAnswer(received);
            if (answer.isPresent()) {
                send(answer.get());
            }
        }
        if (reading == null || received.reasonCode() >= 0x80) {
            return;
        }
        Optional<PublishAck> release = faults.readingRelease(PublishAck.pubrel(received.packetId()));
        if (release.isEmpty()) {
            return;
        }
        released.put(release.get().packetId(), new Release(reading, release.get()));
        if (earlierAwaitsReceipt && faults.releasesInPublishOrder(false)) {
            releasesHeldBack.add(release.get());
            return;
        }
        send(release.get());
        for (PublishAck heldBack : releasesHeldBack) {
            send(heldBack);
        }
        releasesHeldBack.clear();
    }

    /** A QoS 2 reading the patch released, and the PUBREL it released it with, held until PUBCOMP. */
    private record Release(Publish reading, PublishAck release) {
    }

    /**
     * On a resumed session, every reading still unacknowledged goes out again first, in the order it was first sent,
     * under its packet identifier and with DUP set (MQTT 3.1.1 §4.4, 5.0 §4.4), no more unacknowledged at once than
     * the broker's Receive Maximum; in 5.0 with the Topic Alias this connection allows, if any. A QoS 2 reading
     * already released is not published again: its PUBREL goes out again instead, before them.
     */
    private void resendInFlight() throws IOException {
        releasesHeldBack.clear(); // sent below with every other uncompleted release
        List<Release> releases = new ArrayList<>(released.values());
        released.clear();
        for (Release r : releases) {
            List<MqttPacket> again = faults.releaseResent(r.reading(), r.release());
            if (!again.isEmpty()) {
                released.put(r.release().packetId(), r);
            }
            for (MqttPacket p : again) {
                send(p);
            }
        }
        List<Publish> again = new ArrayList<>(inFlight.values());
        again.addAll(awaitingResend); // still unacknowledged when the connection before was lost
        inFlight.clear();
        awaitingResend.clear();
        for (Publish original : faults.resendOrder(again)) {
            Publish dup = original.withDup(true);
            if (settings.version() == MqttVersion.V5_0) {
                dup = dup.withProperties(readingProperties());
            }
            Optional<Publish> resend = faults.redelivery(dup, this::nextPacketId);
            if (resend.isPresent()) {
                awaitingResend.add(resend.get());
            }
        }
        while (!awaitingResend.isEmpty() && unacknowledged() < receiveMaximum) {
            sendInFlight(awaitingResend.poll());
        }
    }

    /**
     * The properties of a 5.0 reading on this connection: the Content Type of SenML JSON, and the Topic Alias the
     * broker's maximum allows, if any.
     */
    private MqttProperties readingProperties() {
        OptionalInt conformant = topicAliasMaximum >= 1 ? OptionalInt.of(1) : OptionalInt.empty();
        OptionalInt alias = faults.readingTopicAlias(conformant, topicAliasMaximum);
        MqttProperties typed = MqttProperties.of(new MqttProperty(MqttPropertyId.CONTENT_TYPE, SENML_JSON));
        return alias.isPresent() ? typed.with(MqttPropertyId.TOPIC_ALIAS, alias.getAsInt()) : typed;
    }

    private Publish publish(byte[] payload) {
        Publish conformant = Publish.of(settings.topic(), settings.qos(), false, 0, payload);
        if (settings.version() == MqttVersion.V5_0) {
            conformant = conformant.withProperties(readingProperties());
        }
        Publish publish = faults.sizedReading(faults.reading(conformant), announcedMaximumPacketSize);
        if (publish.qos() == 0) {
            return publish;
        }
        long now = System.nanoTime();
        Optional<Integer> taken = faults.reusesIdentifierInUseAfter().flatMap(after -> inFlight.keySet().stream()
                .filter(id -> now - inFlightSince.getOrDefault(id, now) >= after.toNanos()).findFirst());
        int packetId = taken.orElseGet(() -> faults.readingPacketId(this::nextPacketId));
        return new Publish(publish.flags(), publish.topic(), packetId, publish.properties(), publish.payload());
    }

    private int nextPacketId() {
        int id = nextPacketId;
        nextPacketId = nextPacketId == 0xFFFF ? 1 : nextPacketId + 1;
        return id;
    }

    /** The CONNECT, written as the faults' byte edits leave it. */
    private void sendConnect(Connect connect) throws IOException {
        out.write(faults.connectFrame(MqttEncoder.encode(connect, settings.version())));
        out.flush();
        lastSentNanos = System.nanoTime();
    }

    /**
     * Sends a packet, unless it is larger than the broker's Maximum Packet Size: then the patch discards it, as MQTT 5.0
     * asks of a packet too large to send, and tells so by returning false.
     */
    private boolean send(MqttPacket conformant) throws IOException {
        MqttPacket packet = conformant instanceof PublishAck || conformant instanceof Disconnect || conformant instanceof Auth
                ? faults.sizedAnswer(conformant, announcedMaximumPacketSize) : conformant;
        byte[] frame = MqttEncoder.encode(packet, settings.version());
        byte[] wire = packet instanceof Connect ? frame : faults.sentFrame(packet, frame);
        if (maximumPacketSize > 0 && Integer.toUnsignedLong(wire.length) > Integer.toUnsignedLong(maximumPacketSize)) {
            LOG.debug("discarded a {} of {} bytes, above the broker's Maximum Packet Size", packet.type(), wire.length);
            return false;
        }
        out.write(wire);
        out.flush();
        lastSentNanos = System.nanoTime();
        if (packet instanceof Publish && !firstReadingSent) {
            // the first reading waits for the connection; the next one comes an interval after it left, not after
            // it was measured, so that a slow start does not shorten the first interval
            firstReadingSent = true;
            nextReadingNanos = lastSentNanos + readingIntervalNanos();
        }
        return true;
    }

    private void readLoop(Socket s, InputStream in) {
        MqttFrameSplitter splitter = new MqttFrameSplitter(1 << 16);
        byte[] buffer = new byte[4096];
        boolean framesAsPackets = settings.webSocket() && faults.readsFramesAsPackets(false);
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                // over WebSocket one read returns bytes of one frame
                List<byte[]> packets = framesAsPackets ? List.of(Arrays.copyOf(buffer, n)) : splitter.feed(buffer, 0, n);
                for (byte[] frame : packets) {
                    Optional<String> invalid = receive(frame);
                    if (invalid.isPresent() && faults.closesOnInvalidPacket(true)) {
                        dropConnection(s, invalid.get());
                        return;
                    }
                }
            }
            dropConnection(s, "closed by broker");
        } catch (IOException | MalformedPacketException e) {
            dropConnection(s, "read failed: " + e.getMessage());
        }
    }

    /**
     * Acts on one packet from the broker, unless it is one the patch must close the connection on (MQTT 3.1.1 §2.2.2,
     * §3.3.1.2 and §4.8; 5.0 §2.1.3, §3.3.1.2 and §4.13): a packet it cannot decode, one that breaks a rule of its form,
     * or a second CONNACK; then it says why.
     */
    private Optional<String> receive(byte[] frame) {
        MqttPacket packet;
        try {
            packet = MqttDecoder.decode(frame, settings.version());
        } catch (MalformedPacketException e) {
            return Optional.of("malformed packet from the broker: " + e.getMessage());
        }
        List<String> broken = MqttPacketRules.violations(packet, settings.version());
        if (packet instanceof Auth && packet.flags() != 0 && faults.takesAuthWithFlags(false)) {
            broken = List.of();
        }
        if (!broken.isEmpty()) {
            return Optional.of("invalid packet from the broker: " + String.join("; ", broken));
        }
        synchronized (lock) {
            if (packet instanceof Connack && connected) {
                return Optional.of("a second CONNACK on one connection");
            }
            onPacket(packet);
        }
        return Optional.empty();
    }

    private void onPacket(MqttPacket packet) {
        synchronized (lock) {
            if (packet instanceof Connack connack) {
                onConnack(connack);
            } else if (packet instanceof Disconnect) {
                LOG.debug("broker sent DISCONNECT");
            } else if (packet instanceof Auth auth) {
                onAuth(auth);
            } else if (packet instanceof Publish publish) {
                withTopic(publish).ifPresent(this::onCommand);
            } else if (packet instanceof PublishAck ack && ack.type() == PacketType.PUBACK) {
                if (ack.reasonCode() < 0x80 || faults.endsFlowOnFailedAcknowledgement(true)) {
                    inFlight.remove(ack.packetId());
                }
            } else if (packet instanceof PublishAck ack && ack.type() == PacketType.PUBREL) {
                onCommandReleased(ack);
            } else if (packet instanceof PublishAck ack && ack.type() == PacketType.PUBREC) {
                try {
                    onReadingReceived(ack);
                } catch (IOException e) {
                    LOG.debug("cannot release: {}", e.getMessage());
                }
            } else if (packet instanceof PublishAck ack && ack.type() == PacketType.PUBCOMP) {
                released.remove(ack.packetId());
            } else if (packet instanceof Unsuback unsuback && endingUnsubscribe != 0
                    && unsuback.packetId() == endingUnsubscribe) {
                endSession();
            }
        }
    }

    /**
     * MQTT 5.0: the PUBLISH with the topic its Topic Alias stands for on this connection. An alias with a topic name
     * maps the alias to that topic; an alias alone takes the mapped topic. An alias of 0 or above the Topic Alias Maximum
     * the patch announced, or an alias alone that this connection never mapped, ends the connection: DISCONNECT 0x94
     * (Topic Alias invalid) or 0x82 (Protocol Error), and close (MQTT 5.0 §3.3.2.3.4, §4.13); then empty.
     */
    private Optional<Publish> withTopic(Publish publish) {
        Optional<Integer> alias = publish.properties().first(MqttPropertyId.TOPIC_ALIAS).map(p -> (Integer) p.value());
        if (alias.isEmpty()) {
            return Optional.of(publish);
        }
        int a = alias.get();
        if (a == 0 || a > faults.acceptedTopicAliases(TOPIC_ALIAS_MAXIMUM)) {
            leaveOnProtocolError(TOPIC_ALIAS_INVALID, "Topic Alias " + a + " outside 1.." + TOPIC_ALIAS_MAXIMUM);
            return Optional.empty();
        }
        if (!publish.topic().isEmpty()) {
            receivedAliases.put(a, publish.topic());
            return Optional.of(publish);
        }
        String topic = receivedAliases.get(a);
        if (topic == null) {
            leaveOnProtocolError(PROTOCOL_ERROR, "Topic Alias " + a + " alone, never mapped on this connection");
            return Optional.empty();
        }
        return Optional.of(new Publish(publish.flags(), topic, publish.packetId(), publish.properties(), publish.payload()));
    }

    /** Sends DISCONNECT with the given reason code and closes the connection. */
    private void leaveOnProtocolError(int reasonCode, String why) {
        Socket current = socket;
        try {
            send(new Disconnect(0, reasonCode, MqttProperties.EMPTY));
        } catch (IOException e) {
            LOG.debug("cannot send DISCONNECT: {}", e.getMessage());
        }
        dropConnection(current, why);
    }

    /**
     * A command from the broker. The patch reads it and keeps its reporting interval (the suite's command asks for
     * the interval it already has); it acknowledges the command as its QoS requires (PUBACK at QoS 1, PUBREC at QoS 2),
     * whatever it does with it.
     */
    private void onCommand(Publish command) {
        LOG.debug("command on {}: {}", command.topic(), new String(command.payload(), StandardCharsets.UTF_8));
        acknowledge(command);
        if (Arrays.equals(command.payload(), END_SESSION_COMMAND.getBytes(StandardCharsets.UTF_8))) {
            unsubscribeToEndSession();
        }
    }

    /** Acknowledges a command as its QoS requires (PUBACK at QoS 1, PUBREC at QoS 2); nothing at QoS 0. */
    private void acknowledge(Publish command) {
        if (command.qos() == 0) {
            return;
        }
        Optional<PublishAck> ack = faults.commandAck(command.qos() == 1 ? PublishAck.puback(command.packetId())
                : PublishAck.pubrec(command.packetId()));
        if (ack.isEmpty()) {
            return;
        }
        try {
            for (PublishAck ready : faults.commandAcksReady(ack.get())) {
                if (inFlight.size() >= receiveMaximum && !faults.answersCommandsAtZeroQuota()) {
                    answersHeldAtZeroQuota.add(ready);
                } else {
                    send(ready);
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot acknowledge: {}", e.getMessage());
        }
    }

    /** Told to end its session, the patch first drops its subscription to the commands. */
    private void unsubscribeToEndSession() {
        if (settings.commands().isEmpty() || endingUnsubscribe != 0) {
            return;
        }
        try {
            endingUnsubscribe = nextPacketId();
            send(faults.unsubscribe(Unsubscribe.of(endingUnsubscribe, settings.commands().get().topic())));
        } catch (IOException e) {
            LOG.debug("cannot unsubscribe: {}", e.getMessage());
        }
    }

    /** The broker confirmed the UNSUBSCRIBE: the patch says goodbye with DISCONNECT, closes the connection and stays off. */
    private void endSession() {
        sessionEnded = true;
        endingUnsubscribe = 0;
        Socket current = socket;
        try {
            send(faults.disconnect(new Disconnect(0, 0, MqttProperties.EMPTY)));
            for (MqttPacket more : faults.afterDisconnect()) {
                send(more);
            }
        } catch (IOException e) {
            LOG.debug("cannot end the session: {}", e.getMessage());
        }
        if (faults.closesAfterDisconnect()) {
            dropConnection(current, "session ended");
        }
    }

    /** The broker released a QoS 2 command the patch received: the patch completes it with PUBCOMP. */
    private void onCommandReleased(PublishAck release) {
        Optional<PublishAck> completion = faults.commandCompletion(PublishAck.pubcomp(release.packetId()));
        if (completion.isEmpty()) {
            return;
        }
        try {
            send(completion.get());
        } catch (IOException e) {
            LOG.debug("cannot complete the command: {}", e.getMessage());
        }
    }

    /**
     * The broker refused the CONNECT: the patch leaves the connection at once and connects again after its back-off
     * (the claimed one, if it says), as a device should when its broker is unavailable.
     */
    private void onRefusal(Connack connack) {
        try {
            faults.afterRefusal(() -> {
                if (!pendingReadings.isEmpty()) {
                    sendReading(pendingReadings.poll());
                }
            });
        } catch (IOException e) {
            LOG.debug("cannot publish after the refusal: {}", e.getMessage());
        }
        long backoff = faults.refusalBackoffMillis(
                settings.refusalBackoff().map(java.time.Duration::toMillis).orElse(RECONNECT_BACKOFF_MILLIS));
        dropConnection(socket, "CONNECT refused with code 0x" + Integer.toHexString(connack.reasonCode()), backoff);
    }

    /** Subscribes to the command topic, when the patch takes commands. */
    private void subscribeToCommands() throws IOException {
        if (settings.commands().isEmpty()) {
            return;
        }
        PatchSettings.Commands commands = settings.commands().get();
        send(faults.subscribe(Subscribe.of(nextPacketId(), new Subscription(commands.topic(), commands.qos()))));
    }

    private void onConnack(Connack connack) {
        connected = connack.reasonCode() == 0;
        if (!connected) {
            scram = null;
            onRefusal(connack);
            return;
        }
        if (scram != null) {
            boolean proved = scram.serverVerified(authenticationData(connack.properties()));
            scram = null;
            if (!proved) {
                leaveOnProtocolError(UNSPECIFIED_ERROR, "the CONNACK's SCRAM signature does not prove the broker knows the password");
                return;
            }
            nextReauthenticationNanos = System.nanoTime() + reauthenticateAfterNanos();
        }
        connack.properties().first(MqttPropertyId.ASSIGNED_CLIENT_IDENTIFIER).ifPresent(p -> assignedClientId = (String) p.value());
        receiveMaximum = faults.receiveMaximum(connack.properties().first(MqttPropertyId.RECEIVE_MAXIMUM)
                .map(p -> (Integer) p.value()).orElse(NO_RECEIVE_MAXIMUM));
        topicAliasMaximum = connack.properties().first(MqttPropertyId.TOPIC_ALIAS_MAXIMUM).map(p -> (Integer) p.value()).orElse(0);
        answersHeldAtZeroQuota.clear(); // they answered commands of the connection before
        announcedMaximumPacketSize = connack.properties().first(MqttPropertyId.MAXIMUM_PACKET_SIZE)
                .map(p -> (Integer) p.value()).orElse(0);
        maximumPacketSize = faults.maximumPacketSize(announcedMaximumPacketSize);
        keepAliveInUse = faults.keepAliveInUse(connack.properties().first(MqttPropertyId.SERVER_KEEP_ALIVE)
                .map(p -> (Integer) p.value()).orElse(settings.keepAlive()), settings.keepAlive());
        if (connack.sessionPresent() && !settings.persistentSession() && faults.closesOnUnexpectedSession(true)) {
            dropConnection(socket, "Session Present 1 in the CONNACK, though the patch asked for a clean start");
            return;
        }
        try {
            if (settings.version() == MqttVersion.V5_0 && settings.enhancedAuthentication().isEmpty()
                    && !reauthenticatedWithoutMethod && faults.reauthenticatesWithoutMethod(false)) {
                reauthenticatedWithoutMethod = true;
                send(new Auth(0, REAUTHENTICATE, MqttProperties.EMPTY));
            }
            if (connack.sessionPresent()) {
                resendInFlight(); // the resumed session holds the subscription to the commands too
            } else if (faults.keepsInFlightWithoutSession(false)) {
                resendInFlight();
                subscribeToCommands();
            } else {
                inFlight.clear(); // no session on the broker's side: what was in flight is gone with it
                released.clear();
                releasesHeldBack.clear();
                awaitingResend.clear();
                subscribeToCommands();
            }
        } catch (IOException e) {
            LOG.debug("cannot resend: {}", e.getMessage());
        }
    }

    private ScramClient newScram() {
        PatchSettings.Credentials user = settings.enhancedAuthentication().orElseThrow().user();
        return new ScramClient(user.username(), user.password(), Scram.nonce());
    }

    private static byte[] authenticationData(MqttProperties properties) {
        return properties.first(MqttPropertyId.AUTHENTICATION_DATA).map(p -> (byte[]) p.value()).orElse(new byte[0]);
    }

    /** The time from an authentication to the next re-authentication; never, for a patch that does not re-authenticate. */
    private long reauthenticateAfterNanos() {
        return settings.enhancedAuthentication().flatMap(PatchSettings.EnhancedAuthentication::reauthenticateAfter)
                .map(java.time.Duration::toNanos).orElse(Long.MAX_VALUE / 2);
    }

    /** Starts a re-authentication (AUTH 0x19 with a new first message) once it is due and none is under way. */
    private void reauthenticateWhenDue(long now) throws IOException {
        if (scram != null || settings.enhancedAuthentication().flatMap(PatchSettings.EnhancedAuthentication::reauthenticateAfter)
                .isEmpty() || now - nextReauthenticationNanos < 0) {
            return;
        }
        reauthentications++;
        scram = newScram();
        reauthenticationAnswered = false;
        sendAuthentication(REAUTHENTICATE, scram.firstMessage());
    }

    /** Sends an AUTH of the exchange under way, naming the method, as the faults leave it. */
    private void sendAuthentication(int reasonCode, byte[] data) throws IOException {
        Auth conformant = new Auth(0, reasonCode, MqttProperties.of(new MqttProperty(MqttPropertyId.AUTHENTICATION_METHOD,
                Scram.SHA_256), new MqttProperty(MqttPropertyId.AUTHENTICATION_DATA, data)));
        send(faults.authentication(conformant, connected ? reauthentications : 0));
    }

    /**
     * An AUTH from the broker (MQTT 5.0 §4.12): its AUTH 0x18 is answered with the client's final SCRAM message (in the
     * CONNECT's exchange or a re-authentication); the AUTH 0x00 ending a re-authentication must prove the broker knows
     * the password, or the patch leaves (DISCONNECT 0x80). Any other AUTH, or one it cannot take, is a protocol error.
     */
    private void onAuth(Auth auth) {
        try {
            if (scram != null && auth.reasonCode() == CONTINUE_AUTHENTICATION && !reauthenticationAnswered) {
                sendAuthentication(CONTINUE_AUTHENTICATION, scram.finalMessage(authenticationData(auth.properties())));
                if (connected) {
                    reauthenticationAnswered = true;
                } else {
                    for (MqttPacket early : faults.whileAuthenticating()) {
                        send(early);
                    }
                }
            } else if (scram != null && connected && reauthenticationAnswered && auth.reasonCode() == AUTH_SUCCESS) {
                boolean proved = scram.serverVerified(authenticationData(auth.properties()));
                scram = null;
                reauthenticationAnswered = false;
                nextReauthenticationNanos = System.nanoTime() + reauthenticateAfterNanos();
                if (!proved && faults.closesOnFailedReauthentication(true)) {
                    leaveOnProtocolError(UNSPECIFIED_ERROR, "re-authentication failed: the broker's SCRAM signature does "
                            + "not prove it knows the password");
                }
            } else {
                leaveOnProtocolError(PROTOCOL_ERROR, String.format("an AUTH with reason code 0x%02X out of turn",
                        auth.reasonCode()));
            }
        } catch (ScramException e) {
            leaveOnProtocolError(UNSPECIFIED_ERROR, "the broker's SCRAM message: " + e.getMessage());
        } catch (IOException e) {
            LOG.debug("cannot authenticate: {}", e.getMessage());
        }
    }

    /** Forgets the given connection if it is still the current one, and schedules a reconnect. */
    private void dropConnection(Socket which, String why) {
        dropConnection(which, why, RECONNECT_BACKOFF_MILLIS);
    }

    /** Forgets the given connection if it is still the current one, and schedules a reconnect after the back-off. */
    private void dropConnection(Socket which, String why, long backoffMillis) {
        synchronized (lock) {
            if (which != socket) {
                return;
            }
            if (socket != null) {
                LOG.debug("connection dropped: {}", why);
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
            socket = null;
            connected = false;
            endingUnsubscribe = 0; // a session end under way is lost with its connection
            nextConnectNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoffMillis);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        synchronized (lock) {
            if (socket != null && connected && !sessionEnded) {
                try {
                    send(new Disconnect(0, 0, MqttProperties.EMPTY));
                } catch (IOException ignored) {
                    // the broker may be gone already
                }
            }
            dropConnection(socket, "simulator stopped");
        }
        try {
            scheduler.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
