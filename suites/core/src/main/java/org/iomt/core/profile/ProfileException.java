package org.iomt.core.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A profile that cannot be used, with every problem found in it, or the {@code --set} options that cannot be applied. */
public final class ProfileException extends Exception {

    private final transient List<ProfileProblem> problems;

    public ProfileException(String file, List<ProfileProblem> problems) {
        this(problems, "profile " + file + " is not valid:\n" + listed(problems));
    }

    private ProfileException(List<ProfileProblem> problems, String message) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Problems of {@code --set} options, blamed on the options, not on the profile file; each path names its option. */
    public static ProfileException inOptions(List<ProfileProblem> problems) {
        return new ProfileException(problems, problems.size() == 1 ? problems.get(0).toString()
                : "these --set options cannot be applied:\n" + listed(problems));
    }

    public List<ProfileProblem> problems() {
        return problems;
    }

    private static String listed(List<ProfileProblem> problems) {
        return problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
