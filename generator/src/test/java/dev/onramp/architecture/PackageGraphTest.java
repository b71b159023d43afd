package dev.onramp.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator's main classes keep the package graph of {@link PackageGraph}. */
class PackageGraphTest {
  private static JavaClasses generator;

  @BeforeAll
  static void importMainClasses() {
    generator =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.onramp");
  }

  @Test
  void packagesHaveNoCycles() {
    PackageGraph.generatorFreeOfCycles().check(generator);
  }

  @Test
  void awsFactsDependOnNoOtherPackage() {
    PackageGraph.awsFactsAtTheBottom().check(generator);
  }

  @Test
  void foundationsDoNotUseFeatures() {
    PackageGraph.foundationsBelowFeatures().check(generator);
  }

  @Test
  void nothingReachesUpIntoTheApi() {
    PackageGraph.apiOnTop().check(generator);
  }
}
