package org.iomt.distribution;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of DESIGN.md §2, held by the build so they stay true. */
@Tag("small")
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.iomt");
    }

    @Test
    void standardsArePureCodecsThatDependOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.iomt.standards..")
                .should().dependOnClassesThat().resideInAnyPackage("org.iomt.suites..", "org.iomt.simulators..", "org.iomt.reports..",
                        "java.net..", "java.nio.file..", "org.junit..", "io.cucumber..")
                .check(classes);
    }

    @Test
    void reportsDependOnlyOnTheRunRecord() {
        noClasses().that().resideInAPackage("org.iomt.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("org.iomt.suites..", "org.iomt.simulators..", "org.iomt.standards..")
                .check(classes);
    }

    @Test
    void simulatorsDependOnStandardsOnly() {
        noClasses().that().resideInAPackage("org.iomt.simulators..")
                .should().dependOnClassesThat().resideInAnyPackage("org.iomt.suites..", "org.iomt.reports..")
                .check(classes);
    }

    @Test
    void onlyTheRunnerAndTheCommandLineStartSimulators() {
        noClasses().that().resideInAPackage("org.iomt.suites..")
                .and().resideOutsideOfPackages("org.iomt.suites.runner..", "org.iomt.suites.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.iomt.simulators..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingElseOfTheSuite() {
        noClasses().that().resideInAPackage("org.iomt.suites.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.iomt.suites.drivers..", "org.iomt.suites.checks..",
                        "org.iomt.suites.actors..", "org.iomt.suites.glue..", "org.iomt.suites.runner..", "org.iomt.suites.cli..",
                        "org.iomt.suites.profile..", "org.iomt.suites.catalogue..")
                .check(classes);
    }

    @Test
    void driversKnowTheModelButNoActorGlueOrRunner() {
        noClasses().that().resideInAPackage("org.iomt.suites.drivers..")
                .should().dependOnClassesThat().resideInAnyPackage("org.iomt.suites.checks..", "org.iomt.suites.actors..",
                        "org.iomt.suites.glue..", "org.iomt.suites.runner..", "org.iomt.suites.cli..", "org.iomt.suites.profile..")
                .check(classes);
    }

    @Test
    void checksArePureFunctionsOfEvidence() {
        noClasses().that().resideInAPackage("org.iomt.suites.checks..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "java.io..",
                        "org.iomt.suites.drivers..", "org.iomt.suites.actors..", "org.iomt.suites.glue..", "org.iomt.suites.runner..",
                        "org.iomt.suites.profile..")
                .check(classes);
    }

    @Test
    void actorsDoNotReachGlueRunnerOrCommandLine() {
        noClasses().that().resideInAPackage("org.iomt.suites.actors..")
                .should().dependOnClassesThat().resideInAnyPackage("org.iomt.suites.glue..", "org.iomt.suites.runner..",
                        "org.iomt.suites.cli..")
                .check(classes);
    }

    @Test
    void glueSpeaksInDomainWordsAndImportsNoProtocolLibrary() {
        noClasses().that().resideInAPackage("org.iomt.suites.glue..")
                .should().dependOnClassesThat().resideInAnyPackage("org.iomt.suites.drivers..", "org.iomt.standards..",
                        "org.iomt.suites.runner..", "org.iomt.suites.cli..", "org.eclipse.paho..", "io.netty..", "java.net..")
                .check(classes);
    }
}
