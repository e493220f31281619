package org.iomt.reports.record;

import java.util.List;
import java.util.Map;

/**
 * The profile a run was made with, as far as a report needs it. Secrets never appear here.
 *
 * @param path     the profile file as given
 * @param sha256   digest of the profile file's bytes
 * @param device   the device class, such as {@code temperature-patch}
 * @param target   {@code simulated} or {@code live}
 * @param faults   faults switched on in a simulated target
 * @param claims   the claims (PICS), flattened to dotted keys
 * @param overrides the {@code --set} overrides applied on the command line
 */
public record ProfileSummary(
        String path,
        String sha256,
        String device,
        String target,
        List<String> faults,
        Map<String, String> claims,
        Map<String, String> overrides) {

    public ProfileSummary {
        faults = List.copyOf(faults);
        claims = Map.copyOf(claims);
        overrides = Map.copyOf(overrides);
    }
}
