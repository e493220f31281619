package org.iomt.tags.target;

import org.iomt.core.model.Direction;
import org.iomt.core.model.EvidenceLog;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.profile.ProfileProblem;
import org.iomt.core.spi.DeviceTarget;
import org.iomt.core.spi.FaultNames;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.simulators.tags.PopulationSettings;
import org.iomt.simulators.tags.TagFault;
import org.iomt.simulators.tags.TagPopulation;
import org.iomt.simulators.tags.TagRead;
import org.iomt.standards.epc.EpcScheme;
import org.iomt.tags.actors.TagPopulationObservation;
import org.iomt.tags.drivers.ReaderExport;
import org.iomt.tags.model.TagReport;
import org.iomt.tags.profile.TagKeys;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A population of UHF RFID tags: read from a reader's export, or made by the built-in population simulator. */
public final class TagPopulationTarget implements DeviceTarget {

    private final Profile profile;
    private final PrintStream progress;
    private final EvidenceLog log;
    private TagPopulationObservation observation;

    public TagPopulationTarget(Profile profile, PrintStream progress, Clock clock) {
        this.profile = profile;
        this.progress = progress;
        this.log = new EvidenceLog("tag-population", clock);
    }

    /** The faults named, or an exception naming each unknown one and listing the catalogue. */
    public static Set<TagFault> faults(List<String> labels) throws UnknownFaultException {
        return FaultNames.parse(TagFault.class, labels, "tag population");
    }

    /** What the built-in population needs of the profile: schemes it can make and one company prefix. */
    public static PopulationSettings settings(Profile profile, Set<TagFault> faults) throws ProfileException {
        List<ProfileProblem> problems = new ArrayList<>();
        List<EpcScheme> schemes = new ArrayList<>();
        for (String name : profile.get(TagKeys.EPC_SCHEMES)) {
            Optional<EpcScheme> scheme = EpcScheme.forTagUriName(name).filter(TagPopulation.MAKEABLE::contains);
            scheme.ifPresentOrElse(schemes::add, () -> problems.add(new ProfileProblem("claims.epc.schemes",
                    "the built-in population makes sgtin-96, sgtin-198, grai-96, giai-96, sscc-96 and gsrn-96 tags, not " + name)));
        }
        List<String> prefixes = profile.get(TagKeys.COMPANY_PREFIXES);
        if (prefixes.isEmpty()) {
            problems.add(new ProfileProblem("claims.epc.companyPrefixes", "required here: the prefix the built-in population encodes under"));
        }
        if (!problems.isEmpty()) {
            throw new ProfileException(profile.file(), problems);
        }
        if (faults.contains(TagFault.UNCLAIMED_SCHEME) && TagPopulation.MAKEABLE.stream().allMatch(schemes::contains)) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.faults",
                    "unclaimed-scheme needs a scheme the profile does not claim, but it claims every scheme the population makes")));
        }
        Map<EpcScheme, Integer> filters = new LinkedHashMap<>();
        profile.get(TagKeys.EPC_FILTERS).forEach((name, values) ->
                EpcScheme.forTagUriName(name).ifPresent(s -> filters.put(s, values.iterator().next())));
        return new PopulationSettings(profile.get(TagKeys.POPULATION_SIZE), profile.get(TagKeys.POPULATION_SEED),
                schemes, filters, prefixes.get(0), faults);
    }

    @Override
    public void start() throws ProfileException {
        String kind = profile.get(ProfileKeys.TARGET_KIND);
        String source;
        if ("export".equals(kind)) {
            Path file = profile.relative(TagKeys.EXPORT_FILE);
            try {
                int tags = ReaderExport.record(file, log);
                source = file.toString();
                progress.printf("Read %d tags from %s%n", tags, file);
            } catch (ReaderExport.ExportException e) {
                throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.file", e.getMessage())));
            }
        } else {
            Set<TagFault> faults;
            try {
                faults = faults(profile.get(ProfileKeys.FAULTS));
            } catch (UnknownFaultException e) {
                throw new IllegalStateException("faults were checked before the run", e);
            }
            List<TagRead> tags = TagPopulation.generate(settings(profile, faults));
            for (int i = 0; i < tags.size(); i++) {
                TagRead tag = tags.get(i);
                String where = "tag " + (i + 1) + " (" + tag.asset() + ")";
                TagReport report = new TagReport(where, tag.epcBank(), tag.tid(), tag.label());
                log.append(Direction.DEVICE_TO_SUITE, where, HexFormat.of().parseHex(tag.epcBank()), report.describe(), report);
            }
            source = "the built-in population";
            progress.printf("Built-in tag population of %d tags made%s%n", tags.size(),
                    faults.isEmpty() ? "" : " with faults " + faults.stream().map(TagFault::label).sorted().toList());
        }
        observation = new TagPopulationObservation(log, source);
    }

    @Override
    public List<Object> observations() {
        return List.of(observation);
    }

    @Override
    public List<EvidenceLog> logs() {
        return List.of(log);
    }

    @Override
    public void close() {
        // nothing runs: the population was read or made before the features ran
    }
}
