package org.iomt.core.spi;

import org.iomt.simulators.Unjudged;

import java.util.List;
import java.util.Set;

/**
 * How the suite's own tests prove a device class: each reference profile passes every row that applies, at least a
 * minimum of them, and each fault fails exactly its rows while every other row passing in the reference still passes
 * (but those the fault leaves unjudged).
 *
 * @param references the reference runs
 * @param faults     one case per fault of the catalogue, and per version where a fault's rows differ by version
 * @param peers      the real programs the runs need (such as {@code mosquitto}); tests fail where real peers are required
 */
public record SelfTests(List<Reference> references, List<FaultCase> faults, List<String> peers) {

    public SelfTests {
        references = List.copyOf(references);
        faults = List.copyOf(faults);
        peers = List.copyOf(peers);
    }

    /**
     * A reference run.
     *
     * @param profile      the profile, relative to the suite's home
     * @param overrides    {@code --set} overrides
     * @param minimumPass  the fewest rows that must pass
     */
    public record Reference(String profile, List<String> overrides, int minimumPass) {

        public Reference {
            overrides = List.copyOf(overrides);
        }
    }

    /**
     * One fault on a reference profile.
     *
     * @param name      the case's name in test reports
     * @param profile   the reference profile, relative to the suite's home
     * @param overrides overrides that make the fault observable, for the reference run and the faulty one alike
     * @param fault     the fault's label
     * @param violates  the rows the fault must fail, {@code <set>:<id>}
     * @param unjudged  the rows it may leave without a verdict besides
     */
    public record FaultCase(String name, String profile, List<String> overrides, String fault, Set<String> violates,
                            Unjudged unjudged) {

        public FaultCase {
            overrides = List.copyOf(overrides);
            violates = Set.copyOf(violates);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
