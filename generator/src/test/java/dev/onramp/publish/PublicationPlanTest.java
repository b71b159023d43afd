package dev.onramp.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.aws.Partition;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.ContentHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationPlanTest {
  private static final String PER_REGION =
      """
      publishing:
        bucket: acme-templates-{region}
        prefix: releases/onramp
      regions: [us-east-1, eu-west-1]
      """;

  @Test
  void publishesEachTemplateUnderItsContentAddressInEveryRegionBucket() throws Exception {
    Generator.Compilation compilation =
        Releases.compile(Releases.portal("acme-portal", PER_REGION));
    PublicationPlan plan = PublicationPlan.of(compilation, Optional.empty());

    byte[] yaml = compilation.templates().get(0).yamlBytes();
    String sha = ContentHash.sha256Hex(yaml);
    assertThat(plan.partition()).isEqualTo(Partition.AWS);
    assertThat(plan.objects())
        .extracting(StoredObject::region, StoredObject::bucket, StoredObject::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "us-east-1",
                "acme-templates-us-east-1",
                "releases/onramp/acme-portal/1.2.0/" + sha + ".yaml"),
            org.assertj.core.groups.Tuple.tuple(
                "eu-west-1",
                "acme-templates-eu-west-1",
                "releases/onramp/acme-portal/1.2.0/" + sha + ".yaml"));
    assertThat(plan.objects()).allSatisfy(object -> assertThat(object.hasBytes(yaml)).isTrue());
    assertThat(plan.objects().get(1).url())
        .isEqualTo(
            "https://acme-templates-eu-west-1.s3.eu-west-1.amazonaws.com/releases/onramp/"
                + "acme-portal/1.2.0/"
                + sha
                + ".yaml");
    assertThat(plan.objects().get(0).contentType()).isEqualTo("application/yaml");
    assertThat(plan.manifests())
        .extracting(StoredObject::bucket, StoredObject::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "acme-templates-us-east-1", "releases/onramp/manifest.json"),
            org.assertj.core.groups.Tuple.tuple(
                "acme-templates-eu-west-1", "releases/onramp/manifest.json"));
  }

  @Test
  void theManifestListsVersionHashUrlsAndParametersInStableJson() throws Exception {
    Generator.Compilation compilation =
        Releases.compile(Releases.portal("zeta", PER_REGION), Releases.portal("alpha", PER_REGION));
    PublicationPlan plan = PublicationPlan.of(compilation, Optional.empty());
    String json = plan.manifest().toJson();

    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.path("format").asText()).isEqualTo("onramp-manifest/1");
    assertThat(root.path("blueprints"))
        .extracting(entry -> entry.path("name").asText())
        .containsExactly("alpha", "zeta");
    JsonNode alpha = root.path("blueprints").get(0);
    assertThat(alpha.path("version").asText()).isEqualTo("1.2.0");
    assertThat(alpha.path("sha256").asText())
        .isEqualTo(ContentHash.sha256Hex(compilation.templates().get(1).yamlBytes()));
    assertThat(alpha.path("templates").fieldNames())
        .toIterable()
        .containsExactly("eu-west-1", "us-east-1");
    assertThat(alpha.path("parameters"))
        .extracting(parameter -> parameter.path("name").asText())
        .containsExactly("ExternalId", "AccessLevel");
    assertThat(json).endsWith("}\n").doesNotContain("\r");
    assertThat(plan.manifests().get(0).hasBytes(json.getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(PublicationPlan.of(compilation, Optional.empty()).manifest().toJson())
        .isEqualTo(json);
  }

  @Test
  void anOrganizationPublishesTheMemberTemplateItsStackSetReferencesByUrl() throws Exception {
    Path scenario = Path.of("src/test/resources/scenarios/valid/org-member-over-inline-limit");
    String organization =
        Files.readString(scenario.resolve("blueprint.yaml"))
            + "regions: [us-east-1, ap-southeast-2]\n";
    byte[] member =
        Files.readAllBytes(scenario.resolve("members/org-member-over-inline-limit-member.yaml"));
    Generator.Compilation compilation =
        new Generator()
            .compileAll(
                List.of(
                    new BlueprintSource("org.yaml", organization.getBytes(StandardCharsets.UTF_8)),
                    new BlueprintSource("member.yaml", member)),
                Optional.empty());
    PublicationPlan plan = PublicationPlan.of(compilation, Optional.empty());

    byte[] memberYaml = compilation.templates().get(1).yamlBytes();
    String memberKey =
        "releases/onramp/org-member-over-inline-limit-member/3.0.0/"
            + ContentHash.sha256Hex(memberYaml)
            + ".yaml";
    assertThat(compilation.templates().get(0).yaml()).contains(memberKey);
    assertThat(plan.objects())
        .filteredOn(object -> object.key().equals(memberKey))
        .extracting(StoredObject::bucket)
        .containsExactly("acme-onramp-templates-us-east-1", "acme-onramp-templates-ap-southeast-2");
    assertThat(plan.objects())
        .filteredOn(object -> object.key().equals(memberKey))
        .allSatisfy(object -> assertThat(object.hasBytes(memberYaml)).isTrue());
    // The member has no publishing section of its own: it travels with its organization.
    assertThat(plan.templates())
        .extracting(PublishedTemplate::name)
        .containsExactly("org-member-over-inline-limit");
  }

  @Test
  void aRegionWithoutABucketIsALocatedError() throws Exception {
    Generator.Compilation compilation =
        Releases.compile(
            Releases.portal(
                "acme-portal",
                """
                publishing:
                  bucket: acme-templates-us-east-1
                  bucketRegion: us-east-1
                regions: [us-east-1, eu-west-1]
                """));

    assertThatThrownBy(() -> PublicationPlan.of(compilation, Optional.empty()))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining(
            "src/main/blueprints/b0.yaml:19:22: error ONR602 at regions[1]: no bucket for region"
                + " eu-west-1: bucket 'acme-templates-us-east-1' is in us-east-1, and"
                + " CloudFormation reads a template from the stack's region")
        .hasMessageContaining("name the buckets with {region} (acme-templates-{region})");
  }

  @Test
  void aPerRegionBucketWithoutRegionsIsALocatedError() throws Exception {
    Generator.Compilation compilation =
        Releases.compile(
            Releases.portal("acme-portal", "publishing:\n  bucket: acme-templates-{region}\n"));

    assertThatThrownBy(() -> PublicationPlan.of(compilation, Optional.empty()))
        .hasMessageContaining("error ONR602 at publishing.bucket")
        .hasMessageContaining("lists no regions to publish to");
  }

  @Test
  void aBlueprintWithoutPublishingIsALocatedError() throws Exception {
    Generator.Compilation compilation = Releases.compile(Releases.portal("acme-portal", ""));

    assertThatThrownBy(() -> PublicationPlan.of(compilation, Optional.empty()))
        .hasMessageContaining(
            "b0.yaml:4:3: error ONR601 at metadata.name: blueprint 'acme-portal' has no publishing"
                + " section");
  }

  @Test
  void aReleaseCoversOnePartitionAtATime() throws Exception {
    String mixed =
        """
        publishing:
          bucket: acme-templates-{region}
        regions: [us-east-1, us-gov-west-1, cn-north-1]
        """;
    Generator.Compilation compilation = Releases.compile(Releases.portal("acme-portal", mixed));

    assertThatThrownBy(() -> PublicationPlan.of(compilation, Optional.empty()))
        .hasMessageContaining(
            "error ONR603 at regions: the release spans partitions aws, aws-cn, aws-us-gov")
        .hasMessageContaining("-Dcfn.publish.partition=aws and then aws-cn and then aws-us-gov");

    PublicationPlan gov = PublicationPlan.of(compilation, Optional.of(Partition.AWS_US_GOV));
    assertThat(gov.objects()).extracting(StoredObject::region).containsExactly("us-gov-west-1");
    PublicationPlan china = PublicationPlan.of(compilation, Optional.of(Partition.AWS_CN));
    assertThat(china.objects().get(0).url())
        .startsWith("https://acme-templates-cn-north-1.s3.cn-north-1.amazonaws.com.cn/");
  }

  @Test
  void theSamePlanTwiceHasTheSameObjects() throws IOException, BlueprintException {
    Generator.Compilation compilation =
        Releases.compile(Releases.portal("acme-portal", PER_REGION));
    List<String> first =
        PublicationPlan.of(compilation, Optional.empty()).objects().stream()
            .map(StoredObject::toString)
            .toList();
    assertThat(
            PublicationPlan.of(compilation, Optional.empty()).objects().stream()
                .map(StoredObject::toString))
        .containsExactlyElementsOf(first);
  }
}
