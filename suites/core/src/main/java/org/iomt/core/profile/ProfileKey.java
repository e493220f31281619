package org.iomt.core.profile;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A typed profile key: where it is in the file, its default (absent when the key is a claim that must be stated),
 * what it means and the clause it relates to.
 *
 * @param path    dotted path in the profile
 * @param fallback value used when the profile does not give one; empty for claims
 * @param meaning one line for people
 * @param clause  the specification clause or design section the key relates to
 * @param reader  turns the (schema-valid) node into the value
 * @param <T>     the value's type
 */
public record ProfileKey<T>(String path, Optional<T> fallback, String meaning, String clause, Function<JsonNode, T> reader) {

    public static ProfileKey<String> text(String path, String fallback, String meaning, String clause) {
        return new ProfileKey<>(path, Optional.ofNullable(fallback), meaning, clause, JsonNode::asText);
    }

    public static ProfileKey<Integer> integer(String path, Integer fallback, String meaning, String clause) {
        return new ProfileKey<>(path, Optional.ofNullable(fallback), meaning, clause, JsonNode::asInt);
    }

    public static ProfileKey<Double> number(String path, Double fallback, String meaning, String clause) {
        return new ProfileKey<>(path, Optional.ofNullable(fallback), meaning, clause, JsonNode::asDouble);
    }

    public static ProfileKey<Duration> duration(String path, Duration fallback, String meaning, String clause) {
        return new ProfileKey<>(path, Optional.ofNullable(fallback), meaning, clause, n -> Durations.parse(n.asText()));
    }

    public static ProfileKey<List<String>> texts(String path, String meaning, String clause) {
        return new ProfileKey<>(path, Optional.of(List.of()), meaning, clause, n -> {
            List<String> values = new ArrayList<>();
            n.forEach(v -> values.add(v.asText()));
            return List.copyOf(values);
        });
    }
}
