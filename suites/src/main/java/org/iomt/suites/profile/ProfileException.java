package org.iomt.suites.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A profile that cannot be used, with every problem found in it. */
public final class ProfileException extends Exception {

    private final transient List<ProfileProblem> problems;

    public ProfileException(String file, List<ProfileProblem> problems) {
        super("profile " + file + " is not valid:\n" + problems.stream()
                .map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
