package org.iomt.simulators.patch;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.senml.SenmlRecordBuilder;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

/** Several faults' transforms as one: each hook passes what the conformant patch does through them in order. */
final class FaultChain implements PatchTransform {

    private final List<PatchTransform> transforms;

    FaultChain(List<PatchTransform> transforms) {
        this.transforms = List.copyOf(transforms);
    }

    @Override
    public TlsChecks tlsChecks(TlsChecks conformant) {
        TlsChecks checks = conformant;
        for (PatchTransform t : transforms) {
            checks = t.tlsChecks(checks);
        }
        return checks;
    }

    @Override
    public void beforeConnect(ConnectionAction publishPendingReading) throws IOException {
        for (PatchTransform t : transforms) {
            t.beforeConnect(publishPendingReading);
        }
    }

    @Override
    public String clientId(String configured) {
        String clientId = configured;
        for (PatchTransform t : transforms) {
            clientId = t.clientId(clientId);
        }
        return clientId;
    }

    @Override
    public Connect connect(Connect conformant) {
        Connect connect = conformant;
        for (PatchTransform t : transforms) {
            connect = t.connect(connect);
        }
        return connect;
    }

    @Override
    public void afterRefusal(ConnectionAction publishPendingReading) throws IOException {
        for (PatchTransform t : transforms) {
            t.afterRefusal(publishPendingReading);
        }
    }

    @Override
    public long refusalBackoffMillis(long conformant) {
        long backoff = conformant;
        for (PatchTransform t : transforms) {
            backoff = t.refusalBackoffMillis(backoff);
        }
        return backoff;
    }

    @Override
    public long readingIntervalNanos(long conformant) {
        long interval = conformant;
        for (PatchTransform t : transforms) {
            interval = t.readingIntervalNanos(interval);
        }
        return interval;
    }

    @Override
    public Optional<PingReq> keepAlivePing(PingReq conformant) {
        Optional<PingReq> ping = Optional.of(conformant);
        for (PatchTransform t : transforms) {
            ping = ping.flatMap(t::keepAlivePing);
        }
        return ping;
    }

    @Override
    public String baseName(String conformant) {
        String uri = conformant;
        for (PatchTransform t : transforms) {
            uri = t.baseName(uri);
        }
        return uri;
    }

    @Override
    public void temperatureRecord(SenmlRecordBuilder record, double value, double baseTime) {
        for (PatchTransform t : transforms) {
            t.temperatureRecord(record, value, baseTime);
        }
    }

    @Override
    public Publish reading(Publish conformant) {
        Publish publish = conformant;
        for (PatchTransform t : transforms) {
            publish = t.reading(publish);
        }
        return publish;
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
        Optional<Publish> resend = Optional.of(conformant);
        for (PatchTransform t : transforms) {
            resend = resend.flatMap(p -> t.redelivery(p, nextPacketId));
        }
        return resend;
    }

    @Override
    public Subscribe subscribe(Subscribe conformant) {
        Subscribe subscribe = conformant;
        for (PatchTransform t : transforms) {
            subscribe = t.subscribe(subscribe);
        }
        return subscribe;
    }

    @Override
    public Optional<PublishAck> commandAck(PublishAck conformant) {
        Optional<PublishAck> ack = Optional.of(conformant);
        for (PatchTransform t : transforms) {
            ack = ack.flatMap(t::commandAck);
        }
        return ack;
    }
}
