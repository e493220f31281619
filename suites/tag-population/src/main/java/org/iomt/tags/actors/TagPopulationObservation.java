package org.iomt.tags.actors;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.EvidenceLog;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;

import java.util.List;

/**
 * A population of tags as read before the features run (from a reader's export or the built-in population):
 * every scenario judges the same recorded tags.
 */
public final class TagPopulationObservation {

    private final EvidenceLog log;
    private final String source;

    public TagPopulationObservation(EvidenceLog log, String source) {
        this.log = log;
        this.source = source;
    }

    /** The population, which must hold at least one tag to be judged. */
    public List<Evidence> tags() {
        List<Evidence> tags = log.snapshot();
        if (tags.isEmpty()) {
            throw new Inconclusive("the population from " + source + " holds no tag");
        }
        return tags;
    }

    public Outcome judge(Check check) {
        return check.judge(tags());
    }
}
