package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.QosOneFlow;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the sender of QoS 2 readings owes when its session is resumed (Session Present 1) after a lost connection: a
 * PUBLISH the suite had not answered with PUBREC goes out again under its packet identifier with DUP set; a PUBREL the
 * suite had not completed with PUBCOMP goes out again; and a message once released is never published again.
 */
public final class Qos2ResumptionCheck implements Check {

    private enum Rule { PUBLISH_RESENT, RELEASE_RESENT, NOT_PUBLISHED_AFTER_RELEASE }

    private final String requirement;
    private final Rule rule;

    private Qos2ResumptionCheck(String requirement, Rule rule) {
        this.requirement = requirement;
        this.rule = rule;
    }

    /** A QoS 2 PUBLISH unanswered by PUBREC when its connection ended is resent on the resumed session, same identifier, DUP set. */
    public static Qos2ResumptionCheck publishResent(String requirement) {
        return new Qos2ResumptionCheck(requirement, Rule.PUBLISH_RESENT);
    }

    /** A PUBREL unanswered by PUBCOMP when its connection ended is sent again on the resumed session. */
    public static Qos2ResumptionCheck releaseResent(String requirement) {
        return new Qos2ResumptionCheck(requirement, Rule.RELEASE_RESENT);
    }

    /**
     * No message is published again once the device released it; judged only when a release was left uncompleted
     * across a resumed session, where a device that forgot it had released the message would publish it again.
     */
    public static Qos2ResumptionCheck notPublishedAfterRelease(String requirement) {
        return new Qos2ResumptionCheck(requirement, Rule.NOT_PUBLISHED_AFTER_RELEASE);
    }

    /** Whether a PUBREL the device sent was left uncompleted when its connection ended and was sent again after. */
    public static boolean releaseResentAfterLoss(List<Evidence> log) {
        return interruptedReleases(log).stream().anyMatch(r -> r.again().isPresent());
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        return switch (rule) {
            case PUBLISH_RESENT -> publishResent(evidence);
            case RELEASE_RESENT -> releaseResent(evidence);
            case NOT_PUBLISHED_AFTER_RELEASE -> notPublishedAfterRelease(evidence);
        };
    }

