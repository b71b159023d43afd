package dev.onramp.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.template.ContentHash;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publishing diffs access against the latest published release, against S3Proxy with SigV4: an
 * escalation is refused with nothing written unless approved, and the approval and the diff's
 * summary go into the release manifest; a narrowing, and a blueprint's first release, need none.
 */
class EscalationApprovalTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String READ = "[s3:GetObject]";
  static final String READ_WRITE = "[s3:GetObject, s3:PutObject]";
  private static LocalS3 s3;

  @BeforeAll
  static void start() throws Exception {
    s3 = LocalS3.start();
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
  }

  @Test
  void anEscalationIsRefusedWithNothingWrittenThenPublishedWithItsApproval() throws Exception {
    s3.createBuckets("esc-us-east-1");
    PublicationPlan first = plan("esc", "1.0.0", READ);
    List<String> firstProgress = new ArrayList<>();
    new S3Publisher(s3.access()).publish(first, firstProgress::add);
    assertThat(firstProgress).noneMatch(line -> line.contains("escalation"));
    Map<String, String> before = contents("esc-us-east-1");

    PublicationPlan widened = plan("esc", "1.0.1", READ_WRITE);
    PublishException e =
        catchThrowableOfType(
            PublishException.class,
            () -> new S3Publisher(s3.access()).publish(widened, line -> {}));

    String oldSha = first.templates().get(0).byRegion().get("us-east-1").sha256();
    String newSha = widened.templates().get(0).byRegion().get("us-east-1").sha256();
    assertThat(e.problem())
        .startsWith("1 blueprint grants more access than its latest published release:")
        .contains(
            "acme-portal 1.0.0 (sha256 "
                + oldSha
                + ") -> 1.0.1 (sha256 "
                + newSha
                + "): escalation")
        .contains("s3:PutObject")
        .endsWith("Nothing was written.");
    assertThat(e.hint()).contains("-Dcfn.publish.approveEscalation=\"<reason>\"");
    assertThat(contents("esc-us-east-1")).isEqualTo(before);

    List<String> progress = new ArrayList<>();
    PublishResult approved =
        new S3Publisher(s3.access())
            .publish(widened, Optional.of("uploads of reports, ticket SEC-42"), progress::add);

    assertThat(approved.release()).isNotEqualTo(widened.releaseId());
    assertThat(progress)
        .contains(
            "escalation of acme-portal over 1.0.0 approved: uploads of reports, ticket SEC-42");
    JsonNode latest =
        JSON.readTree(s3.get("esc-us-east-1", "releases/manifest.json").orElseThrow());
    JsonNode own =
        JSON.readTree(
            s3.get("esc-us-east-1", "releases/releases/" + approved.release() + ".json")
                .orElseThrow());
    assertThat(own).isEqualTo(latest);
    JsonNode approval = latest.path("blueprints").get(0).path("escalationApproved");
    assertThat(approval.path("reason").asText()).isEqualTo("uploads of reports, ticket SEC-42");
    assertThat(approval.path("fromVersion").asText()).isEqualTo("1.0.0");
    assertThat(approval.path("fromSha256").asText()).isEqualTo(oldSha);
    assertThat(approval.path("verdict").asText()).isEqualTo("escalation");
    assertThat(approval.path("changes").toString()).contains("s3:PutObject");
    assertThat(JSON.readTree(approved.manifest().toJson())).isEqualTo(latest);

    // Back to read only: a narrowing needs no approval, and records none, even if given one.
    List<String> narrowing = new ArrayList<>();
    PublishResult narrowed =
        new S3Publisher(s3.access())
            .publish(plan("esc", "1.0.2", READ), Optional.of("just in case"), narrowing::add);
    assertThat(narrowing)
        .contains(
            "no blueprint grants more access than its latest published release: the approval"
                + " (just in case) is not needed and not recorded");
    JsonNode after = JSON.readTree(s3.get("esc-us-east-1", "releases/manifest.json").orElseThrow());
    assertThat(after.path("blueprints").get(0).path("version").asText()).isEqualTo("1.0.2");
    assertThat(after.path("blueprints").get(0).has("escalationApproved")).isFalse();
    assertThat(narrowed.release()).isNotEqualTo(approved.release());
  }

  @Test
  void aFirstReleaseWithWideAccessNeedsNoApproval() throws Exception {
    s3.createBuckets("fresh-us-east-1");
    PublishResult result =
        new S3Publisher(s3.access()).publish(plan("fresh", "1.0.0", READ_WRITE), line -> {});
    assertThat(result.manifest().approvals()).isEmpty();
    assertThat(s3.get("fresh-us-east-1", "releases/manifest.json")).isPresent();
  }

  /** Every key of the bucket with its bytes' SHA-256: what a refused release must not change. */
  private static Map<String, String> contents(String bucket) {
    Map<String, String> all = new TreeMap<>();
    for (String key : s3.keys(bucket)) {
      all.put(key, ContentHash.sha256Hex(s3.get(bucket, key).orElseThrow()));
    }
    return all;
  }

  /**
   * The plan of a one-role blueprint granting {@code actions}, in {@code <bucketBase>-us-east-1}.
   */
  static PublicationPlan plan(String bucketBase, String version, String actions) throws Exception {
    String yaml =
        """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata:
          name: acme-portal
          description: Lets Acme Cloud read the reports bucket.
          version: VERSION
        vendor:
          roleArn: arn:aws:iam::111122223333:role/acme/AcmeCollector
          principal: account-root-narrowed
        roles:
          - id: AcmeAccessRole
            description: Assumed by Acme Cloud with the ExternalId from your Acme workspace.
            statements:
              - sid: Reports
                action: ACTIONS
                resource: arn:aws:s3:::acme-reports-example/*
        outputs:
          - name: AcmeAccessRoleArn
            role: AcmeAccessRole
        regions: [us-east-1]
        publishing:
          bucket: BASE-{region}
          prefix: releases
        """
            .replace("BASE", bucketBase)
            .replace("VERSION", version)
            .replace("ACTIONS", actions);
    Generator.Compilation compilation =
        new Generator()
            .compileAll(
                List.of(
                    new BlueprintSource(
                        "src/main/blueprints/acme-portal.yaml",
                        yaml.getBytes(StandardCharsets.UTF_8))),
                Optional.empty());
    return PublicationPlan.of(compilation, Optional.empty());
  }
}
