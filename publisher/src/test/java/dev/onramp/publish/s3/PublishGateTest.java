package dev.onramp.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.onramp.api.InvalidInputException;
import dev.onramp.api.Message;
import dev.onramp.api.Onramp;
import dev.onramp.api.ProjectBlueprints;
import dev.onramp.api.PublishGateRequest;
import dev.onramp.api.PublishGateResult;
import dev.onramp.api.Release;
import dev.onramp.api.ReleaseRequest;
import dev.onramp.api.VendorSettings;
import dev.onramp.publish.StoredObject;
import dev.onramp.template.ContentHash;
import dev.onramp.validate.ReportFiles;
import dev.onramp.validate.TemplateReport;
import dev.onramp.validate.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishing gate as cfn:publish runs it: {@link Onramp#checkPublishable} first, the upload
 * only when it passes. A refused release leaves the buckets empty.
 */
class PublishGateTest {
  private static LocalS3 s3;

  @TempDir Path project;

  @BeforeAll
  static void start() throws Exception {
    s3 = LocalS3.start();
  }

  @AfterAll
  static void stop() {
    s3.close();
  }

  private static final String CLEAN =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: acme-portal
        description: Lets Acme Cloud read this account's resources.
        version: 1.0.0
      vendor:
        roleArn: arn:aws:iam::111122223333:role/acme/AcmeCollector
        principal: account-root-narrowed
      roles:
        - id: AcmeAccessRole
          description: Assumed by Acme Cloud with the ExternalId from your Acme workspace.
          policySets: [read-only]
      regions: [us-east-1, eu-west-1]
      publishing:
        bucket: BASE-{region}
        prefix: releases
      """;

  /** A raw custom resource served by an SNS topic without ServiceTimeout: ONR506. */
  private static final String FAILS_ONR506 =
      CLEAN
          + """
          resources:
            Registration:
              type: Custom::AcmeRegistration
              properties:
                ServiceToken:
                  Fn::Sub: arn:${AWS::Partition}:sns:${AWS::Region}:111122223333:acme-register
          """;

  private Release release(String blueprint, String bucketBase) throws Exception {
    Path blueprints = project.resolve("src/main/blueprints");
    Files.createDirectories(blueprints);
    Files.writeString(
        blueprints.resolve("acme-portal.yaml"), blueprint.replace("BASE", bucketBase));
    return new Onramp()
        .release(
            new ReleaseRequest(
                new ProjectBlueprints(
                    project,
                    blueprints,
                    List.of(),
                    VendorSettings.NONE,
                    getClass().getClassLoader()),
                Optional.empty()));
  }

  /** What cfn:validate writes for the release's template: its bytes' SHA-256 and no finding. */
  private Path cleanReportFor(Release release) throws Exception {
    StoredObject object = release.plan().objects().get(0);
    Path reports = project.resolve("target/cfn-reports");
    ReportFiles.writeAll(
        new ValidationReport(
            "local cfn-lint",
            "1.51.0",
            List.of(
                new TemplateReport(
                    "acme-portal",
                    Path.of("acme-portal/template.yaml"),
                    "src/main/blueprints/acme-portal.yaml",
                    false,
                    List.of(),
                    object.sha256()))),
        reports);
    return reports;
  }

  private PublishResult gateThenPublish(Release release, Path reports) throws Exception {
    new Onramp()
        .checkPublishable(
            new PublishGateRequest(release, reports, project.resolve("target/cfn-lint-cache")));
    return new S3Publisher(s3.access()).publish(release.plan(), line -> {});
  }

  @Test
  void aTemplateFailingAnOwnCheckIsRefusedEvenWithAReportAndNothingIsUploaded() throws Exception {
    s3.createBuckets("refused-us-east-1", "refused-eu-west-1");
    Release release = release(FAILS_ONR506, "refused");
    Path reports = cleanReportFor(release);
    String sha256 = release.plan().objects().get(0).sha256();

    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> gateThenPublish(release, reports));

    assertThat(refused.summary()).isEqualTo("1 error in 1 template");
    assertThat(refused.getMessage()).endsWith("; nothing was written");
    assertThat(refused.messages())
        .extracting(Message::text)
        .containsExactly(
            "src/main/blueprints/acme-portal.yaml: error ONR610: template acme-portal 1.0.0"
                + " (sha256 "
                + sha256
                + ") fails ONR506 and is not published\n"
                + "  fix: run cfn:validate (mvn verify) and fix the errors it reports for"
                + " acme-portal, or waive a rule in the blueprint's suppressions with a reason;"
                + " then publish again");
    assertThat(s3.keys("refused-us-east-1")).isEmpty();
    assertThat(s3.keys("refused-eu-west-1")).isEmpty();
  }

  @Test
  void aTemplateNoValidationVouchesForIsRefusedAndNothingIsUploaded() throws Exception {
    s3.createBuckets("unvouched-us-east-1", "unvouched-eu-west-1");
    Release release = release(CLEAN, "unvouched");
    Path reports = project.resolve("target/cfn-reports");

    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> gateThenPublish(release, reports));

    assertThat(refused.messages())
        .extracting(Message::text)
        .singleElement()
        .asString()
        .startsWith("src/main/blueprints/acme-portal.yaml: error ONR611: no cfn:validate run")
        .contains("target/cfn-reports/cfn-validate.json lists no template with these bytes")
        .contains("fix: run cfn:validate on this build before cfn:publish");
    assertThat(s3.keys("unvouched-us-east-1")).isEmpty();
  }

  @Test
  void aReportOfOtherBytesDoesNotVouch() throws Exception {
    Release before = release(CLEAN, "stale");
    Path reports = cleanReportFor(before);
    Release after = release(CLEAN.replace("version: 1.0.0", "version: 1.0.1"), "stale");

    assertThat(
            catchThrowableOfType(
                InvalidInputException.class,
                () ->
                    new Onramp()
                        .checkPublishable(
                            new PublishGateRequest(after, reports, project.resolve("none")))))
        .extracting(InvalidInputException::summary)
        .isEqualTo("1 error in 1 template");
  }

  @Test
  void aCleanTemplateVouchedForByItsReportIsPublished() throws Exception {
    s3.createBuckets("clean-us-east-1", "clean-eu-west-1");
    Release release = release(CLEAN, "clean");
    Path reports = cleanReportFor(release);

    PublishGateResult passed =
        new Onramp()
            .checkPublishable(
                new PublishGateRequest(release, reports, project.resolve("target/cfn-lint-cache")));
    PublishResult result = new S3Publisher(s3.access()).publish(release.plan(), line -> {});

    StoredObject object = release.plan().objects().get(0);
    assertThat(passed.lines())
        .containsExactly(
            "acme-portal 1.0.0 (sha256 "
                + object.sha256()
                + "): own checks and cfn-lint pass, vouched for by cfn-validate.json");
    assertThat(result.uploaded()).hasSize(2);
    assertThat(s3.get("clean-us-east-1", object.key()))
        .hasValueSatisfying(
            bytes -> assertThat(ContentHash.sha256Hex(bytes)).isEqualTo(object.sha256()));
  }

  @Test
  void aReportThatListsErrorsForTheSameBytesRefuses() throws Exception {
    Release release = release(CLEAN, "errors");
    Path reports = cleanReportFor(release);
    Path json = reports.resolve(ReportFiles.JSON);
    // cfn-lint's error, as cfn:validate records it for these bytes.
    Files.writeString(
        json,
        Files.readString(json, StandardCharsets.UTF_8)
            .replace(
                "\"findings\": []",
                "\"findings\" : [ {\"severity\": \"error\", \"tool\": \"cfn-lint\","
                    + " \"rule\": \"E3012\"} ]"));

    assertThat(
            catchThrowableOfType(
                InvalidInputException.class,
                () ->
                    new Onramp()
                        .checkPublishable(
                            new PublishGateRequest(release, reports, project.resolve("none")))))
        .extracting(e -> e.messages().get(0).text())
        .asString()
        .contains("fails E3012 and is not published");
  }
}
