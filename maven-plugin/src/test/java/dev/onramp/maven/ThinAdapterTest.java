package dev.onramp.maven;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The plugin is a thin adapter: its Mojos reach the generator only through the front ends' API
 * ({@code dev.onramp.api}), plus the two optional modules it composes (the publisher's S3 client
 * and the container lint engine) and the lint-engine types the validate goal hands to the API.
 */
class ThinAdapterTest {

  @Test
  void mojosUseOnlyTheApiOfTheGenerator() {
    JavaClasses plugin =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.onramp.maven");

    classes()
        .that()
        .resideInAPackage("dev.onramp.maven..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("dev.onramp..")
                .or(
                    resideInAnyPackage(
                        "dev.onramp.maven..",
                        "dev.onramp.api..",
                        "dev.onramp.publish.s3..",
                        "dev.onramp.lint.container.."))
                .or(
                    nameMatching(
                        "dev\\.onramp\\.lint\\.(LintEngine|LintEngines|LintException)(\\$.*)?")))
        .because("all rules live in the generator; a Mojo reads parameters and calls the API")
        .check(plugin);
  }
}
