package org.corridor.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
            "org.corridor.solve", "org.corridor.analysis..", "org.corridor.report..", "org.corridor.synthetic..",
            "org.corridor.api..", "org.corridor.text..")
        .should().dependOnClassesThat().resideInAnyPackage("com.google.ortools..", "picocli..", "io.javalin..",
            "org.apache.spark..", "org.corridor.cli..", "org.corridor.solve.ortools..", "org.corridor.server..",
            "org.duckdb..", "java.sql..", "org.corridor.results..")
        .check(classes);
  }

  @Test
  void onlyTheResultsModuleTouchesDuckDb() {
    noClasses().that().resideOutsideOfPackage("org.corridor.results..")
        .should().dependOnClassesThat().resideInAnyPackage("org.duckdb..", "java.sql..").check(classes);
  }

  /** Spark stays in the spark module (which is not on this class path: the rule keeps it out of all the rest). */
  @Test
  void onlyTheSparkModuleTouchesSpark() {
    noClasses().that().resideOutsideOfPackage("org.corridor.spark..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..").check(classes);
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

  /**
   * The command line parses and renders; the questions are answered by the core's API. It may load a
   * data set, make the solver, pass values (options, progress) and render tables and reports, but it does
   * not resolve scenarios, build or solve programs, run sweeps or analyses itself.
   */
  @Test
  void theCommandLineHoldsNoAnalysisLogic() {
    DescribedPredicate<JavaClass> logic = JavaClass.Predicates.resideInAnyPackage("org.corridor.analysis..",
            "org.corridor.synthetic..")
        .or(JavaClass.Predicates.simpleNameEndingWith("Resolver")).or(JavaClass.Predicates.simpleNameEndingWith("Model"))
        .or(JavaClass.Predicates.simpleNameEndingWith("Formulation")).or(JavaClass.Predicates.simpleNameEndingWith("Sweep"))
        .or(JavaClass.Predicates.simpleNameEndingWith("SweepRunner")).or(JavaClass.Predicates.simpleName("LinearProgram"))
        .or(JavaClass.Predicates.simpleName("LexicographicSolve"));
    noClasses().that().resideInAPackage("org.corridor.cli..").should().dependOnClassesThat(logic).check(classes);
  }

  /** The server is a thin adapter like the command line: it parses, calls org.corridor.api, renders. */
  @Test
  void theServerHoldsNoAnalysisLogic() {
    DescribedPredicate<JavaClass> logic = JavaClass.Predicates.resideInAnyPackage("org.corridor.analysis..",
            "org.corridor.synthetic..", "org.corridor.solve.ortools..")
        .or(JavaClass.Predicates.simpleNameEndingWith("Resolver")).or(JavaClass.Predicates.simpleNameEndingWith("Model"))
        .or(JavaClass.Predicates.simpleNameEndingWith("Formulation")).or(JavaClass.Predicates.simpleNameEndingWith("Sweep"))
        .or(JavaClass.Predicates.simpleNameEndingWith("SweepRunner")).or(JavaClass.Predicates.simpleName("LinearProgram"))
        .or(JavaClass.Predicates.simpleName("LexicographicSolve"));
    noClasses().that().resideInAPackage("org.corridor.server..").should().dependOnClassesThat(logic).check(classes);
  }

  @Test
  void theCoreApiIsTheOnlyWayInFromTheCommandLine() {
    noClasses().that().resideInAPackage("org.corridor.report..")
        .should().dependOnClassesThat().resideInAPackage("org.corridor.api..").check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.corridor.(*)..").should().beFreeOfCycles().check(classes);
  }
}