    private Outcome publishResent(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (QosOneFlow.Resumption r : QosOneFlow.of(evidence).resumptions()) {
            List<Evidence> owed = r.owed().stream().filter(o -> o.as(Publish.class).orElseThrow().qos() == 2).toList();
            if (owed.isEmpty() || r.sends().isEmpty()) {
                continue; // nothing at QoS 2 was owed, or the device published nothing on the resumed connection
            }
            judged.add(r.connack());
            for (Evidence o : owed) {
                judged.add(o);
                Publish first = o.as(Publish.class).orElseThrow();
                Optional<QosOneFlow.Send> resend = r.sends().stream()
                        .filter(s -> s.resends().map(x -> x.seq() == o.seq()).orElse(false)).findFirst();
                if (resend.isEmpty()) {
                    findings.add(Finding.of(requirement, "packet #" + o.seq() + " (QoS 2, packet identifier "
                            + first.packetId() + ") had no PUBREC when its connection ended, and was not sent again on the "
                            + "resumed connection " + r.connection(), o, r.connack()));
                    continue;
                }
                Evidence again = resend.get().evidence();
                judged.add(again);
                Publish p = resend.get().publish();
                if (p.packetId() != first.packetId() || p.dup() != 1) {
                    findings.add(Finding.of(requirement, "packet #" + again.seq() + " on " + again.connection()
                            + ": the resent QoS 2 message of packet #" + o.seq() + " carries packet identifier "
                            + p.packetId() + " and DUP " + p.dup() + ", expected " + first.packetId() + " and DUP 1", o, again));
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no session of the device was resumed while a QoS 2 PUBLISH awaited its PUBREC, "
                    + "with the device publishing on the resumed connection", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome releaseResent(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (InterruptedRelease r : interruptedReleases(evidence)) {
            if (r.resumedOn().isEmpty()) {
                continue;
            }
            Evidence connack = r.resumedOn().get();
            judged.add(r.release());
            judged.add(connack);
            if (r.again().isPresent()) {
                judged.add(r.again().get());
            } else {
                findings.add(Finding.of(requirement, "packet #" + r.release().seq() + " (PUBREL, packet identifier "
                        + r.id() + ") had no PUBCOMP when connection " + r.release().connection() + " ended, and was not "
                        + "sent again on the resumed connection " + connack.connection(), r.release(), connack));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no session of the device was resumed while a PUBREL of it awaited its PUBCOMP",
                    List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome notPublishedAfterRelease(List<Evidence> evidence) {
        List<InterruptedRelease> resumed = interruptedReleases(evidence).stream().filter(r -> r.resumedOn().isPresent()).toList();
        if (resumed.isEmpty()) {
            return Outcome.inconclusive("no session of the device was resumed while a PUBREL of it awaited its PUBCOMP, "
                    + "where a message already released could be published again", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        Map<Integer, Evidence> published = new LinkedHashMap<>();
        List<Evidence> releasedMessages = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.direction() != Direction.DEVICE_TO_SUITE) {
                continue;
            }
            Optional<Publish> p = e.as(Publish.class).filter(x -> x.qos() == 2);
            if (p.isPresent()) {
                Optional<Evidence> earlier = releasedMessages.stream()
                        .filter(m -> Qos2SenderCheck.sameMessage(m.as(Publish.class).orElseThrow(), p.get())).findFirst();
                if (earlier.isPresent()) {
                    findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": publishes "
                            + "again the QoS 2 message of packet #" + earlier.get().seq() + ", which the device had already "
                            + "released with a PUBREL", earlier.get(), e));
                }
                published.put(p.get().packetId(), e);
                continue;
            }
            Optional<PublishAck> release = e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL);
            if (release.isPresent() && published.containsKey(release.get().packetId())) {
                Evidence message = published.remove(release.get().packetId());
                releasedMessages.add(message);
                judged.add(message);
                judged.add(e);
            }
        }
        resumed.forEach(r -> judged.add(r.resumedOn().get()));
        return Outcome.judged(findings, judged);
    }

    /**
     * A PUBREL of the device left without PUBCOMP when its connection ended.
     *
     * @param release   the PUBREL
     * @param id        its packet identifier
     * @param resumedOn the CONNACK with Session Present 1 of the next connection of the device, if the session resumed
     * @param again     the PUBREL under the same identifier on that resumed connection, if any
     */
    private record InterruptedRelease(Evidence release, int id, Optional<Evidence> resumedOn, Optional<Evidence> again) {
    }

    private static List<InterruptedRelease> interruptedReleases(List<Evidence> log) {
        List<InterruptedRelease> found = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            Evidence e = log.get(i);
            Optional<PublishAck> release = e.direction() == Direction.DEVICE_TO_SUITE
                    ? e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL) : Optional.empty();
            if (release.isEmpty()) {
                continue;
            }
            int id = release.get().packetId();
            String connection = e.connection();
            boolean completed = log.subList(i + 1, log.size()).stream().anyMatch(x -> x.connection().equals(connection)
                    && x.direction() == Direction.SUITE_TO_DEVICE
                    && x.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBCOMP && a.packetId() == id).isPresent());
            boolean ended = log.subList(i + 1, log.size()).stream().anyMatch(x -> x.connection().equals(connection)
                    && x.as(ConnectionEnded.class).isPresent());
            if (completed || !ended) {
                continue;
            }
            Optional<Evidence> nextConnect = log.subList(i + 1, log.size()).stream()
                    .filter(x -> x.direction() == Direction.DEVICE_TO_SUITE && x.as(Connect.class).isPresent()).findFirst();
            Optional<Evidence> resumedOn = nextConnect.filter(c -> !c.as(Connect.class).orElseThrow().cleanStart())
                    .flatMap(c -> log.stream().filter(x -> x.seq() > c.seq() && x.connection().equals(c.connection())
                            && x.direction() == Direction.SUITE_TO_DEVICE && x.as(Connack.class).isPresent()).findFirst())
                    .filter(c -> c.as(Connack.class).orElseThrow().sessionPresent());
            Optional<Evidence> again = resumedOn.flatMap(c -> log.stream().filter(x -> x.seq() > c.seq()
                    && x.connection().equals(c.connection()) && x.direction() == Direction.DEVICE_TO_SUITE
                    && x.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL && a.packetId() == id).isPresent())
                    .findFirst());
            found.add(new InterruptedRelease(e, id, resumedOn, again));
        }
        return found;
    }
}
