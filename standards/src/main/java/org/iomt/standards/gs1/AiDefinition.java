package org.iomt.standards.gs1;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The definition of one GS1 Application Identifier, from the AI table.
 *
 * @param ai                 the AI digits (2 to 4)
 * @param title              the short data title
 * @param predefinedLength   true when the element string needs no FNC1 separator after this AI
 * @param identificationKey  true when the AI is a GS1 identification key
 * @param dlDataAttribute    true when the AI may be a data attribute (query parameter) of a Digital Link URI
 * @param components         the parts of the data field, in order
 * @param requires           mandatory associations: each inner list is one requirement, met when one of its
 *                           alternatives is present; an alternative "a+b" needs all of its AIs; 'n' matches
 *                           any digit
 * @param excludes           AIs (or patterns with 'n') that must not appear together with this one
 * @param dlQualifierPaths   empty unless the AI is a Digital Link primary key; then its allowed qualifier
 *                           sequences (each an ordered list, possibly empty)
 */
public record AiDefinition(String ai, String title, boolean predefinedLength, boolean identificationKey,
                           boolean dlDataAttribute, List<AiComponent> components, List<List<String>> requires,
                           List<String> excludes, Optional<List<List<String>>> dlQualifierPaths) {

    public AiDefinition {
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(title, "title");
        components = List.copyOf(components);
        requires = requires.stream().map(List::copyOf).toList();
        excludes = List.copyOf(excludes);
        dlQualifierPaths = dlQualifierPaths.map(p -> p.stream().map(List::copyOf).toList());
    }

    /** The shortest value the AI accepts. */
    public int minLength() {
        return components.stream().filter(c -> !c.optional()).mapToInt(AiComponent::minLength).sum();
    }

    /** The longest value the AI accepts. */
    public int maxLength() {
        return components.stream().mapToInt(AiComponent::maxLength).sum();
    }

    /** True when every value of this AI has the same length. */
    public boolean fixedLength() {
        return minLength() == maxLength();
    }

    /** True when the AI is a Digital Link primary key. */
    public boolean isPrimaryKey() {
        return dlQualifierPaths.isPresent();
    }

    /** The key qualifiers a Digital Link URI may give after this primary key, in any allowed sequence. */
    public List<String> allowedQualifiers() {
        return dlQualifierPaths.map(p -> p.stream().flatMap(List::stream).distinct().toList()).orElse(List.of());
    }

    /** The 0-based position of the mod-10 check digit in the value, if the AI has one. */
    public Optional<Integer> checkDigitPosition() {
        int offset = 0;
        for (AiComponent c : components) {
            if (c.checks().contains("csum")) {
                return Optional.of(offset + c.maxLength() - 1);
            }
            offset += c.maxLength();
        }
        return Optional.empty();
    }

    /** True when the value ends with the alphanumeric check character pair. */
    public boolean hasCheckPair() {
        return components.stream().anyMatch(c -> c.checks().contains("csumalpha"));
    }

    /** The kind of the first date component, if the AI carries a date. */
    public Optional<DateKind> dateKind() {
        for (AiComponent c : components) {
            for (String check : c.checks()) {
                switch (check) {
                    case "yymmd0": return Optional.of(DateKind.YYMMDD_DAY_00_ALLOWED);
                    case "yymmdd": return Optional.of(DateKind.YYMMDD);
                    case "yyyymmdd": return Optional.of(DateKind.YYYYMMDD);
                    case "yymmddhh": return Optional.of(DateKind.YYMMDDHH);
                    default: break;
                }
            }
        }
        return Optional.empty();
    }
}
