package dev.onramp.compile.reuse;

import static dev.onramp.compile.reuse.ReuseBlueprints.HEAD;
import static dev.onramp.compile.reuse.ReuseBlueprints.deployed;
import static dev.onramp.compile.reuse.ReuseBlueprints.statements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code readBuckets}: the ARN lists the Join/Split technique makes from the customer's list are
 * exactly the listed buckets and their objects, with the three read actions and nothing else; an
 * empty list grants nothing.
 */
class ReadBucketsPolicyTest {
  private static final String BLUEPRINT =
      HEAD
          + """
          roles:
            - id: ScannerRole
              policySets: [read-only]
              readBuckets: {parameter: ScannedBuckets}
          """;

  @Test
  void theListedBucketsAndTheirObjectsAreReadableAndNothingElse() throws Exception {
    Template stack = deployed(BLUEPRINT, Map.of("ScannedBuckets", List.of("acme-logs", "b.c")));

    List<Map<String, Object>> statements = statements(stack, "ScannerRoleReadBucketsPolicy");
    assertThat(statements).hasSize(2);
    assertThat(statements.get(0))
        .containsEntry("Action", "s3:GetObject")
        .containsEntry("Resource", split("arn:*:s3:::acme-logs/*,arn:*:s3:::b.c/*"));
    assertThat(statements.get(1))
        .containsEntry("Action", List.of("s3:GetBucketLocation", "s3:ListBucket"))
        .containsEntry("Resource", split("arn:*:s3:::acme-logs,arn:*:s3:::b.c"));
    assertThat(stack.resources().get("ScannerRoleReadBucketsPolicy").properties())
        .containsEntry("Roles", List.of(Fn.ref("ScannerRole")));
  }

  @Test
  void oneBucketMakesOneArnOfEachKind() throws Exception {
    Template stack = deployed(BLUEPRINT, Map.of("ScannedBuckets", List.of("acme-logs")));

    assertThat(statements(stack, "ScannerRoleReadBucketsPolicy"))
        .extracting(statement -> statement.get("Resource"))
        .containsExactly(split("arn:*:s3:::acme-logs/*"), split("arn:*:s3:::acme-logs"));
  }

  @Test
  void anEmptyListGrantsNothing() throws Exception {
    Template stack = deployed(BLUEPRINT, Map.of());

    assertThat(stack.resources()).doesNotContainKey("ScannerRoleReadBucketsPolicy");
    assertThat(stack.resources()).containsKey("ScannerRoleReadOnlyPolicyPart1");
  }

  @Test
  void theListParameterIsCreatedEmptyWhenNotDeclared() throws Exception {
    Template template = ReuseBlueprints.compile(BLUEPRINT);

    assertThat(template.parameters()).containsKey("ScannedBuckets");
    assertThat(template.conditions()).containsKey("HasScannedBuckets");
    assertThat(template.resources().get("ScannerRoleReadBucketsPolicy").condition())
        .isEqualTo("HasScannedBuckets");
  }

  @Test
  void theArnsNameNoPartition() {
    assertThat(String.valueOf(ReadBucketsPolicy.objectArns("B"))).doesNotContain("arn:aws");
    assertThat(String.valueOf(ReadBucketsPolicy.bucketArns("B"))).doesNotContain("arn:aws");
  }

  /** The Split as the evaluator leaves it: its text known, the split done at deployment. */
  private static Object split(String text) {
    return List.of(text.split(",", -1));
  }
}
