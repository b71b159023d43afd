package dev.onramp.compile.reuse;

import static dev.onramp.compile.reuse.ReuseBlueprints.HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.review.PolicyInventory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reuse keys grant is in the permission inventory, in words a reviewer can check: the
 * customer's existing role by its parameter, the listed buckets by theirs, and when each applies.
 */
class ReuseInInventoryTest {

  @Test
  void anExistingRolesGrantsAndTheListedBucketsAreInventoried() throws Exception {
    List<String> lines =
        PolicyInventory.of(
                ReuseBlueprints.compile(
                    HEAD
                        + """
                        roles:
                          - id: ConnectorRole
                            existingRole: {parameter: ConnectorRoleName}
                            readBuckets: {parameter: ConnectorBuckets}
                            statements:
                              - {sid: ReadTags, action: "tag:GetResources", resource: "*"}
                        """))
            .render();

    assertThat(lines)
        .noneMatch(line -> line.startsWith("role ConnectorRole"))
        .anyMatch(
            line ->
                line.startsWith("role named ${ConnectorRoleName}:")
                    && line.contains("tag:GetResources"))
        .anyMatch(
            line ->
                line.startsWith("role named ${ConnectorRoleName}:")
                    && line.contains("s3:GetObject")
                    && line.contains("arn:*:s3:::${ConnectorBuckets}/*")
                    && line.contains("HasConnectorBuckets"));
  }
}
