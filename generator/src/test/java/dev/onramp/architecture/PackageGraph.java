package dev.onramp.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;

/**
 * The rules the generator's package graph keeps: no cycles between packages, and the layers (shared
 * AWS facts at the bottom, the template, IAM and blueprint models and the diagnostics above them,
 * the features on top) depend only downwards. {@link PackageGraphTest} checks the main classes
 * against them; {@link PackageGraphFixtureTest} shows the cycle rule catches a cycle.
 */
final class PackageGraph {
  /** Packages other features build on; none of them may use a feature package. */
  static final String[] FOUNDATIONS = {
    "dev.onramp.aws..",
    "dev.onramp.diagnostic..",
    "dev.onramp.template..",
    "dev.onramp.iam..",
    "dev.onramp.freemarker..",
    "dev.onramp.output..",
    "dev.onramp.blueprint..",
  };

  /** Packages that each do one job for a front end: compile, check, review, guide, publish… */
  static final String[] FEATURES = {
    "dev.onramp.compile..",
    "dev.onramp.check..",
    "dev.onramp.cdk..",
    "dev.onramp.guide..",
    "dev.onramp.review..",
    "dev.onramp.validate..",
    "dev.onramp.publish..",
    "dev.onramp.link..",
    "dev.onramp.generate..",
    "dev.onramp.lint..",
  };

  private PackageGraph() {}

  /** Every package of {@code root} is a slice of its own, so a parent and child may not cycle. */
  static SliceRule freeOfCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  /** The generator's cycle rule: no edge is excused. */
  static SliceRule generatorFreeOfCycles() {
    return freeOfCycles("dev.onramp");
  }

  /**
   * The front ends' API ({@code dev.onramp.api}) is the top of the graph: it composes the features,
   * and no feature may reach up into it.
   */
  static ArchRule apiOnTop() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.onramp.api..")
        .should()
        .dependOnClassesThat(resideInAPackage("dev.onramp.api.."))
        .because("the plugin and any other front end call the API; the library does not call it");
  }

  /** The shared AWS facts (partitions, regions, account ids, ARNs) use nothing else of Onramp. */
  static ArchRule awsFactsAtTheBottom() {
    return classes()
        .that()
        .resideInAPackage("dev.onramp.aws..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("dev.onramp..").or(resideInAPackage("dev.onramp.aws..")))
        .because("partitions, regions, account ids and ARNs are facts every package may use");
  }

  /** The models and diagnostics never reach up into a feature. */
  static ArchRule foundationsBelowFeatures() {
    return noClasses()
        .that()
        .resideInAnyPackage(FOUNDATIONS)
        .should()
        .dependOnClassesThat(resideInAnyPackage(FEATURES))
        .because("a feature may use the template, IAM and blueprint models, not the other way");
  }
}
