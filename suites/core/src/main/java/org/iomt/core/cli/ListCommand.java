package org.iomt.core.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.iomt.core.catalogue.CatalogueException;
import org.iomt.core.catalogue.FeatureIndex;
import org.iomt.core.catalogue.Requirement;
import org.iomt.core.catalogue.RequirementCatalogue;
import org.iomt.core.profile.NearestName;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceClasses;
import org.iomt.core.spi.SelfTests;
import org.iomt.reports.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code iomt list}: the requirement catalogue with the scenarios that cover each row and the claims they need. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the requirement catalogue: each requirement, the scenarios that test it and the claims they need.")
final class ListCommand implements Callable<Integer> {

    private static final String DEVICE_TAG = "@device:";

    @Option(names = "--set-name", paramLabel = "SET", description = "Only this catalogue set, e.g. mqtt-3.1.1.")
    String onlySet;

    @Option(names = "--device", paramLabel = "CLASS",
            description = "Only the rows this device class's scenarios test, with those scenarios, e.g. temperature-patch.")
    String onlyDevice;

    @Option(names = "--json", description = "Print the rows as a JSON array instead of text.")
    boolean json;

    /** One catalogue row with the scenarios that cite it (of the chosen device class, if one is chosen). */
    private record Row(Requirement requirement, List<FeatureIndex.IndexedScenario> scenarios) {
    }

    @Override
    public Integer call() {
        Path features = Iomt.home().resolve("features");
        List<Row> rows;
        try {
            RequirementCatalogue catalogue = RequirementCatalogue.load(features.resolve("requirements"));
            List<FeatureIndex.IndexedScenario> scenarios = FeatureIndex.scan(features);
            Optional<String> refused = refuseUnknown(catalogue, scenarios);
            if (refused.isPresent()) {
                System.err.println("iomt: " + refused.get());
                return ExitCodes.BAD_INPUT;
            }
            rows = rows(catalogue, scenarios);
        } catch (CatalogueException e) {
            System.err.println("iomt: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        if (rows.isEmpty()) {
            System.err.println("iomt: no requirement of set " + onlySet + " is tested by a scenario of the " + onlyDevice
                    + " device class");
            return ExitCodes.BAD_INPUT;
        }
        if (json) {
            printJson(rows, System.out);
        } else {
            printText(rows, System.out);
        }
        return ExitCodes.CERTIFIED;
    }

    /** A filter naming a set or device class that does not exist, with the nearest one or the list of them. */
    private Optional<String> refuseUnknown(RequirementCatalogue catalogue, List<FeatureIndex.IndexedScenario> scenarios) {
        Collection<String> sets = new TreeSet<>(catalogue.all().stream().map(Requirement::set).toList());
        if (onlySet != null && !sets.contains(onlySet)) {
            return Optional.of(unknown("catalogue set", "catalogue sets", onlySet, sets));
        }
        Collection<String> devices = new TreeSet<>(scenarios.stream().flatMap(s -> s.tagged(DEVICE_TAG).stream()).toList());
        if (onlyDevice != null && !devices.contains(onlyDevice)) {
            return Optional.of(unknown("device class", "device classes", onlyDevice, devices));
        }
        return Optional.empty();
    }

    private static String unknown(String what, String plural, String given, Collection<String> known) {
        return "unknown " + what + " '" + given + "'" + NearestName.to(given, known).map(n -> " (did you mean '" + n + "'?)").orElse("")
                + "; the " + plural + " are: " + String.join(", ", known);
    }

    private List<Row> rows(RequirementCatalogue catalogue, List<FeatureIndex.IndexedScenario> scenarios) {
        List<Row> rows = new ArrayList<>();
        for (Requirement r : catalogue.all()) {
            if (onlySet != null && !onlySet.equals(r.set())) {
                continue;
            }
            List<FeatureIndex.IndexedScenario> covering = scenarios.stream()
                    .filter(s -> s.tagged("@req:").contains(r.key()))
                    .filter(s -> onlyDevice == null || s.tagged(DEVICE_TAG).contains(onlyDevice))
                    .toList();
            if (onlyDevice == null || !covering.isEmpty()) {
                rows.add(new Row(r, covering));
            }
        }
        return rows;
    }

    private static void printText(List<Row> rows, PrintStream out) {
        String set = null;
        for (Row row : rows) {
            Requirement r = row.requirement();
            if (!r.set().equals(set)) {
                set = r.set();
                out.printf("%n%s%n", set);
            }
            out.printf("  %-18s %-6s %s%n", r.id(), r.level(), r.summary());
            for (FeatureIndex.IndexedScenario s : row.scenarios()) {
                List<String> claims = s.tagged("@pics:");
                out.printf("  %18s scenario: %s  [%s]%s%n", "", s.name(), s.uri(),
                        claims.isEmpty() ? "" : "  claims: " + String.join(", ", claims));
            }
            r.notTested().ifPresent(why -> out.printf("  %18s not tested: %s%n", "", why));
        }
    }

    /** The faults of every device class's catalogue that make each row fail, as {@code <device>:<fault>}. */
    private static Map<String, Set<String>> faultsByRow() {
        Map<String, Set<String>> faults = new TreeMap<>();
        for (DeviceClassProvider c : DeviceClasses.all()) {
            for (SelfTests.FaultCase f : c.selfTests().faults()) {
                f.violates().forEach(row -> faults.computeIfAbsent(row, k -> new TreeSet<>()).add(c.name() + ":" + f.fault()));
            }
        }
        return faults;
    }

    /** A tag that names the same test in another tool, such as {@code @paho:test_basic}; not one of the suite's own. */
    private static boolean crossReference(String tag) {
        return !tag.startsWith("@req:") && !tag.startsWith("@pics:") && !tag.startsWith(DEVICE_TAG);
    }

    private static void printJson(List<Row> rows, PrintStream out) {
        Map<String, Set<String>> faults = faultsByRow();
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Row row : rows) {
            Requirement r = row.requirement();
            ObjectNode o = array.addObject();
            o.put("key", r.key());
            o.put("set", r.set());
            o.put("id", r.id());
            o.put("section", r.section());
            o.put("level", r.level().name());
            o.put("role", r.role());
            o.put("pics", r.pics());
            o.put("summary", r.summary());
            DeviceClasses.all().stream().filter(c -> c.scope().covers(r)).map(DeviceClassProvider::name).sorted()
                    .forEach(o.putArray("boundClasses")::add);
            ArrayNode covering = o.putArray("scenarios");
            for (FeatureIndex.IndexedScenario s : row.scenarios()) {
                ObjectNode scenario = covering.addObject();
                scenario.put("name", s.name());
                scenario.put("feature", s.uri());
                s.tagged(DEVICE_TAG).forEach(scenario.putArray("devices")::add);
                s.tagged("@pics:").forEach(scenario.putArray("claims")::add);
                s.tags().stream().filter(ListCommand::crossReference).forEach(scenario.putArray("references")::add);
            }
            o.put("notTested", r.notTested().orElse(null));
            faults.getOrDefault(r.key(), Set.of()).forEach(o.putArray("faults")::add);
        }
        out.println(array.toPrettyString());
    }
}
