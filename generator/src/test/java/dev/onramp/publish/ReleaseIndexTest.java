package dev.onramp.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.template.ContentHash;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The release a plan records: its id, its own manifest, and the indexes it appends itself to. */
class ReleaseIndexTest {
  private static final String PER_REGION =
      """
      publishing:
        bucket: acme-templates-{region}
        prefix: releases/onramp
      regions: [us-east-1, eu-west-1]
      """;

  @Test
  void aPlanNamesItsReleaseManifestAndTheIndexOfEachBlueprintInEachBucket() throws Exception {
    PublicationPlan plan =
        PublicationPlan.of(
            Releases.compile(Releases.portal("acme-portal", PER_REGION)), Optional.empty());

    byte[] manifest = plan.manifest().toJson().getBytes(StandardCharsets.UTF_8);
    assertThat(plan.releaseId()).isEqualTo(ContentHash.sha256Hex(manifest).substring(0, 16));
    assertThat(plan.releaseManifests())
        .extracting(StoredObject::bucket, StoredObject::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "acme-templates-us-east-1",
                "releases/onramp/releases/" + plan.releaseId() + ".json"),
            org.assertj.core.groups.Tuple.tuple(
                "acme-templates-eu-west-1",
                "releases/onramp/releases/" + plan.releaseId() + ".json"));
    assertThat(plan.releaseManifests())
        .allSatisfy(release -> assertThat(release.hasBytes(manifest)).isTrue());
    assertThat(plan.indexes())
        .extracting(ReleaseIndex.Target::s3Uri)
        .containsExactly(
            "s3://acme-templates-us-east-1/releases/onramp/acme-portal/releases.json",
            "s3://acme-templates-eu-west-1/releases/onramp/acme-portal/releases.json");
    ReleaseIndex.Target index = plan.indexes().get(1);
    assertThat(index.version()).isEqualTo("1.2.0");
    assertThat(index.sha256()).isEqualTo(plan.objects().get(1).sha256());
    assertThat(index.manifest()).isEqualTo(plan.releaseManifests().get(1).url());
    assertThat(PublicationPlan.versionFolder(plan.objects().get(0)))
        .isEqualTo("releases/onramp/acme-portal/1.2.0/");

    // The same blueprints, the same release.
    assertThat(
            PublicationPlan.of(
                    Releases.compile(Releases.portal("acme-portal", PER_REGION)), Optional.empty())
                .releaseId())
        .isEqualTo(plan.releaseId());
  }

  @Test
  void anIndexIsAppendedToAndReadBack() {
    ReleaseIndex index =
        ReleaseIndex.empty("acme")
            .with(new ReleaseIndex.Entry("r1", "1.0.0", "a", "https://x/r1.json", "2026-01-01"))
            .with(new ReleaseIndex.Entry("r2", "1.0.1", "b", "https://x/r2.json", "2026-01-02"));

    ReleaseIndex back = ReleaseIndex.parse("acme", index.toJson());

    assertThat(back).isEqualTo(index);
    assertThat(back.release("r2")).map(ReleaseIndex.Entry::version).hasValue("1.0.1");
    assertThat(back.release("r3")).isEmpty();
    assertThat(new String(index.toJson(), StandardCharsets.UTF_8))
        .startsWith("{\n  \"format\": \"onramp-releases/1\",\n  \"blueprint\": \"acme\",");
  }

  @Test
  void anythingElseIsNotAnIndex() {
    assertThatThrownBy(() -> ReleaseIndex.parse("acme", "{".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not JSON");
    assertThatThrownBy(
            () ->
                ReleaseIndex.parse("acme", "{\"blueprints\": []}".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("not a release index (format is not onramp-releases/1)");
    assertThatThrownBy(() -> ReleaseIndex.parse("beta", ReleaseIndex.empty("acme").toJson()))
        .hasMessage("the index of blueprint 'acme', not of 'beta'");
  }
}
