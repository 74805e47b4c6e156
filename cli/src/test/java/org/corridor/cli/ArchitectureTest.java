package org.corridor.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the module and package boundaries of docs/architecture.md true. */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar")).importPackages("org.corridor");
  }

  @Test
  void coreHasNoSolverWebOrCliCode() {
    noClasses().that().resideInAnyPackage("org.corridor.model..", "org.corridor.io..", "org.corridor.policy..",
            "org.corridor.solve", "org.corridor.analysis..", "org.corridor.report..", "org.corridor.synthetic..")
        .should().dependOnClassesThat().resideInAnyPackage("com.google.ortools..", "picocli..", "io.javalin..",
            "org.apache.spark..", "org.corridor.cli..", "org.corridor.solve.ortools..", "org.corridor.server..")
        .check(classes);
  }

  @Test
  void onlyTheSolverModuleTouchesOrTools() {
    noClasses().that().resideOutsideOfPackage("org.corridor.solve.ortools..")
        .should().dependOnClassesThat().resideInAPackage("com.google.ortools..").check(classes);
  }

  @Test
  void theModelDependsOnNothingElseOfOurs() {
    noClasses().that().resideInAPackage("org.corridor.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.corridor.io..", "org.corridor.policy..",
            "org.corridor.solve..", "org.corridor.analysis..", "org.corridor.report..")
        .check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.corridor.(*)..").should().beFreeOfCycles().check(classes);
  }
}
