package org.iomt.core.glue;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.NotApplicable;
import org.iomt.core.model.NotRun;
import org.iomt.core.run.ActiveRun;
import org.iomt.core.run.Applicability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps a scenario from starting once its run is stopping, decides applicability before a scenario, and attaches the
 * evidence it judged after it.
 */
public final class ScenarioHooks {

    private final ScenarioVerdicts verdicts;

    public ScenarioHooks(ScenarioVerdicts verdicts) {
        this.verdicts = verdicts;
    }

    @Before(order = 0)
    public void applicability(Scenario scenario) {
        List<String> requirements = Applicability.requirements(scenario.getSourceTagNames());
        if (requirements.size() != 1) {
            throw new IllegalStateException("scenario \"" + scenario.getName() + "\" must cite exactly one @req: tag, cites "
                    + requirements);
        }
        verdicts.begin(Applicability.scenarioKey(scenario.getUri(), scenario.getLine()), requirements.get(0));
        ActiveRun.current().stopping().ifPresent(reason -> {
            throw new NotRun(reason);
        });
        Applicability.missingClaim(scenario.getSourceTagNames(), ActiveRun.current().profile().claims())
                .ifPresent(missing -> {
                    throw new NotApplicable(missing);
                });
    }

    /**
     * Attaches the evidence the scenario judged; a scenario that would pass without having judged any ends
     * INCONCLUSIVE instead (no verdict without evidence).
     */
    @After
    public void attachEvidence(Scenario scenario) {
        ActiveRun run = ActiveRun.current();
        verdicts.publish(run);
        List<Evidence> shown = verdicts.shown();
        if (!shown.isEmpty()) {
            String lines = shown.stream()
                    .map(e -> e.seq() + " " + e.time() + " " + e.direction().label() + " " + e.connection() + " "
                            + e.decoded() + (e.bytes().length > 0 ? " [" + e.hex() + "]" : ""))
                    .collect(Collectors.joining("\n"));
            scenario.attach(lines.getBytes(StandardCharsets.UTF_8), "text/plain", "evidence judged");
        }
        if (scenario.getStatus() == Status.PASSED) {
            verdicts.requireSomethingJudged();
        }
    }
}
