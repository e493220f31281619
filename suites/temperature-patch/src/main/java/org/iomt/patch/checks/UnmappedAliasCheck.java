package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MQTT 5.0: whether the device keeps no Topic Alias mapping from one network connection to the next. On a later
 * connection the suite's broker sends it a PUBLISH by an alias alone that it mapped only on an earlier one; to the device
 * that alias is unmapped, a protocol error: it must not take the PUBLISH as a message (no PUBACK or PUBREC for it) and
 * must close the connection, within {@link MalformedProbe#CLOSE_BOUND} as for the other probes.
 */
public final class UnmappedAliasCheck implements Check {

    private static final MalformedProbe PROBE = MalformedProbe.UNMAPPED_TOPIC_ALIAS;

    private final String requirement;

    public UnmappedAliasCheck(String requirement) {
        this.requirement = requirement;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Optional<Evidence> sent = evidence.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(MalformedProbe.class).filter(p -> p == PROBE).isPresent()).findFirst();
        if (sent.isEmpty() && AliasedCommandCheck.announcedMaximum(evidence) == 0) {
            return Outcome.notApplicable("the device announced no Topic Alias Maximum above 0 in its CONNECT, so its broker "
                    + "may map no Topic Alias for it", List.of());
        }
        Outcome closing = new MalformedProbeCheck(requirement, PROBE).judge(evidence);
        if (sent.isEmpty()) {
            return Outcome.inconclusive("the suite's broker sent the device no " + PROBE.description() + ": it mapped no "
                    + "Topic Alias for the device on a connection before, or the device opened no connection for it after "
                    + "the observation window", AliasedCommandCheck.aliasedMessages(evidence));
        }
        Evidence probe = sent.get();
        Optional<Evidence> answer = evidence.stream().filter(e -> e.seq() > probe.seq()
                && e.connection().equals(probe.connection()) && e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(PublishAck.class).map(a -> a.packetId() == MalformedProbe.PROBE_PACKET_ID).orElse(false)).findFirst();
        if (answer.isEmpty()) {
            return closing;
        }
        List<Finding> findings = new ArrayList<>(closing.findings());
        findings.add(0, Finding.of(requirement, "the device answered " + PROBE.description() + " (packet #" + probe.seq()
                + " on connection " + probe.connection() + ") with " + answer.get().decoded() + " (#" + answer.get().seq()
                + "), taking it as a message by a mapping of an earlier connection; on this connection the alias is "
                + "unmapped, and the device closes it", probe, answer.get()));
        List<Evidence> judged = new ArrayList<>(closing.judged());
        judged.add(answer.get());
        return Outcome.judged(findings, judged);
    }
}
