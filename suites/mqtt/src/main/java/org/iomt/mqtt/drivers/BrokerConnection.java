package org.iomt.mqtt.drivers;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.EvidenceLog;
import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.mqtt.model.NonBinaryFrame;
import org.iomt.mqtt.model.SplitOverFrames;
import org.iomt.mqtt.model.TlsHandshake;
import org.iomt.mqtt.model.WebSocketOpening;
import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttFrameSplitter;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPackets;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Topics;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;
import org.iomt.standards.scram.Scram;
import org.iomt.standards.scram.ScramException;
import org.iomt.standards.scram.ScramServer;
import org.iomt.standards.websocket.WebSocketFrame;
import org.iomt.standards.websocket.WebSocketHandshake;
import org.iomt.standards.websocket.WebSocketStreams;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLSocket;

/** One client connection of the tester broker: reads, records, and answers as a correct broker would. */
final class BrokerConnection implements Runnable {

    private static final int V3_UNACCEPTABLE_PROTOCOL_VERSION = 0x01;
    private static final int V3_IDENTIFIER_REJECTED = 0x02;
    private static final int V3_BAD_USER_NAME_OR_PASSWORD = 0x04;
    private static final int V5_MALFORMED_PACKET = 0x81;
    private static final int V5_PROTOCOL_ERROR = 0x82;
    private static final int V5_BAD_USER_NAME_OR_PASSWORD = 0x86;
    private static final int V5_TOPIC_NAME_INVALID = 0x90;
    private static final int V3_SUBSCRIPTION_FAILURE = 0x80;
    private static final int V5_TOPIC_FILTER_INVALID = 0x8F;
    private static final int SUBSCRIBE_FLAGS = 0b0010;
    private static final int UNSUBSCRIBE_FLAGS = 0b0010;
    private static final int V3_SERVER_UNAVAILABLE = 0x03;
    private static final int V5_SERVER_UNAVAILABLE = 0x88;
    private static final int V5_NOT_AUTHORIZED = 0x87;
    private static final int V5_BAD_AUTHENTICATION_METHOD = 0x8C;
    private static final int AUTH_SUCCESS = 0x00;
    private static final int CONTINUE_AUTHENTICATION = 0x18;
    private static final int REAUTHENTICATE = 0x19;
    /** The SCRAM iteration count the broker asks for: the least RFC 7677 allows, since each authentication pays it. */
    private static final int SCRAM_ITERATIONS = org.iomt.standards.scram.Scram.MINIMUM_ITERATIONS;
    /**
     * How long the broker takes, once a device proved its password, before its CONNACK goes out: time in which a device
     * that does not wait for the CONNACK shows it by sending something else.
     */
    private static final int AUTHENTICATED_CONNACK_DELAY_MILLIS = 500;
    /** How long the broker keeps reading a connection whose CONNECT it refused, to record what the device still sends. */
    private static final int REFUSAL_LINGER_MILLIS = 2000;
    /**
     * The packet identifiers of the two messages sent by Topic Alias: high ones no other message of the broker uses, so
     * that a device's answer to them says nothing of how it takes an identifier used again.
     */
    private static final List<Integer> ALIASED_MESSAGE_IDS = List.of(0xFFFD, 0xFFFE);
    /** How long the broker keeps reading after the device's DISCONNECT, to see the device close and send nothing more. */
    private static final int DISCONNECT_LINGER_MILLIS = 2000;

    private final String id;
    /** The TCP socket, or after a TLS handshake the TLS socket layered on it. */
    /** The WebSocket subprotocol of MQTT (MQTT 3.1.1 and 5.0 §6). */
    private static final String MQTT_SUBPROTOCOL = "mqtt";

    private volatile Socket socket;
    /** The connection's byte streams: the socket's, or over WebSocket those of its frames. */
    private InputStream in;
    private OutputStream out;
    /** The WebSocket the client opened, when the broker serves MQTT over WebSocket. */
    private WebSocketStreams webSocket;
    /** Whether packets written now wait to go out together in one WebSocket frame. */
    private boolean holdingFrame;
    /** The certificate presented on this connection, when the broker listens with TLS. */
    private final Optional<TlsHandshake.Presented> presented;
    private final BrokerSettings settings;
    private final BrokerControls controls;
    private final EvidenceLog log;
    private final Set<String> sessions;
    private final Consumer<BrokerConnection> onClose;
    private final Object writeLock = new Object();
    private MqttVersion version = MqttVersion.V3_1_1;
    private String clientId;
    private boolean connected;
    /** Set once the broker refused this connection's CONNECT: what follows is recorded, never answered. */
    private boolean refused;
    /** Set once the device sent DISCONNECT: what follows is recorded, never answered, until the device closes. */
    private boolean disconnected;
    /** The packet identifier of the next QoS 1 message the broker sends on this connection. */
    private int nextPacketId = 1;
    /** Messages the broker sent on this connection at QoS 1 or 2 (commands) that the device has not yet answered. */
    private int commandsAwaitingAnswer;
    /** Identifiers of the QoS 2 messages the broker sent here that the device has not yet received (PUBREC). */
    private final Set<Integer> awaitingReceipt = new HashSet<>();
    /** The first such message the broker sent on this connection, whose packet identifier it may send again once freed. */
    private Publish firstCommand;
    /** When the broker last sent such a message (System.nanoTime()). */
    private long commandsSentAt;
    /** The Keep Alive in force on this connection, in seconds: the time a device is given to answer a command. */
    private int keepAliveSeconds;
    private volatile boolean closed;
    /** How long to hold the acknowledgement of the first QoS 1 or 2 PUBLISH on this connection, when planned here. */
    private Optional<java.time.Duration> acknowledgementHold = Optional.empty();
    /** The PUBLISH whose acknowledgement is being held, and since when (System.nanoTime()). */
    private Publish held;
    /** The QoS 2 PUBLISH whose PUBREC waits for the next one's, when the broker is to reverse two PUBRECs. */
    private Publish receiptHeldForReversal;
    private long heldSince;
    /** The malformed packet the broker sent here on purpose, if it did: what follows is recorded, never answered. */
    private MalformedProbe probe;
    private long probeSentAt;
    /** MQTT 5.0: the Topic Alias Maximum the device announced in this connection's CONNECT; 0 when it announced none. */
    private int deviceTopicAliasMaximum;
    /** MQTT 5.0: the Authentication Method this connection's CONNECT named, which the broker took up; null when none. */
    private String authenticationMethod;
    /** The SCRAM exchange under way: the CONNECT's, until its CONNACK, or a re-authentication's, until its last AUTH. */
    private ScramServer scram;
    /** The CONNECT whose enhanced authentication is under way; its CONNACK waits for the exchange to end. */
    private Connect authenticating;
    /** The last message of the CONNECT's SCRAM exchange, which its CONNACK carries once due; null until proved. */
    private byte[] serverFinal;
    /** When that CONNACK is due (System.nanoTime()). */
    private long connackDueAt;
    /** What the device sent during its authentication other than AUTH and DISCONNECT, served once the CONNACK went out. */
    private final List<Received> heldUntilConnack = new ArrayList<>();

