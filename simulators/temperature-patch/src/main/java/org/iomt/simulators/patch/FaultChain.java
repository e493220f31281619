package org.iomt.simulators.patch;

import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.Unsubscribe;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.senml.SenmlRecordBuilder;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;

/** Several faults' transforms as one: each hook passes what the conformant patch does through them in order. */
final class FaultChain implements PatchTransform {

    private final List<PatchTransform> transforms;

    FaultChain(List<PatchTransform> transforms) {
        this.transforms = List.copyOf(transforms);
    }

    /** The value after every transform has edited it, in order. */
    private <T> T through(T conformant, BiFunction<PatchTransform, T, T> edit) {
        T value = conformant;
        for (PatchTransform t : transforms) {
            value = edit.apply(t, value);
        }
        return value;
    }

    /** The value after every transform has edited it, in order; empty once one of them drops it. */
    private <T> Optional<T> unlessDropped(T conformant, BiFunction<PatchTransform, T, Optional<T>> edit) {
        Optional<T> value = Optional.of(conformant);
        for (PatchTransform t : transforms) {
            value = value.flatMap(v -> edit.apply(t, v));
        }
        return value;
    }

    @Override
    public TlsChecks tlsChecks(TlsChecks conformant) {
        return through(conformant, PatchTransform::tlsChecks);
    }

    @Override
    public void beforeConnect(ConnectionAction publishPendingReading) throws IOException {
        for (PatchTransform t : transforms) {
            t.beforeConnect(publishPendingReading);
        }
    }

    @Override
    public String clientId(String configured) {
        return through(configured, PatchTransform::clientId);
    }

    @Override
    public Connect connect(Connect conformant) {
        return through(conformant, PatchTransform::connect);
    }

    @Override
    public byte[] connectFrame(byte[] conformant) {
        return through(conformant, PatchTransform::connectFrame);
    }

    @Override
    public void afterRefusal(ConnectionAction publishPendingReading) throws IOException {
        for (PatchTransform t : transforms) {
            t.afterRefusal(publishPendingReading);
        }
    }

    @Override
    public boolean closesOnInvalidPacket(boolean conformant) {
        return through(conformant, PatchTransform::closesOnInvalidPacket);
    }

    @Override
    public int acceptedTopicAliases(int announced) {
        return through(announced, PatchTransform::acceptedTopicAliases);
    }

    @Override
    public boolean keepsTopicAliasesAcrossConnections(boolean conformant) {
        return through(conformant, PatchTransform::keepsTopicAliasesAcrossConnections);
    }

    @Override
    public List<Publish> resendOrder(List<Publish> conformant) {
        return through(conformant, PatchTransform::resendOrder);
    }

    @Override
    public boolean keepsInFlightWithoutSession(boolean conformant) {
        return through(conformant, PatchTransform::keepsInFlightWithoutSession);
    }

    @Override
    public boolean closesOnUnexpectedSession(boolean conformant) {
        return through(conformant, PatchTransform::closesOnUnexpectedSession);
    }

    @Override
    public long refusalBackoffMillis(long conformant) {
        return through(conformant, PatchTransform::refusalBackoffMillis);
    }

    @Override
    public long readingIntervalNanos(long conformant) {
        return through(conformant, PatchTransform::readingIntervalNanos);
    }

    @Override
    public int keepAliveInUse(int conformant, int declared) {
        return through(conformant, (t, v) -> t.keepAliveInUse(v, declared));
    }

    @Override
    public Optional<PingReq> keepAlivePing(PingReq conformant) {
        return unlessDropped(conformant, PatchTransform::keepAlivePing);
    }

    @Override
    public Optional<PingReq> keepAlivePingAtZeroQuota(PingReq conformant) {
        return unlessDropped(conformant, PatchTransform::keepAlivePingAtZeroQuota);
    }

    @Override
    public String baseName(String conformant) {
        return through(conformant, PatchTransform::baseName);
    }

    @Override
    public void temperatureRecord(SenmlRecordBuilder record, double value, double baseTime) {
        for (PatchTransform t : transforms) {
            t.temperatureRecord(record, value, baseTime);
        }
    }

    @Override
    public Publish reading(Publish conformant) {
        return through(conformant, PatchTransform::reading);
    }

    @Override
    public Publish sizedReading(Publish conformant, int maximumPacketSize) {
        return through(conformant, (t, p) -> t.sizedReading(p, maximumPacketSize));
    }

    @Override
    public List<String> webSocketSubprotocols(List<String> conformant) {
        return through(conformant, PatchTransform::webSocketSubprotocols);
    }

    @Override
    public int webSocketDataOpcode(int conformant) {
        return through(conformant, PatchTransform::webSocketDataOpcode);
    }

    @Override
    public Auth authentication(Auth conformant, int reauthentication) {
        return through(conformant, (t, auth) -> t.authentication(auth, reauthentication));
    }

    @Override
    public boolean takesAuthWithFlags(boolean conformant) {
        return through(conformant, PatchTransform::takesAuthWithFlags);
    }

