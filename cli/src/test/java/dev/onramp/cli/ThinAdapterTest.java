package dev.onramp.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command-line tool is a thin adapter, as the Maven plugin is: its commands reach the generator
 * only through the front ends' API ({@code dev.onramp.api}), plus the two optional modules it
 * composes (the publisher's S3 client and the container lint engine) and the lint-engine types the
 * validate command hands to the API. Neither does it use the plugin: the two are siblings.
 */
class ThinAdapterTest {

  @Test
  void commandsUseOnlyTheApiOfTheGenerator() {
    JavaClasses cli =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.onramp.cli");

    classes()
        .that()
        .resideInAPackage("dev.onramp.cli..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("dev.onramp..")
                .or(
                    resideInAnyPackage(
                        "dev.onramp.cli..",
                        "dev.onramp.api..",
                        "dev.onramp.publish.s3..",
                        "dev.onramp.lint.container.."))
                .or(
                    nameMatching(
                        "dev\\.onramp\\.lint\\.(LintEngine|LintEngines|LintException)(\\$.*)?")))
        .because("all rules live in the generator; a command reads options and calls the API")
        .check(cli);
  }
}
