package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.gs1.DigitalLink;
import org.iomt.standards.gs1.Gs1Parse;
import org.iomt.standards.gs1.Gs1Rules;
import org.iomt.standards.senml.SenmlRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The device states its UDI as the SenML base name of each reading, written as a GS1 Digital Link URI with the
 * GTIN and serial number. One check judges that the identity matches the profile; another that the GTIN's check
 * digit is right.
 */
public final class BaseNameIdentityCheck implements Check {

    private final String requirement;
    private final Optional<String> expectedGtin;
    private final Optional<String> expectedSerial;

    private BaseNameIdentityCheck(String requirement, Optional<String> expectedGtin, Optional<String> expectedSerial) {
        this.requirement = requirement;
        this.expectedGtin = expectedGtin;
        this.expectedSerial = expectedSerial;
    }

    /** The GTIN and serial in the base name are those of the profile. */
    public static BaseNameIdentityCheck matchesProfile(String requirement, String gtin, String serial) {
        return new BaseNameIdentityCheck(requirement, Optional.of(gtin), Optional.of(serial));
    }

    /** The GTIN in the base name has a valid GS1 check digit. */
    public static BaseNameIdentityCheck gtinCheckDigit(String requirement) {
        return new BaseNameIdentityCheck(requirement, Optional.empty(), Optional.empty());
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Readings.Reading> readings = Readings.of(evidence).stream().filter(r -> r.pack().isPresent()).toList();
        if (readings.isEmpty()) {
            return Outcome.inconclusive("no reading's payload decoded as SenML JSON", List.of());
        }
        boolean identity = expectedGtin.isPresent();
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Readings.Reading reading : readings) {
            Evidence e = reading.evidence();
            Optional<String> baseName = reading.pack().get().records().stream().map(SenmlRecord::baseName)
                    .flatMap(Optional::stream).findFirst();
            if (baseName.isEmpty()) {
                if (identity) {
                    judged.add(e);
                    findings.add(Finding.of(requirement, "packet #" + e.seq() + ": no base name states the device identity", e));
                }
                continue;
            }
            Gs1Parse link = DigitalLink.parse(stripTrailingSlash(baseName.get()));
            Optional<String> gtin = link.elementString().flatMap(es -> es.get("01"));
            if (!link.valid() || gtin.isEmpty()) {
                // the check-digit check judges only base names that are Digital Link URIs of a GTIN
                boolean checkDigit = link.has(Gs1Rules.CHECK_DIGIT);
                if (identity || checkDigit) {
                    judged.add(e);
                    findings.add(Finding.of(requirement, "packet #" + e.seq() + ": base name \"" + baseName.get() + "\" "
                            + (gtin.isEmpty() && link.findings().isEmpty() ? "names no GTIN"
                            : "is not a valid GS1 Digital Link URI: " + link.findings().stream()
                            .filter(f -> identity || Gs1Rules.CHECK_DIGIT.equals(f.rule()))
                            .map(f -> f.message()).collect(Collectors.joining("; "))), e));
                }
                continue;
            }
            judged.add(e);
            if (identity) {
                compare(e, "GTIN", expectedGtin.get(), gtin.get(), findings);
                compare(e, "serial number", expectedSerial.orElseThrow(),
                        link.elementString().flatMap(es -> es.get("21")).orElse("(none)"), findings);
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no reading carried a base name to judge", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private void compare(Evidence e, String what, String expected, String seen, List<Finding> findings) {
        if (!expected.equals(seen)) {
            findings.add(Finding.of(requirement, "packet #" + e.seq() + ": base name states " + what + " " + seen
                    + ", the profile gives " + expected, e));
        }
    }

    private static String stripTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
