package org.iomt.distribution;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The dependency rules of docs/architecture.md, held by the build so they stay true: the core knows no device class, a
 * device class knows no other, and inside a class {@code model ← drivers ← actors ← glue} with pure checks.
 */
@Tag("small")
class ArchitectureTest {

    /** The root package of each device class's module: its provider's package, for every provider on the class path. */
    private static final List<String> DEVICE_CLASSES = DeviceClasses.all().stream().map(p -> p.getClass().getPackageName()).toList();

    /** The root package of each class's simulator module: where its fault catalogue lives. */
    private static final List<String> CLASS_SIMULATORS = DeviceClasses.all().stream().map(ArchitectureTest::simulatorOf).toList();

    /** The shared protocol parts a device class may use. */
    private static final String SHARED_MQTT = "org.iomt.mqtt";

    private static final String[] PROTOCOL_LIBRARIES = {"org.eclipse.paho..", "io.netty..", "java.net.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.iomt");
    }

    @Test
    void theCoreImportsNoDeviceClassSharedProtocolPartOrClassSimulator() {
        noClasses().that().resideInAPackage("org.iomt.core..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(Stream.concat(
                        Stream.concat(DEVICE_CLASSES.stream(), CLASS_SIMULATORS.stream()),
                        Stream.of(SHARED_MQTT, "org.iomt.identification"))))
                .because("device classes are plug-ins found with ServiceLoader: the core names none of them")
                .check(classes);
    }

    static List<String> deviceClasses() {
        return DEVICE_CLASSES;
    }

    static List<String> classSimulators() {
        return CLASS_SIMULATORS;
    }

    static Stream<String> deviceClassesAndSharedMqtt() {
        return Stream.concat(DEVICE_CLASSES.stream(), Stream.of(SHARED_MQTT));
    }

    @ParameterizedTest
    @MethodSource("deviceClasses")
    void aDeviceClassImportsNoOtherClassOrItsSimulator(String deviceClass) {
        String simulator = CLASS_SIMULATORS.get(DEVICE_CLASSES.indexOf(deviceClass));
        noClasses().that().resideInAPackage(deviceClass + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(Stream.concat(
                        Stream.concat(DEVICE_CLASSES.stream().filter(c -> !c.equals(deviceClass)),
                                CLASS_SIMULATORS.stream().filter(s -> !s.equals(simulator))),
                        Stream.of("org.iomt.identification"))))
                .because("a device class shares only the protocol parts (org.iomt.mqtt) with another")
                .check(classes);
    }

    @Test
    void theTagPopulationSpeaksNoMqtt() {
        noClasses().that().resideInAPackage("org.iomt.tags..")
                .should().dependOnClassesThat().resideInAnyPackage(SHARED_MQTT + "..", "org.iomt.standards.mqtt..", "org.eclipse.paho..")
                .because("a tag population is read from a reader's export or made in memory, never over MQTT")
                .check(classes);
    }

    @Test
    void theSharedMqttPartsImportNoDeviceClass() {
        noClasses().that().resideInAPackage(SHARED_MQTT + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(Stream.concat(
                        Stream.concat(DEVICE_CLASSES.stream(), CLASS_SIMULATORS.stream()), Stream.of("org.iomt.identification"))))
                .because("shared protocol parts serve every class that speaks the protocol")
                .check(classes);
    }

    /** A module without a model or drivers of its own (the patch and the broker use the shared MQTT ones) has nothing to check. */
    @ParameterizedTest
    @MethodSource("deviceClassesAndSharedMqtt")
    void theModelDependsOnNothingElseOfTheClass(String module) {
        modelRule(module).allowEmptyShould(true).check(classes);
    }

    @ParameterizedTest
    @MethodSource("deviceClassesAndSharedMqtt")
    void driversKnowTheModelButNoCheckActorGlueOrTarget(String module) {
        driversRule(module).allowEmptyShould(true).check(classes);
    }

    @ParameterizedTest
    @MethodSource("deviceClasses")
    void actorsDoNotReachGlueTargetOrProvider(String deviceClass) {
        actorsRule(deviceClass).check(classes);
    }

    @ParameterizedTest
    @MethodSource("deviceClassesAndSharedMqtt")
    void checksArePureFunctionsOfEvidence(String module) {
        checksRule(module).check(classes);
    }

    @ParameterizedTest
    @MethodSource("deviceClasses")
    void glueSpeaksInDomainWordsAndImportsNoDriverProtocolLibraryOrCodec(String deviceClass) {
        glueRule(deviceClass).check(classes);
    }

    /** The rules are not vacuous: each one finds the violation planted in {@code org.iomt.distribution.violations}. */
    @Test
    void eachRuleInsideAClassFailsOnAViolation() {
        JavaClasses planted = new ClassFileImporter().importPackages("org.iomt.distribution.violations");
        String root = "org.iomt.distribution.violations";
        for (ArchRule rule : List.of(modelRule(root), driversRule(root), actorsRule(root), checksRule(root), glueRule(root))) {
            assertThrows(AssertionError.class, () -> rule.check(planted), rule.getDescription());
        }
    }

    @Test
    void standardsArePureCodecsThatDependOnNothingElseOfTheProject() {
        noClasses().that().resideInAPackage("org.iomt.standards..")
                .should().dependOnClassesThat(projectClassesOutside("org.iomt.standards.."))
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "org.junit..", "io.cucumber..")
                .check(classes);
    }

    @Test
    void reportsDependOnlyOnTheRunRecord() {
        noClasses().that().resideInAPackage("org.iomt.reports..")
                .should().dependOnClassesThat(projectClassesOutside("org.iomt.reports.."))
                .check(classes);
    }

    @Test
    void theCommonSimulatorPartsDependOnlyOnStandards() {
        noClasses().that().resideInAPackage("org.iomt.simulators")
                .should().dependOnClassesThat(projectClassesOutside("org.iomt.simulators", "org.iomt.standards.."))
                .check(classes);
    }

    @ParameterizedTest
    @MethodSource("classSimulators")
    void aSimulatorDependsOnlyOnStandardsAndTheCommonSimulatorParts(String simulator) {
        noClasses().that().resideInAPackage(simulator + "..")
                .should().dependOnClassesThat(projectClassesOutside(simulator + "..", "org.iomt.simulators", "org.iomt.standards.."))
                .check(classes);
    }

    static ArchRule modelRule(String module) {
        return noClasses().that().resideInAPackage(module + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(module, module + ".drivers..", module + ".checks..",
                        module + ".actors..", module + ".glue..", module + ".target..", "org.iomt.core.run..", "org.iomt.core.glue..")
                .because("the model is what the rest of the class speaks of");
    }

    static ArchRule driversRule(String module) {
        return noClasses().that().resideInAPackage(module + ".drivers..")
                .should().dependOnClassesThat().resideInAnyPackage(module, module + ".checks..", module + ".actors..",
                        module + ".glue..", module + ".target..", "org.iomt.core.run..", "org.iomt.core.glue..")
                .because("drivers reach a device and record evidence; judging and driving a scenario happen above them");
    }

    static ArchRule actorsRule(String module) {
        return noClasses().that().resideInAPackage(module + ".actors..")
                .should().dependOnClassesThat().resideInAnyPackage(module, module + ".glue..", module + ".target..")
                .because("actors serve the glue and observe what the target started; they start nothing themselves");
    }

    static ArchRule checksRule(String module) {
        return noClasses().that().resideInAPackage(module + ".checks..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(new String[]{module, "..drivers..", "..actors..",
                        "..glue..", "..target..", "org.iomt.core.run..", "org.iomt.core.profile..", "java.nio.file.."}, PROTOCOL_LIBRARIES))
                .because("a check is a pure function of recorded evidence: it never touches the network or a file");
    }

    static ArchRule glueRule(String module) {
        return noClasses().that().resideInAPackage(module + ".glue..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(new String[]{module, "..drivers..", "..target..",
                        "org.iomt.standards.."}, PROTOCOL_LIBRARIES))
                .because("step definitions speak in domain words and hand over to actors: no driver, protocol library or codec");
    }

    /** Classes of the project ({@code org.iomt..}) outside the given packages. */
    private static DescribedPredicate<JavaClass> projectClassesOutside(String... allowed) {
        return resideInAPackage("org.iomt..").and(not(resideInAnyPackage(allowed)))
                .as("classes of the project outside " + String.join(", ", allowed));
    }

    /** A class's simulator module is where its fault catalogue lives. */
    private static String simulatorOf(DeviceClassProvider deviceClass) {
        return deviceClass.faults().get(0).getClass().getPackageName();
    }

    private static String[] packages(Stream<String> roots) {
        return roots.map(root -> root + "..").toArray(String[]::new);
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
    }
}
