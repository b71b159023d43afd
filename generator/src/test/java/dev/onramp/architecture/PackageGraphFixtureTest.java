package dev.onramp.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.onramp.architecture.fixture.left.Left;
import dev.onramp.architecture.fixture.right.Right;
import org.junit.jupiter.api.Test;

/**
 * The cycle rule fails on a deliberately introduced cycle: two test-only packages, {@code
 * fixture.left} and {@code fixture.right}, use each other.
 */
class PackageGraphFixtureTest {
  private static final String FIXTURE = "dev.onramp.architecture.fixture";

  @Test
  void aCycleBetweenTwoPackagesIsAViolation() {
    JavaClasses fixture = new ClassFileImporter().importClasses(Left.class, Right.class);

    EvaluationResult result = PackageGraph.freeOfCycles(FIXTURE).evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString())
        .contains("Cycle detected")
        .contains("left")
        .contains("right");
  }

  @Test
  void withoutTheBackEdgeThereIsNoCycle() {
    JavaClasses fixture = new ClassFileImporter().importClasses(Left.class, Right.class);

    EvaluationResult result =
        PackageGraph.freeOfCycles(FIXTURE)
            .ignoreDependency(Right.class, Left.class)
            .evaluate(fixture);

    assertThat(result.hasViolation()).isFalse();
  }

  @Test
  void theGeneratorRuleExcusesNoOtherCycle() {
    JavaClasses fixture = new ClassFileImporter().importClasses(Left.class, Right.class);

    EvaluationResult result = PackageGraph.generatorFreeOfCycles().evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
  }
}
