package dev.onramp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.review.AccessVerdict;
import dev.onramp.review.PolicyDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pairs are what the benchmark says: larger than the golden, and with changes to find. */
class PolicyDiffBenchmarkTest {

  @ParameterizedTest
  @ValueSource(strings = {"cur-lambda-eu-west-1", "org-self-managed"})
  void aRealPairHasItsWildcardsWrittenOutAndTheEditsFound(String pair) throws Exception {
    // The setup itself checks that the written-out side grants what the golden grants.
    PolicyDiffBenchmark benchmark = benchmark(pair);

    assertThat(listItems(benchmark.beforeText) - listItems(benchmark.afterText)).isGreaterThan(500);
    PolicyDiff diff = benchmark.review();
    // dynamodb:List* dropped (lambda:List* is no longer in read-only), kms:List* widened to kms:*.
    assertThat(String.join("\n", diff.render()))
        .contains("no longer allows dynamodb:List")
        .contains("allows kms:CreateGrant");
  }

  @Test
  void theSecurityPosturePairSwapsAnAwsManagedPolicyForAWiderOne() throws Exception {
    PolicyDiffBenchmark benchmark = benchmark("combined-security-posture-org");

    PolicyDiff diff = benchmark.review();
    // ReadOnlyAccess grants reads SecurityAudit does not: an escalation, found by the documents.
    assertThat(diff.verdict()).isIn(AccessVerdict.ESCALATION, AccessVerdict.MIXED);
    assertThat(String.join("\n", diff.render())).contains("ReadOnlyAccess");
  }

  @Test
  void theWorstCaseComparesTheWholeCatalog() throws Exception {
    PolicyDiffBenchmark benchmark = benchmark("worst-case");

    assertThat(benchmark.review().changes()).isNotEmpty();
  }

  private static long listItems(String yaml) {
    return yaml.lines().filter(line -> line.strip().startsWith("- ")).count();
  }

  private static PolicyDiffBenchmark benchmark(String pair) throws Exception {
    PolicyDiffBenchmark benchmark = new PolicyDiffBenchmark();
    benchmark.pair = pair;
    benchmark.buildPair();
    return benchmark;
  }
}
