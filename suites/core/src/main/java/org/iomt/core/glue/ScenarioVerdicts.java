package org.iomt.core.glue;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.NotApplicable;
import org.iomt.core.model.Outcome;
import org.iomt.core.model.RequirementViolation;
import org.iomt.core.run.ActiveRun;

import java.util.ArrayList;
import java.util.List;

/**
 * One scenario's requirement and the evidence it judged; turns a check's outcome into the scenario's verdict
 * by throwing the matching outcome exception. Created by Cucumber for every scenario, so nothing is shared.
 */
public final class ScenarioVerdicts {

    static final String NOTHING_JUDGED = "nothing was judged: no evidence showed the condition the requirement speaks of, "
            + "so there is nothing to pass";

    private String requirement;
    private String scenarioKey;
    private final List<Evidence> judged = new ArrayList<>();
    private final List<Evidence> cited = new ArrayList<>();

    void begin(String scenarioKey, String requirement) {
        this.scenarioKey = scenarioKey;
        this.requirement = requirement;
    }

    /** The requirement this scenario cites with its {@code @req:} tag. */
    public String requirement() {
        return requirement;
    }

    /**
     * PASS goes on; an inconclusive outcome ends the scenario INCONCLUSIVE; findings end it FAIL; a rule whose condition
     * never arose ends it NOT_APPLICABLE. A pass that cites no
     * evidence is no pass: the check saw nothing of what its rule speaks of, and the scenario ends INCONCLUSIVE.
     */
    public void require(Outcome outcome) {
        judged.addAll(outcome.judged());
        outcome.findings().stream().map(Finding::evidence).forEach(judged::addAll);
        if (outcome.inconclusiveReason() != null) {
            throw new Inconclusive(outcome.inconclusiveReason());
        }
        if (!outcome.findings().isEmpty()) {
            throw new RequirementViolation(outcome.findings());
        }
        if (outcome.notApplicableReason() != null) {
            throw new NotApplicable(outcome.notApplicableReason());
        }
        if (outcome.judged().isEmpty()) {
            throw new Inconclusive(NOTHING_JUDGED);
        }
    }

    /**
     * Cites the frames the scenario exchanged on its own connections beside what its checks judged, so that an
     * INCONCLUSIVE or FAIL shows which connections it used and what came over them. They are shown with the
     * verdict, never counted as evidence for a pass. A device class calls this from an {@code @After} hook that runs
     * before the core's, for a scenario that did not pass.
     */
    public void cite(List<Evidence> frames) {
        cited.addAll(frames);
    }

    /**
     * Whether the scenario has judged any evidence; one that ends without has nothing to pass on. Its verdict is then
     * INCONCLUSIVE.
     */
    void requireSomethingJudged() {
        if (judged.isEmpty()) {
            throw new Inconclusive(NOTHING_JUDGED);
        }
    }

    String scenarioKey() {
        return scenarioKey;
    }

    /** What the scenario judged, then what else it cited, each frame once. */
    List<Evidence> shown() {
        return java.util.stream.Stream.concat(judged.stream(), cited.stream()).distinct().toList();
    }

    void publish(ActiveRun run) {
        run.judged(scenarioKey, shown().stream().map(Evidence::reference).toList());
    }
}