    @Override
    public boolean closesOnFailedReauthentication(boolean conformant) {
        return through(conformant, PatchTransform::closesOnFailedReauthentication);
    }

    @Override
    public List<MqttPacket> whileAuthenticating() {
        return transforms.stream().flatMap(t -> t.whileAuthenticating().stream()).toList();
    }

    @Override
    public boolean reauthenticatesWithoutMethod(boolean conformant) {
        return through(conformant, PatchTransform::reauthenticatesWithoutMethod);
    }

    @Override
    public boolean takesNonBinaryFrames(boolean conformant) {
        return through(conformant, PatchTransform::takesNonBinaryFrames);
    }

    @Override
    public boolean readsFramesAsPackets(boolean conformant) {
        return through(conformant, PatchTransform::readsFramesAsPackets);
    }

    @Override
    public boolean endsFlowOnFailedAcknowledgement(boolean conformant) {
        return through(conformant, PatchTransform::endsFlowOnFailedAcknowledgement);
    }

    @Override
    public MqttPacket sizedAnswer(MqttPacket conformant, int maximumPacketSize) {
        return through(conformant, (t, p) -> t.sizedAnswer(p, maximumPacketSize));
    }

    @Override
    public int maximumPacketSize(int conformant) {
        return through(conformant, PatchTransform::maximumPacketSize);
    }

    @Override
    public int receiveMaximum(int conformant) {
        return through(conformant, PatchTransform::receiveMaximum);
    }

    @Override
    public OptionalInt readingTopicAlias(OptionalInt conformant, int topicAliasMaximum) {
        return through(conformant, (t, v) -> t.readingTopicAlias(v, topicAliasMaximum));
    }

    @Override
    public int readingPacketId(IntSupplier next) {
        IntSupplier id = next;
        for (PatchTransform t : transforms) {
            IntSupplier before = id;
            id = () -> t.readingPacketId(before);
        }
        return id.getAsInt();
    }

    @Override
    public Optional<Publish> redelivery(Publish conformant, IntSupplier nextPacketId) {
        return unlessDropped(conformant, (t, p) -> t.redelivery(p, nextPacketId));
    }

    @Override
    public Optional<PublishAck> readingRelease(PublishAck conformant) {
        return unlessDropped(conformant, PatchTransform::readingRelease);
    }

    @Override
    public boolean releasesInPublishOrder(boolean conformant) {
        return through(conformant, PatchTransform::releasesInPublishOrder);
    }

    @Override
    public Optional<Duration> discardsUnreceivedAfter(Optional<Duration> conformant) {
        return through(conformant, PatchTransform::discardsUnreceivedAfter);
    }

    @Override
    public Optional<PublishAck> unknownReceiptAnswer(PublishAck receipt) {
        return transforms.stream().map(t -> t.unknownReceiptAnswer(receipt)).flatMap(Optional::stream).findFirst();
    }

    @Override
    public List<MqttPacket> releaseResent(Publish reading, PublishAck release) {
        for (PatchTransform t : transforms) {
            List<MqttPacket> changed = t.releaseResent(reading, release);
            if (!changed.equals(List.of(release))) {
                return changed;
            }
        }
        return List.of(release);
    }

    @Override
    public Subscribe subscribe(Subscribe conformant) {
        return through(conformant, PatchTransform::subscribe);
    }

    @Override
    public byte[] sentFrame(MqttPacket packet, byte[] conformant) {
        return through(conformant, (t, frame) -> t.sentFrame(packet, frame));
    }

    @Override
    public Optional<PublishAck> commandAck(PublishAck conformant) {
        return unlessDropped(conformant, PatchTransform::commandAck);
    }

    @Override
    public boolean answersCommandsAtZeroQuota() {
        return transforms.stream().allMatch(PatchTransform::answersCommandsAtZeroQuota);
    }

    @Override
    public Optional<java.time.Duration> reusesIdentifierInUseAfter() {
        return transforms.stream().map(PatchTransform::reusesIdentifierInUseAfter).flatMap(Optional::stream).findFirst();
    }

    @Override
    public Optional<PublishAck> commandCompletion(PublishAck conformant) {
        return unlessDropped(conformant, PatchTransform::commandCompletion);
    }

    @Override
    public List<PublishAck> commandAcksReady(PublishAck ready) {
        List<PublishAck> acks = List.of(ready);
        for (PatchTransform t : transforms) {
            acks = acks.stream().flatMap(a -> t.commandAcksReady(a).stream()).toList();
        }
        return acks;
    }

    @Override
    public Unsubscribe unsubscribe(Unsubscribe conformant) {
        return through(conformant, PatchTransform::unsubscribe);
    }

    @Override
    public Disconnect disconnect(Disconnect conformant) {
        return through(conformant, PatchTransform::disconnect);
    }

    @Override
    public List<MqttPacket> afterDisconnect() {
        return transforms.stream().flatMap(t -> t.afterDisconnect().stream()).toList();
    }

    @Override
    public boolean closesAfterDisconnect() {
        return transforms.stream().allMatch(PatchTransform::closesAfterDisconnect);
    }
}