    /** A packet the device sent, and the sequence number of its evidence entry. */
    private record Received(MqttPacket packet, long seq) {
    }

    /**
     * @param sessions the client identifiers whose session the broker keeps across connections, shared by all
     *                 connections of the broker
     */
    BrokerConnection(String id, Socket socket, Optional<TlsHandshake.Presented> presented, BrokerSettings settings,
                     BrokerControls controls, EvidenceLog log, Set<String> sessions, Consumer<BrokerConnection> onClose) {
        this.id = id;
        this.socket = socket;
        this.presented = presented;
        this.settings = settings;
        this.controls = controls;
        this.log = log;
        this.sessions = sessions;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        MqttFrameSplitter splitter = new MqttFrameSplitter(settings.maxPacketBytes());
        byte[] buffer = new byte[8192];
        try {
            socket.setTcpNoDelay(true);
            if (presented.isPresent() && !handshake(presented.get())) {
                return;
            }
            socket.setSoTimeout((int) settings.connectDeadline().toMillis());
            in = socket.getInputStream();
            out = socket.getOutputStream();
            if (settings.webSocket() && !openWebSocket()) {
                return;
            }
            while (!closed) {
                int n;
                try {
                    if (probe != null) {
                        socket.setSoTimeout((int) Math.max(1, probeTimeLeft().toMillis() + 1));
                    } else if (serverFinal != null) {
                        socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(connackDueAt - System.nanoTime()) + 1));
                    }
                    n = in.read(buffer);
                } catch (WebSocketStreams.NonBinaryFrameException e) {
                    WebSocketFrame frame = e.frame();
                    // recorded beside the transport, not as a packet: no MQTT packet is taken from it
                    log.append(Direction.TRANSPORT, id, frame.payload(), "WebSocket " + frame.opcodeName() + " frame of "
                            + frame.payload().length + " bytes, where MQTT travels in binary frames only",
                            new NonBinaryFrame(frame.opcodeName()));
                    close("a WebSocket " + frame.opcodeName() + " frame; MQTT travels in binary frames only");
                    return;
                } catch (SocketTimeoutException e) {
                    if (probe == null && serverFinal != null) {
                        if (System.nanoTime() - connackDueAt >= 0 && !acceptAuthenticated()) {
                            return;
                        }
                        continue;
                    }
                    if (probe != null && !probeTimeLeft().isNegative()) {
                        continue; // woke a little early: the device's time is not up yet
                    } else if (probe != null) {
                        closeUnclosedProbe();
                    } else if (refused) {
                        close("the device still held the connection " + REFUSAL_LINGER_MILLIS + " ms after its CONNECT was refused");
                    } else if (disconnected) {
                        close("the device still held the connection " + DISCONNECT_LINGER_MILLIS + " ms after its DISCONNECT");
                    } else if (connected) {
                        end(new ConnectionEnded(true, true, "connection closed by suite: no control packet within one and a half "
                                + "times the Keep Alive"));
                    } else if (authenticating != null) {
                        close("no end to the enhanced authentication within " + settings.connectDeadline().toSeconds()
                                + " s of the CONNECT");
                    } else {
                        close("no CONNECT within " + settings.connectDeadline().toSeconds() + " s of the TCP connection");
                    }
                    return;
                }
                if (n < 0) {
                    end(ConnectionEnded.byPeer(disconnected ? "connection closed by device after its DISCONNECT"
                            : "connection closed by device"));
                    return;
                }
                List<byte[]> frames;
                try {
                    frames = splitter.feed(buffer, 0, n);
                } catch (MalformedPacketException e) {
                    log.append(Direction.DEVICE_TO_SUITE, id, java.util.Arrays.copyOf(buffer, n),
                            "malformed framing [" + e.ruleId() + "]: " + e.getMessage(), null);
                    refuse(V5_MALFORMED_PACKET, "malformed framing");
                    return;
                }
                for (byte[] frame : frames) {
                    if (!handle(frame)) {
                        return;
                    }
                }
                if (probe != null && probeTimeLeft().isNegative()) {
                    closeUnclosedProbe();
                    return;
                }
                // a device that keeps sending during its authentication gets its CONNACK on time all the same
                if (probe == null && serverFinal != null && System.nanoTime() - connackDueAt >= 0 && !acceptAuthenticated()) {
                    return;
                }
                sendMalformedProbe();
            }
        } catch (IOException e) {
            end(ConnectionEnded.byPeer("connection lost: " + e.getMessage()));
        }
    }

    /**
     * Holds the TLS handshake as the server, presenting the given certificate, and records its outcome; false when it
     * failed (the device refused the certificate, or spoke no TLS), and the connection has ended.
     */
    private boolean handshake(TlsHandshake.Presented certificate) {
        try {
            SSLSocket ssl = (SSLSocket) settings.tls().orElseThrow().context(certificate).getSocketFactory()
                    .createSocket(socket, null, true);
            ssl.setUseClientMode(false);
            ssl.setSoTimeout((int) settings.connectDeadline().toMillis());
            socket = ssl;
            ssl.startHandshake();
            log.append(Direction.TRANSPORT, id, new byte[0], "TLS handshake completed (" + ssl.getSession().getProtocol()
                    + ") presenting " + certificate.description(), new TlsHandshake(certificate, true, ssl.getSession().getProtocol()));
            return true;
        } catch (IOException e) {
            log.append(Direction.TRANSPORT, id, new byte[0], "TLS handshake presenting " + certificate.description()
                    + " did not complete: " + e.getMessage(), new TlsHandshake(certificate, false, String.valueOf(e.getMessage())));
            end(certificate == TlsHandshake.Presented.TRUSTED ? ConnectionEnded.byPeer("connection ended in the TLS handshake")
                    : ConnectionEnded.causedBySuite("connection ended in the TLS handshake, presenting a certificate the device "
                    + "must refuse"));
            return false;
        }
    }

    /**
     * Sends the next malformed probe armed in the controls, if any, on this accepted connection; at most one per
     * connection.
     */
    private void sendMalformedProbe() throws IOException {
        if (probe != null || !connected || refused) {
            return;
        }
        Optional<MalformedProbe> next = controls.takeProbe(MalformedProbe.Moment.AFTER_PACKET);
        if (next.isPresent()) {
            sendProbe(next.get());
        }
    }

    /** Sends the probe, records it, and from then on serves the connection no more. */
    private void sendProbe(MalformedProbe sent) throws IOException {
        OptionalInt alias = controls.aliasMappedBefore(id);
        if (sent == MalformedProbe.UNMAPPED_TOPIC_ALIAS && (alias.isEmpty() || alias.getAsInt() > deviceTopicAliasMaximum)) {
            log.append(Direction.TRANSPORT, id, new byte[0], "the suite does not send " + sent.description()
                    + ": it mapped no Topic Alias on an earlier connection that the device's Topic Alias Maximum here ("
                    + deviceTopicAliasMaximum + ") allows", null);
            controls.malformedProbeEnded();
            return;
        }
        sendProbe(sent, sent.frame(version, alias.orElse(0)));
    }

    /** Sends the probe's bytes, records them, and from then on serves the connection no more. */
    private void sendProbe(MalformedProbe sent, byte[] frame) throws IOException {
        synchronized (writeLock) {
            probe = sent;
            if (closed) {
                controls.malformedProbeEnded();
                return;
            }
            log.append(Direction.SUITE_TO_DEVICE, id, frame, "malformed on purpose: " + probe.description(), probe);
            probeSentAt = System.nanoTime(); // after the entry's time, so that the device's time counts from it
            if (probe == MalformedProbe.TEXT_FRAME) {
                webSocket.send(new WebSocketFrame(true, WebSocketFrame.TEXT, frame));
            } else {
                out.write(frame);
                out.flush();
            }
        }
    }

    /** How long the device has left to close the connection after the probe; negative once the bound has passed. */
    private java.time.Duration probeTimeLeft() {
        return MalformedProbe.CLOSE_BOUND.minusNanos(System.nanoTime() - probeSentAt);
    }

    private void closeUnclosedProbe() {
        close("the device still held the connection " + MalformedProbe.CLOSE_BOUND.toMillis() + " ms after "
                + probe.description());
    }

    /** Records and answers one frame; false when the connection was closed because of it. */
    private boolean handle(byte[] frame) throws IOException {
        MqttPacket packet;
        try {
            packet = MqttDecoder.decode(frame, version);
        } catch (MalformedPacketException e) {
            byte[] recorded = settings.credentials().map(c -> Secrets.redactPassword(frame, c.password())).orElse(frame);
            log.append(Direction.DEVICE_TO_SUITE, id, recorded, "malformed [" + e.ruleId() + "]: " + e.getMessage(), null);
            refuse(V5_MALFORMED_PACKET, "malformed packet");
            return false;
        }
        long seq;
        if (packet instanceof Connect connect && connect.password() != null) {
            seq = log.append(Direction.DEVICE_TO_SUITE, id, Secrets.redactPassword(frame, connect), MqttPackets.describe(packet),
                    Secrets.redactPassword(connect)).seq();
        } else {
            seq = log.append(Direction.DEVICE_TO_SUITE, id, frame, MqttPackets.describe(packet), packet).seq();
        }
        return serve(packet, seq);
    }

    /** Answers one packet the device sent, as recorded; false when the connection was closed because of it. */
    private boolean serve(MqttPacket packet, long seq) throws IOException {
        if (refused || probe != null || disconnected) {
            return true; // recorded; a refused, probed or disconnected connection is not served
        }
        if (authenticating != null && !(packet instanceof Connect)) {
            return onAuthenticating(packet, seq);
        }
        if (presented.isPresent() && presented.get() != TlsHandshake.Presented.TRUSTED) {
            close("the device sent " + packet.type() + " over a TLS connection whose certificate it must refuse; the suite "
                    + "does not serve it");
            return false;
        }
        if (!connected && !(packet instanceof Connect)) {
            close("first packet was " + packet.type() + ", not CONNECT");
            return false;
        }
        if (packet instanceof Connect connect) {
            return onConnect(connect);
        }
        releaseHeldAcknowledgement();
        if (!(packet instanceof Disconnect)) {
            sendMessageDueNow();
            sendAliasedCommands();
        }
        if (packet instanceof Publish publish) {
            return onPublish(publish, seq);
        }
        if (packet instanceof PublishAck ack && ack.type() == PacketType.PUBREL && controls.takeDropOnRelease()) {
            close("dropped by the suite before completing the PUBREL, as a network loss would");
            return false;
        }
        if (packet instanceof PublishAck ack && ack.type() == PacketType.PUBREL) {
            send(PublishAck.pubcomp(ack.packetId()));
            return true;
        }
        if (packet instanceof PublishAck ack) {
            return onCommandAnswer(ack);
        }
        if (packet instanceof Subscribe subscribe) {
            return onSubscribe(subscribe);
        }
        if (packet instanceof Unsubscribe unsubscribe) {
            return onUnsubscribe(unsubscribe);
        }
        if (packet instanceof PingReq) {
            send(new PingResp(0));
            return true;
        }
        if (packet instanceof Auth auth) {
            return onReauthentication(auth);
        }
        if (packet instanceof Disconnect) {
            disconnected = true; // the device is to close the connection now; the broker reads on to see it do so
            socket.setSoTimeout(DISCONNECT_LINGER_MILLIS);
            return true;
        }
        refuse(V5_PROTOCOL_ERROR, "a client does not send " + packet.type());
        return false;
    }

    private boolean onConnect(Connect connect) throws IOException {
        if (connected || authenticating != null) {
            refuse(V5_PROTOCOL_ERROR, "second CONNECT on one connection");
            return false;
        }
        MqttVersion claimed = MqttVersion.ofLevel(connect.protocolLevel()).orElse(null);
        if (!"MQTT".equals(connect.protocolName())) {
            close("protocol name \"" + connect.protocolName() + "\" is not \"MQTT\"");
            return false;
        }
        if (claimed == null) {
            send(new Connack(0, false, V3_UNACCEPTABLE_PROTOCOL_VERSION, MqttProperties.EMPTY));
            close("protocol level " + connect.protocolLevel() + " is not supported");
            return false;
        }
        version = claimed;
        if (connect.reservedFlag()) {
            if (version == MqttVersion.V5_0) {
                send(new Connack(0, false, V5_MALFORMED_PACKET, MqttProperties.EMPTY));
            }
            close("reserved flag of CONNECT is set");
            return false;
        }
        boolean emptyId = connect.clientId().isEmpty();
        if (version == MqttVersion.V3_1_1 && emptyId && !connect.cleanStart()) {
            send(new Connack(0, false, V3_IDENTIFIER_REJECTED, MqttProperties.EMPTY));
            close("zero-length client identifier without clean session");
            return false;
        }
        if (settings.credentials().isPresent() && !credentialsMatch(connect, settings.credentials().get())) {
            send(new Connack(0, false, version == MqttVersion.V5_0 ? V5_BAD_USER_NAME_OR_PASSWORD
                    : V3_BAD_USER_NAME_OR_PASSWORD, MqttProperties.EMPTY));
            close("user name or password refused");
            return false;
        }
        if (controls.takeConnectRefusal()) {
            return refuseAsUnavailable();
        }
        Optional<String> method = version == MqttVersion.V5_0
                ? connect.properties().first(MqttPropertyId.AUTHENTICATION_METHOD).map(p -> (String) p.value()) : Optional.empty();
        if (method.isPresent()) {
            return startAuthentication(connect, method.get());
        }
        return accept(connect, List.of());
    }

    /**
     * Accepts the CONNECT with a CONNACK carrying the given properties besides the broker's own (those that end an
     * enhanced authentication), unless a probe goes instead; false when the connection was closed.
     */
    private boolean accept(Connect connect, List<MqttProperty> authentication) throws IOException {
        boolean emptyId = connect.clientId().isEmpty();
        Optional<MalformedProbe> answer = connect.cleanStart()
                ? controls.takeProbe(MalformedProbe.Moment.CONNECT_WITH_CLEAN_START) : Optional.empty();
        if (answer.isPresent()) {
            clientId = connect.clientId();
            connected = true;
            sendProbe(answer.get());
            return true;
        }
        List<MqttProperty> properties = new ArrayList<>(authentication);
        clientId = connect.clientId();
        if (version == MqttVersion.V5_0 && emptyId) {
            clientId = "iomt-" + id;
            properties.add(new MqttProperty(MqttPropertyId.ASSIGNED_CLIENT_IDENTIFIER, clientId));
        }
        ConnackLimits limits = controls.limitsForNextAccepted();
        int keepAlive = connect.keepAlive();
        if (version == MqttVersion.V5_0) {
            properties.addAll(limits.properties());
            keepAlive = limits.serverKeepAlive().orElse(keepAlive);
            deviceTopicAliasMaximum = connect.properties().first(MqttPropertyId.TOPIC_ALIAS_MAXIMUM)
                    .map(p -> (Integer) p.value()).orElse(0);
            if (limits.receiveMaximum().isPresent()) {
                acknowledgementHold = controls.takeAcknowledgementHold();
            }
        }
        send(new Connack(0, resumeSession(connect, clientId), 0, new MqttProperties(properties)));
        connected = true;
        keepAliveSeconds = keepAlive;
        socket.setSoTimeout(keepAlive == 0 ? 0 : keepAlive * 1500);
        return true;
    }

    /**
     * MQTT 5.0 enhanced authentication (§4.12): takes up the CONNECT's Authentication Method if it is the broker's, and
     * answers the client's first SCRAM message with AUTH 0x18 and its own, unless a probe goes instead; refuses the
     * CONNECT (CONNACK 0x8C) naming another method or none the broker takes up, and (CONNACK 0x87) a first message
     * it cannot take. False when the connection was closed.
     */
    private boolean startAuthentication(Connect connect, String method) throws IOException {
        Optional<BrokerSettings.EnhancedAuthentication> supported = settings.enhancedAuthentication()
                .filter(a -> a.method().equals(method));
        if (supported.isEmpty()) {
            send(new Connack(0, false, V5_BAD_AUTHENTICATION_METHOD, MqttProperties.EMPTY));
            close("the broker takes up no Authentication Method \"" + method + "\"");
            return false;
        }
        authenticationMethod = method;
        clientId = connect.clientId();
        authenticating = connect;
        scram = newScram(supported.get());
        byte[] first;
        try {
            first = scram.firstMessage(authenticationData(connect.properties()));
        } catch (ScramException e) {
            send(new Connack(0, false, V5_NOT_AUTHORIZED, MqttProperties.EMPTY));
            close("the client's first SCRAM message in the CONNECT: " + e.getMessage());
            return false;
        }
        sendOrProbe(authentication(CONTINUE_AUTHENTICATION, first), MalformedProbe.Moment.AUTHENTICATION);
        return true;
    }

    /** Sends the AUTH a correct broker sends at this step, or instead the probe armed for it, made from that AUTH. */
    private void sendOrProbe(Auth answer, MalformedProbe.Moment moment) throws IOException {
        Optional<MalformedProbe> instead = controls.takeProbe(moment);
        if (instead.isPresent()) {
            sendProbe(instead.get(), instead.get().authenticationAnswer(answer));
        } else {
            send(answer);
        }
    }

    /**
     * A packet of the device before the CONNACK of its enhanced authentication: the client's final SCRAM message
     * (AUTH 0x18) proves its password and the CONNACK becomes due after {@link #AUTHENTICATED_CONNACK_DELAY_MILLIS}; a
     * DISCONNECT is taken as ever; anything else is held and served once the CONNACK has gone out. An AUTH with another
     * reason code or method, or a second proof, is refused (CONNACK 0x82 or 0x8C), and so is a failed proof (0x87).
     */
    private boolean onAuthenticating(MqttPacket packet, long seq) throws IOException {
        if (packet instanceof Disconnect) {
            disconnected = true;
            socket.setSoTimeout(DISCONNECT_LINGER_MILLIS);
            return true;
        }
        if (!(packet instanceof Auth auth)) {
            heldUntilConnack.add(new Received(packet, seq));
            return true;
        }
        Optional<String> why = authenticationProblem(auth, CONTINUE_AUTHENTICATION);
        if (why.isEmpty() && serverFinal != null) {
            why = Optional.of("a second AUTH after the client's final SCRAM message, before the CONNACK");
        }
        if (why.isPresent()) {
            send(new Connack(0, false, why.get().contains("Authentication Method") ? V5_BAD_AUTHENTICATION_METHOD
                    : V5_PROTOCOL_ERROR, MqttProperties.EMPTY));
            close(why.get());
            return false;
        }
        try {
            serverFinal = scram.finalMessage(authenticationData(auth.properties()));
        } catch (ScramException e) {
            send(new Connack(0, false, V5_NOT_AUTHORIZED, MqttProperties.EMPTY));
            close("the client's final SCRAM message: " + e.getMessage());
            return false;
        }
        connackDueAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(AUTHENTICATED_CONNACK_DELAY_MILLIS);
        return true;
    }

    /**
     * Sends the CONNACK of an authenticated CONNECT, naming the method and carrying the server's final SCRAM message,
     * then serves what the device sent meanwhile; false when the connection was closed.
     */
    private boolean acceptAuthenticated() throws IOException {
        Connect connect = authenticating;
        byte[] last = serverFinal;
        authenticating = null;
        serverFinal = null;
        scram = null;
        if (!accept(connect, List.of(new MqttProperty(MqttPropertyId.AUTHENTICATION_METHOD, authenticationMethod),
                new MqttProperty(MqttPropertyId.AUTHENTICATION_DATA, last)))) {
            return false;
        }
        for (Received held : heldUntilConnack) {
            if (!serve(held.packet(), held.seq())) {
                return false;
            }
        }
        heldUntilConnack.clear();
        return true;
    }

    /**
     * Re-authentication (MQTT 5.0 §4.12.1), on a connection whose CONNECT named the broker's Authentication Method: an
     * AUTH 0x19 with a first SCRAM message is answered with AUTH 0x18, the final one that proves the password with AUTH
     * 0x00 (or the probe that goes instead). Anything else (an AUTH on a connection without a method, another method or
     * reason code, or a failed proof) ends the connection with DISCONNECT 0x82, 0x8C or 0x87.
     */
    private boolean onReauthentication(Auth auth) throws IOException {
        if (authenticationMethod == null) {
            refuse(V5_PROTOCOL_ERROR, "AUTH on a connection whose CONNECT named no Authentication Method");
            return false;
        }
        Optional<String> why = authenticationProblem(auth, scram == null ? REAUTHENTICATE : CONTINUE_AUTHENTICATION);
        if (why.isPresent()) {
            refuse(why.get().contains("Authentication Method") ? V5_BAD_AUTHENTICATION_METHOD : V5_PROTOCOL_ERROR, why.get());
            return false;
        }
        try {
            if (scram == null) {
                scram = newScram(settings.enhancedAuthentication().orElseThrow());
                send(authentication(CONTINUE_AUTHENTICATION, scram.firstMessage(authenticationData(auth.properties()))));
                return true;
            }
            Auth success = authentication(AUTH_SUCCESS, scram.finalMessage(authenticationData(auth.properties())));
            scram = null;
            sendOrProbe(success, MalformedProbe.Moment.REAUTHENTICATION);
            return true;
        } catch (ScramException e) {
            refuse(V5_NOT_AUTHORIZED, "re-authentication failed: " + e.getMessage());
            return false;
        }
    }

    /** Why an AUTH of the device does not continue the exchange as it stands: its reason code or its method. */
    private Optional<String> authenticationProblem(Auth auth, int expectedReason) {
        if (auth.reasonCode() != expectedReason) {
            return Optional.of(String.format("AUTH with reason code 0x%02X where the exchange asks for 0x%02X",
                    auth.reasonCode(), expectedReason));
        }
        Optional<String> method = auth.properties().first(MqttPropertyId.AUTHENTICATION_METHOD).map(p -> (String) p.value());
        if (!method.equals(Optional.of(authenticationMethod))) {
            return Optional.of("AUTH naming Authentication Method " + method.map(m -> "\"" + m + "\"").orElse("none")
                    + ", not the CONNECT's \"" + authenticationMethod + "\"");
        }
        return Optional.empty();
    }

    private static ScramServer newScram(BrokerSettings.EnhancedAuthentication method) {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        return new ScramServer(method.user().username(), method.user().password(), salt, SCRAM_ITERATIONS, Scram.nonce());
    }

    private static byte[] authenticationData(MqttProperties properties) {
        return properties.first(MqttPropertyId.AUTHENTICATION_DATA).map(p -> (byte[]) p.value()).orElse(new byte[0]);
    }

    private Auth authentication(int reasonCode, byte[] data) {
        return new Auth(0, reasonCode, MqttProperties.of(new MqttProperty(MqttPropertyId.AUTHENTICATION_METHOD, authenticationMethod),
                new MqttProperty(MqttPropertyId.AUTHENTICATION_DATA, data)));
    }

    /**
     * Refuses the CONNECT with "server unavailable" and closes the broker's side of the connection (a FIN after the
     * CONNACK), but keeps reading, bounded, so that whatever the device still sends on it is recorded.
     */
    private boolean refuseAsUnavailable() throws IOException {
        send(new Connack(0, false, version == MqttVersion.V5_0 ? V5_SERVER_UNAVAILABLE : V3_SERVER_UNAVAILABLE,
                MqttProperties.EMPTY));
        refused = true;
        socket.setSoTimeout(REFUSAL_LINGER_MILLIS);
        try {
            socket.shutdownOutput();
        } catch (IOException | UnsupportedOperationException e) {
            // the device sees the CONNACK either way; it is to close the connection itself
        }
        return true;
    }

    /**
     * Whether a session of this client is present (MQTT 3.1.1 §3.2.2.2, 5.0 §3.2.2.1.1): only when the client does
     * not ask for a clean start and its session was kept. The session is kept for later connections when the client
     * asks for it: CleanSession 0 in 3.1.1, a Session Expiry Interval above 0 in 5.0 (expiry itself is not timed).
     */
    private boolean resumeSession(Connect connect, String clientId) {
        boolean present = !connect.cleanStart() && sessions.contains(clientId);
        boolean kept = version == MqttVersion.V5_0
                ? connect.properties().first(MqttPropertyId.SESSION_EXPIRY_INTERVAL).map(p -> (Integer) p.value() != 0)
                        .orElse(false)
                : !connect.cleanStart();
        if (kept) {
            sessions.add(clientId);
        } else {
            sessions.remove(clientId);
        }
        return present;
    }

    /** Answers a PUBLISH of the device, recorded as entry {@code seq}, as the controls ask. */
    private boolean onPublish(Publish publish, long seq) throws IOException {
        if (Topics.hasWildcard(publish.topic())) {
            refuse(V5_TOPIC_NAME_INVALID, "wildcard in the topic name of a PUBLISH");
            return false;
        }
        if (publish.qos() > 0 && publish.packetId() == 0) {
            refuse(V5_PROTOCOL_ERROR, "packet identifier 0 on a QoS " + publish.qos() + " PUBLISH");
            return false;
        }
        if (!commandAnswerDue() && controls.takeDropOnPublish(publish.qos(), seq)) {
            if (controls.takeForgetSessionOnDrop()) {
                sessions.remove(clientId);
                close("dropped by the suite before acknowledging the PUBLISH, forgetting the session, as a broker that "
                        + "lost its state would");
                return false;
            }
            close("dropped by the suite before acknowledging the PUBLISH, as a network loss would");
            return false;
        }
        if (controls.acknowledgementsWithheld() || controls.takeLeftUnacknowledged(publish.qos(), seq)) {
            return true;
        }
        if (version == MqttVersion.V5_0 && publish.qos() == 1) {
            OptionalInt refusal = controls.takeQos1Refusal();
            if (refusal.isPresent()) {
                send(PublishAck.puback(publish.packetId()).withReason(refusal.getAsInt(), MqttProperties.EMPTY));
                return true;
            }
        }
        if (publish.qos() > 0 && acknowledgementHold.isPresent() && held == null) {
            held = publish;
            heldSince = System.nanoTime();
            Optional<BrokerControls.Message> command = controls.takeMessageWhileHolding();
            if (command.isPresent()) {
                BrokerControls.Message m = command.get();
                sendCommand(Publish.of(m.topic(), m.qos(), false, m.qos() == 0 ? 0 : nextPacketId++, m.payload()));
            }
            return true;
        }
        if (publish.qos() == 2 && controls.reversesReceipts()) {
            return reverseReceipts(publish);
        }
        acknowledge(publish);
        return true;
    }

    /** Holds the first PUBREC; on the second QoS 2 PUBLISH sends its PUBREC, then the held one; and turns it off. */
    private boolean reverseReceipts(Publish publish) throws IOException {
        if (receiptHeldForReversal == null) {
            receiptHeldForReversal = publish;
            return true;
        }
        acknowledge(publish);
        acknowledge(receiptHeldForReversal);
        receiptHeldForReversal = null;
        controls.reverseNextTwoReceipts(false);
        return true;
    }

    private void acknowledge(Publish publish) throws IOException {
        if (publish.qos() == 1) {
            send(PublishAck.puback(publish.packetId()));
        } else if (publish.qos() == 2) {
            send(PublishAck.pubrec(publish.packetId()));
        }
    }

    /** Sends the held acknowledgement once its hold has passed; the packet that came after it is answered next. */
    private void releaseHeldAcknowledgement() throws IOException {
        if (held == null || System.nanoTime() - heldSince < acknowledgementHold.orElseThrow().toNanos()) {
            return;
        }
        Publish publish = held;
        held = null;
        acknowledgementHold = Optional.empty();
        acknowledge(publish);
        controls.acknowledgementHoldEnded();
    }

    /**
     * Grants what can be granted, and then sends the message armed in the controls (a command, as many times as
     * armed) if a granted filter matches its topic, at no more than the granted QoS. A SUBSCRIBE whose fixed-header
     * flags are not 0010 is malformed (3.1.1 and 5.0 MQTT-3.8.1-1): the connection is closed, in 5.0 with DISCONNECT
     * 0x81, but the session is kept, since a SUBSCRIBE is nothing a resumed session would make the device send again.
     */
    private boolean onSubscribe(Subscribe subscribe) throws IOException {
        if (subscribe.flags() != SUBSCRIBE_FLAGS) {
            if (version == MqttVersion.V5_0) {
                send(new Disconnect(0, V5_MALFORMED_PACKET, MqttProperties.EMPTY));
            }
            close("SUBSCRIBE with fixed-header flags " + bits(subscribe.flags()) + ", not 0010, is malformed");
            return false;
        }
        List<Integer> codes = new ArrayList<>();
        List<String> granted = new ArrayList<>();
        int grantedQos = 0;
        for (Subscription s : subscribe.subscriptions()) {
            boolean valid = Topics.isValidTopicFilter(s.topicFilter()) && s.qos() <= 2;
            codes.add(valid ? s.qos() : version == MqttVersion.V5_0 ? V5_TOPIC_FILTER_INVALID : V3_SUBSCRIPTION_FAILURE);
            if (valid) {
                granted.add(s.topicFilter());
                grantedQos = Math.max(grantedQos, s.qos());
            }
        }
        controls.granted(granted);
        Optional<BrokerControls.Message> command = controls.takeMessageFor(granted);
        // over WebSocket the SUBACK and the commands after it share one frame, as a frame may carry several packets
        holdingFrame = webSocket != null && command.isPresent();
        send(new Suback(0, subscribe.packetId(), MqttProperties.EMPTY, codes));
        if (command.isPresent()) {
            BrokerControls.Message m = command.get();
            int qos = Math.min(m.qos(), grantedQos);
            for (int i = 0; i < m.copies(); i++) {
                sendCommand(Publish.of(m.topic(), qos, false, qos == 0 ? 0 : nextPacketId++, m.payload()));
            }
        }
        if (holdingFrame) {
            holdingFrame = false;
            synchronized (writeLock) {
                out.flush();
            }
            log.append(Direction.TRANSPORT, id, new byte[0], "the SUBACK and the " + command.get().copies() + " commands above "
                    + "went out in 1 WebSocket frame", new SplitOverFrames("SUBACK+PUBLISH", 1));
        }
        return true;
    }

    /** Sends the device a message of the broker's own (a command) and awaits its answer when its QoS calls for one. */
    private void sendCommand(Publish command) throws IOException {
        send(command);
        if (command.qos() == 2) {
            awaitingReceipt.add(command.packetId());
        }
        if (command.qos() > 0) {
            if (firstCommand == null) {
                firstCommand = command;
            }
            commandsAwaitingAnswer++;
            commandsSentAt = System.nanoTime();
        }
    }

    /**
     * An UNSUBSCRIBE whose fixed-header flags are not 0010 is malformed (3.1.1 and 5.0 MQTT-3.10.1-1), and one without a
     * topic filter a protocol violation (MQTT-3.10.3-2): the connection is closed, in 5.0 with DISCONNECT, the session
     * kept as for a malformed SUBSCRIBE. Otherwise every filter is reported removed.
     */
    private boolean onUnsubscribe(Unsubscribe unsubscribe) throws IOException {
        if (unsubscribe.flags() != UNSUBSCRIBE_FLAGS) {
            if (version == MqttVersion.V5_0) {
                send(new Disconnect(0, V5_MALFORMED_PACKET, MqttProperties.EMPTY));
            }
            close("UNSUBSCRIBE with fixed-header flags " + bits(unsubscribe.flags()) + ", not 0010, is malformed");
            return false;
        }
        if (unsubscribe.topicFilters().isEmpty()) {
            if (version == MqttVersion.V5_0) {
                send(new Disconnect(0, V5_PROTOCOL_ERROR, MqttProperties.EMPTY));
            }
            close("UNSUBSCRIBE without a topic filter");
            return false;
        }
        List<Integer> codes = version == MqttVersion.V5_0
                ? Collections.nCopies(unsubscribe.topicFilters().size(), 0) : List.of();
        send(new Unsuback(0, unsubscribe.packetId(), MqttProperties.EMPTY, codes));
        return true;
    }

    /** Sends the message armed to go out on the next packet of the device, if any, as a command from its back end. */
    private void sendMessageDueNow() throws IOException {
        Optional<BrokerControls.Message> due = controls.takeMessageDueNow();
        if (due.isEmpty()) {
            return;
        }
        BrokerControls.Message m = due.get();
        int packetId = m.qos() == 0 ? 0 : nextPacketId++;
        send(Publish.of(m.topic(), m.qos(), false, packetId, m.payload()));
        if (m.qos() == 2) {
            awaitingReceipt.add(packetId);
        }
        if (m.qos() > 0) {
            commandsAwaitingAnswer++;
            commandsSentAt = System.nanoTime();
        }
    }

    /**
     * MQTT 5.0: sends the message armed by {@link BrokerControls#sendAliasedCommands}, if any, when the device announced
     * a Topic Alias Maximum N above 0 on this connection: with Topic Alias N and the topic name, then with alias N alone.
     */
    private void sendAliasedCommands() throws IOException {
        if (version != MqttVersion.V5_0 || deviceTopicAliasMaximum == 0) {
            return;
        }
        Optional<BrokerControls.Message> armed = controls.takeAliasedCommand();
        if (armed.isEmpty()) {
            return;
        }
        BrokerControls.Message m = armed.get();
        MqttProperties alias = MqttProperties.of(new MqttProperty(MqttPropertyId.TOPIC_ALIAS, deviceTopicAliasMaximum));
        controls.aliasMapped(deviceTopicAliasMaximum, id);
        List<String> topics = List.of(m.topic(), "");
        for (int i = 0; i < topics.size(); i++) {
            String topic = topics.get(i);
            int packetId = m.qos() == 0 ? 0 : ALIASED_MESSAGE_IDS.get(i);
            send(Publish.of(topic, m.qos(), false, packetId, m.payload()).withProperties(alias));
            if (m.qos() == 2) {
                awaitingReceipt.add(packetId);
            }
            if (m.qos() > 0) {
                commandsAwaitingAnswer++;
                commandsSentAt = System.nanoTime();
            }
        }
    }

    /**
     * The device's answer to a message the broker sent it: PUBACK ends a QoS 1 flow and PUBCOMP a QoS 2 flow; a PUBREC
     * that reports success for a QoS 2 message the broker sent is answered with PUBREL under its packet identifier, and
     * the PUBCOMP it calls for is then awaited like the PUBREC was. A PUBREC under another identifier, or with a failure
     * reason code (0x80 or more, MQTT 5.0), ends the flow without PUBREL.
     */
    private boolean onCommandAnswer(PublishAck ack) throws IOException {
        commandsAwaitingAnswer = Math.max(0, commandsAwaitingAnswer - 1);
        if (ack.type() == PacketType.PUBREC && awaitingReceipt.remove(ack.packetId()) && ack.reasonCode() < 0x80) {
            send(PublishAck.pubrel(ack.packetId()));
            commandsAwaitingAnswer++;
            commandsSentAt = System.nanoTime();
        }
        if (endsFirstCommandFlow(ack) && controls.takeCommandIdentifierReuse()) {
            sendCommand(Publish.of(firstCommand.topic(), firstCommand.qos(), false, firstCommand.packetId(), firstCommand.payload()));
        }
        return true;
    }

    /** Whether this answer ends the flow of the first command sent here (PUBACK at QoS 1, PUBCOMP at QoS 2), freeing its identifier. */
    private boolean endsFirstCommandFlow(PublishAck ack) {
        return firstCommand != null && ack.packetId() == firstCommand.packetId()
                && ack.type() == (firstCommand.qos() == 1 ? PacketType.PUBACK : PacketType.PUBCOMP);
    }

    /**
     * Whether a command the broker sent on this connection still awaits its answer within the Keep Alive (at least a
     * second): a planned drop waits for it, so that the suite does not cut off an answer it is about to judge.
     */
    private boolean commandAnswerDue() {
        long allowed = TimeUnit.SECONDS.toNanos(Math.max(1, keepAliveSeconds));
        return commandsAwaitingAnswer > 0 && System.nanoTime() - commandsSentAt < allowed;
    }

    private static String bits(int flags) {
        return String.format("%4s", Integer.toBinaryString(flags & 0x0F)).replace(' ', '0');
    }

    private static boolean credentialsMatch(Connect connect, BrokerSettings.Credentials expected) {
        return connect.usernameFlag() && connect.passwordFlag()
                && Objects.equals(expected.username(), connect.username())
                && connect.password() != null
                && java.security.MessageDigest.isEqual(
                        expected.password().getBytes(java.nio.charset.StandardCharsets.UTF_8), connect.password());
    }

    /**
     * Ends a connection for a protocol violation: in 5.0 after telling the client why, once connected. The session
     * ends with it, so that a device resuming it is not made to resend, and be refused for, the same packet forever.
     */
    private void refuse(int v5ReasonCode, String why) throws IOException {
        if (clientId != null) {
            sessions.remove(clientId);
        }
        if (version == MqttVersion.V5_0 && connected) {
            send(new Disconnect(0, v5ReasonCode, MqttProperties.EMPTY));
        }
        close(why);
    }

    private void send(MqttPacket packet) throws IOException {
        byte[] bytes = MqttEncoder.encode(packet, version);
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            log.append(Direction.SUITE_TO_DEVICE, id, bytes, MqttPackets.describe(packet), packet);
            if (webSocket != null && packet instanceof Connack c && c.reasonCode() == 0 && controls.takeConnackSplit()) {
                webSocket.send(WebSocketFrame.binary(java.util.Arrays.copyOf(bytes, 1)));
                webSocket.send(WebSocketFrame.binary(java.util.Arrays.copyOfRange(bytes, 1, bytes.length)));
                log.append(Direction.TRANSPORT, id, new byte[0], "the CONNACK above went out in 2 WebSocket frames: its "
                        + "first byte, then the rest", new SplitOverFrames("CONNACK", 2));
                return;
            }
            out.write(bytes);
            if (!holdingFrame) {
                out.flush();
            }
        }
    }

    /**
     * Reads the client's WebSocket opening handshake, records it, and answers it, selecting the subprotocol mqtt when
     * offered; false when the request asked for no WebSocket, and the connection has ended.
     */
    private boolean openWebSocket() throws IOException {
        WebSocketHandshake request = WebSocketHandshake.read(in);
        WebSocketOpening opening = new WebSocketOpening(request.startLine(), request.isUpgradeRequest(), request.subprotocols());
        log.append(Direction.TRANSPORT, id, new byte[0], "WebSocket opening: " + request.startLine() + ", subprotocols "
                + opening.subprotocols(), opening);
        if (!opening.upgrade()) {
            close("the request asked for no WebSocket upgrade");
            return false;
        }
        Optional<String> selected = opening.subprotocols().contains(MQTT_SUBPROTOCOL) ? Optional.of(MQTT_SUBPROTOCOL) : Optional.empty();
        out.write(WebSocketHandshake.accept(request.header("Sec-WebSocket-Key").orElseThrow(), selected));
        out.flush();
        webSocket = new WebSocketStreams(in, out, false, false);
        in = webSocket.input();
        out = webSocket.output();
        return true;
    }

    /** Ends the connection from the suite's side, recording why. */
    void close(String why) {
        end(ConnectionEnded.causedBySuite("connection closed by suite: " + why));
    }

    /** Records how the connection ended, once, and releases it. */
    private void end(ConnectionEnded event) {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        release();
        if (probe != null) {
            controls.malformedProbeEnded();
        }
        if (acknowledgementHold.isPresent() && held == null) {
            controls.acknowledgementHoldUnused();
        } else if (acknowledgementHold.isPresent()) {
            controls.acknowledgementHoldEnded();
        }
        // after release, so that a waiter woken by this entry sees the connection gone
        log.append(Direction.TRANSPORT, id, new byte[0], event.description(), event);
    }

    private void release() {
        try {
            socket.shutdownOutput(); // FIN after the last packet, so that a final CONNACK or DISCONNECT is read
        } catch (IOException | UnsupportedOperationException ignored) {
            // already gone
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
        onClose.accept(this);
    }
}
