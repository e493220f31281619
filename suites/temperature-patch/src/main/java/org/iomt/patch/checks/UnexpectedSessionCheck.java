package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a device that asked for a clean start and got a CONNACK saying Session Present 1 left that connection: it
 * closed it within {@link MalformedProbe#CLOSE_BOUND} (see {@link MalformedProbeCheck}) and sent no PUBLISH or
 * SUBSCRIBE on it, as it would to go on with a session it holds none of.
 */
public final class UnexpectedSessionCheck implements Check {

    private static final MalformedProbe PROBE = MalformedProbe.SESSION_PRESENT_ON_CLEAN_START;

    private final String requirement;

    public UnexpectedSessionCheck(String requirement) {
        this.requirement = requirement;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        boolean sent = evidence.stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(MalformedProbe.class).filter(p -> p == PROBE).isPresent());
        if (!sent) {
            return Outcome.inconclusive("the suite's broker sent the device no " + PROBE.description() + ": the device "
                    + "sent no CONNECT with a clean start after the other probes of the phase", List.of());
        }
        Outcome closed = new MalformedProbeCheck(requirement, PROBE).judge(evidence);
        if (closed.inconclusiveReason() != null) {
            return closed;
        }
        Evidence connack = closed.judged().get(0);
        List<Finding> findings = new ArrayList<>(closed.findings());
        List<Evidence> judged = new ArrayList<>(closed.judged());
        evidence.stream().filter(e -> e.seq() > connack.seq() && e.connection().equals(connack.connection())
                        && e.direction() == Direction.DEVICE_TO_SUITE
                        && (e.as(Publish.class).isPresent() || e.as(Subscribe.class).isPresent()))
                .forEach(e -> {
                    judged.add(e);
                    findings.add(Finding.of(requirement, "packet #" + e.seq() + " on connection " + e.connection()
                            + " goes on with the connection after the suite's broker sent the device " + PROBE.description()
                            + " (packet #" + connack.seq() + "): the device holds no "
                            + "session there, and leaves the connection instead", connack, e));
                });
        return Outcome.judged(findings, judged);
    }
}
