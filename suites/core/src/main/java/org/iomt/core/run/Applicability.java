package org.iomt.core.run;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a scenario's tags: the requirement it cites ({@code @req:<set>:<id>}) and the claims it needs
 * ({@code @pics:<claim>} for a claim that is stated and not false, or a group of claims of which one is stated, {@code @pics:<claim>=<value>} for a claim with
 * that value, or holding it among a list of values, {@code @pics:<claim>!=<value>} for a claim the profile states
 * without that value: another value, {@code false}, or a list that leaves it out).
 */
public final class Applicability {

    public static final String REQ = "@req:";
    public static final String PICS = "@pics:";

    private Applicability() {
    }

    public static List<String> requirements(Collection<String> tags) {
        return tags.stream().filter(t -> t.startsWith(REQ)).map(t -> t.substring(REQ.length())).distinct().toList();
    }

    /** Why the scenario does not apply to these claims, or empty when every {@code @pics:} tag holds. */
    public static Optional<String> missingClaim(Collection<String> tags, Map<String, String> claims) {
        for (String tag : tags) {
            if (!tag.startsWith(PICS)) {
                continue;
            }
            String condition = tag.substring(PICS.length());
            int ne = condition.indexOf("!=");
            if (ne >= 0) {
                Optional<String> lacking = lacking(condition.substring(0, ne), condition.substring(ne + 2), claims);
                if (lacking.isPresent()) {
                    return lacking;
                }
                continue;
            }
            int eq = condition.indexOf('=');
            String key = eq < 0 ? condition : condition.substring(0, eq);
            String stated = claims.containsKey(key) ? claims.get(key)
                    : claims.keySet().stream().anyMatch(k -> k.startsWith(key + ".")) ? "stated" : null;
            if (stated == null || stated.isEmpty() || stated.equals("false")) {
                return Optional.of("the profile does not claim " + key);
            }
            if (eq >= 0) {
                String wanted = condition.substring(eq + 1);
                if (!List.of(stated.split(",")).contains(wanted)) {
                    return Optional.of("the profile claims " + key + " = " + stated + ", the scenario needs " + wanted);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Why a scenario for a product that states {@code key} without {@code value} does not apply, or empty when it does:
     * an unstated claim says nothing of what the product lacks, so it does not count.
     */
    private static Optional<String> lacking(String key, String value, Map<String, String> claims) {
        String stated = claims.get(key);
        if (stated == null || stated.isEmpty()) {
            return Optional.of("the profile does not state " + key + ", the scenario needs it without " + value);
        }
        if (List.of(stated.split(",")).contains(value)) {
            return Optional.of("the profile claims " + key + " = " + stated + ", the scenario needs it without " + value);
        }
        return Optional.empty();
    }

    /** Identifies a scenario (an example row of an outline has its own line) across Cucumber and JUnit. */
    public static String scenarioKey(URI featureUri, int line) {
        String path = "file".equals(featureUri.getScheme()) ? Path.of(featureUri).toAbsolutePath().normalize().toString()
                : featureUri.toString();
        return path + ":" + line;
    }
}
