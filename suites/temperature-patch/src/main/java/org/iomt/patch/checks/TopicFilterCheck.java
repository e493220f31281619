package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A rule the SUBSCRIBE packets the device sent must keep in their topic filters (MQTT 3.1.1 §3.8.3 and §4.7, 5.0
 * §3.8.3 and §4.7), judged on each SUBSCRIBE the rule concerns; inconclusive when the device sent no SUBSCRIBE, not
 * applicable when none of its SUBSCRIBE packets meets the rule's condition (say, no filter holds a wildcard).
 */
public final class TopicFilterCheck implements Check {

    private final String requirement;
    private final String condition;
    private final Predicate<Subscribe> concerns;
    private final Function<Subscribe, Optional<String>> rule;

    private TopicFilterCheck(String requirement, String condition, Predicate<Subscribe> concerns,
            Function<Subscribe, Optional<String>> rule) {
        this.requirement = requirement;
        this.condition = condition;
        this.concerns = concerns;
        this.rule = rule;
    }

    /** The SUBSCRIBE carries at least one topic filter. */
    public static TopicFilterCheck atLeastOneFilter(String requirement) {
        return new TopicFilterCheck(requirement, "SUBSCRIBE", s -> true, s -> s.subscriptions().isEmpty()
                ? Optional.of("SUBSCRIBE carries no topic filter") : Optional.empty());
    }

    /** A '#' in a filter is a whole level, and the last one. */
    public static TopicFilterCheck multiLevelWildcardPlacement(String requirement) {
        return wildcardRule(requirement, '#', TopicFilterCheck::misplacedHash,
                "misplaces the multi-level wildcard '#', which must be a whole level and the last");
    }

    /** A '+' in a filter is a whole level. */
    public static TopicFilterCheck singleLevelWildcardPlacement(String requirement) {
        return wildcardRule(requirement, '+', TopicFilterCheck::partialPlus,
                "uses the single-level wildcard '+' as part of a level instead of a whole level");
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> subscribes = evidence.stream()
                .filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Subscribe.class).isPresent()).toList();
        if (subscribes.isEmpty()) {
            return Outcome.inconclusive("the device sent no SUBSCRIBE during the observation window", List.of());
        }
        List<Evidence> judged = subscribes.stream().filter(e -> concerns.test(e.as(Subscribe.class).get())).toList();
        if (judged.isEmpty()) {
            return Outcome.notApplicable("no SUBSCRIBE of the device (packets " + seqs(subscribes) + ") has a "
                    + condition + "; the rule concerns none of them", subscribes);
        }
        List<Finding> findings = new ArrayList<>();
        for (Evidence e : judged) {
            rule.apply(e.as(Subscribe.class).get()).ifPresent(problem -> findings.add(Finding.of(requirement,
                    "packet #" + e.seq() + " on " + e.connection() + ": " + problem, e)));
        }
        return Outcome.judged(findings, judged);
    }

    private static TopicFilterCheck wildcardRule(String requirement, char wildcard, Predicate<String> bad, String problem) {
        return new TopicFilterCheck(requirement, "topic filter holding '" + wildcard + "'",
                s -> s.subscriptions().stream().anyMatch(f -> f.topicFilter().indexOf(wildcard) >= 0),
                s -> s.subscriptions().stream().map(Subscription::topicFilter).filter(bad).findFirst()
                        .map(f -> "topic filter \"" + f + "\" " + problem));
    }

    private static boolean misplacedHash(String filter) {
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].indexOf('#') >= 0 && (!levels[i].equals("#") || i != levels.length - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean partialPlus(String filter) {
        for (String level : filter.split("/", -1)) {
            if (level.indexOf('+') >= 0 && !level.equals("+")) {
                return true;
            }
        }
        return false;
    }

    private static String seqs(List<Evidence> evidence) {
        return String.join(", ", evidence.stream().map(e -> "#" + e.seq()).toList());
    }
}
