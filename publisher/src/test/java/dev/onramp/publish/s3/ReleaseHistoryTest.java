package dev.onramp.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.ReleaseIndex;
import dev.onramp.publish.StoredObject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release model against S3Proxy with SigV4: a published version is immutable, every release
 * writes its own manifest and appends itself to each blueprint's release index, and racing release
 * jobs lose no entry.
 */
class ReleaseHistoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BUCKETS_OF = "-us-east-1,-eu-west-1";
  private static LocalS3 s3;

  @BeforeAll
  static void start() throws Exception {
    s3 = LocalS3.start();
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
  }

  private static void create(String base) {
    for (String suffix : BUCKETS_OF.split(",")) {
      s3.createBuckets(base + suffix);
    }
  }

  /** Every key of both buckets with its bytes' SHA-256: what a refused release must not change. */
  private static Map<String, String> contents(String base) {
    Map<String, String> all = new TreeMap<>();
    for (String suffix : BUCKETS_OF.split(",")) {
      for (String key : s3.keys(base + suffix)) {
        all.put(
            base + suffix + "/" + key,
            dev.onramp.template.ContentHash.sha256Hex(s3.get(base + suffix, key).orElseThrow()));
      }
    }
    return all;
  }

  @Test
  void aChangedTemplateUnderAPublishedVersionIsRefusedWithNothingWritten() throws Exception {
    create("immut");
    PublicationPlan published = LocalS3.plan("immut", "1.0.0");
    new S3Publisher(s3.access()).publish(published, line -> {});
    Map<String, String> before = contents("immut");
    PublicationPlan changed =
        LocalS3.plan("immut", "1.0.0", "Lets Acme Cloud read and tag this account's resources.");
    String oldSha = published.templates().get(0).byRegion().get("us-east-1").sha256();
    String newSha = changed.templates().get(0).byRegion().get("us-east-1").sha256();
    assertThat(newSha).isNotEqualTo(oldSha);
    List<String> progress = new ArrayList<>();

    PublishException e =
        catchThrowableOfType(
            PublishException.class,
            () -> new S3Publisher(s3.access()).publish(changed, progress::add));

    assertThat(e.problem())
        .startsWith("2 published versions would change:")
        .contains(
            "blueprint acme-portal version 1.0.0 in s3://immut-us-east-1/releases/acme-portal/1.0.0/"
                + " (us-east-1): published with sha256 "
                + oldSha)
        .contains("this release has sha256 " + newSha)
        .contains("(eu-west-1)")
        .contains("A published version is immutable")
        .endsWith("Nothing was written.");
    assertThat(e.hint()).startsWith("raise metadata.version of the blueprint");
    assertThat(progress).isEmpty();
    assertThat(contents("immut")).isEqualTo(before);

    // The fix: the same change as 1.0.1 is published and becomes the second release.
    PublicationPlan bumped =
        LocalS3.plan("immut", "1.0.1", "Lets Acme Cloud read and tag this account's resources.");
    new S3Publisher(s3.access()).publish(bumped, line -> {});
    assertThat(history(bumped, 0).releases().stream().map(ReleaseIndex.Entry::version))
        .containsExactly("1.0.0", "1.0.1");
  }

  @Test
  void theSameReleaseAgainWritesNothingNew() throws Exception {
    create("noop");
    PublicationPlan plan = LocalS3.plan("noop");
    new S3Publisher(s3.access(), clock("2026-01-01T00:00:00Z")).publish(plan, line -> {});
    Map<String, String> before = contents("noop");
    List<String> progress = new ArrayList<>();

    PublishResult again =
        new S3Publisher(s3.access(), clock("2026-02-01T00:00:00Z"))
            .publish(LocalS3.plan("noop"), progress::add);

    assertThat(again.uploaded()).isEmpty();
    assertThat(again.release()).isEqualTo(plan.releaseId());
    assertThat(contents("noop")).isEqualTo(before);
    assertThat(progress)
        .contains(
            "release already listed: "
                + plan.releaseId()
                + " in s3://noop-us-east-1/releases/acme-portal/releases.json (us-east-1)");
    assertThat(history(plan, 0).releases())
        .singleElement()
        .satisfies(entry -> assertThat(entry.publishedAt()).isEqualTo("2026-01-01T00:00:00Z"));
  }

  @Test
  void theHistoryIsReadBackAndEveryReleaseStaysReadable() throws Exception {
    create("hist");
    List<PublicationPlan> plans = new ArrayList<>();
    String[] versions = {"1.0.0", "1.1.0", "2.0.0"};
    for (int i = 0; i < versions.length; i++) {
      PublicationPlan plan = LocalS3.plan("hist", versions[i], "Release " + versions[i] + ".");
      new S3Publisher(s3.access(), clock("2026-03-0" + (i + 1) + "T12:00:00Z"))
          .publish(plan, line -> {});
      plans.add(plan);
    }

    for (int region = 0; region < 2; region++) {
      ReleaseIndex index = history(plans.get(0), region);
      assertThat(index.blueprint()).isEqualTo("acme-portal");
      assertThat(index.releases()).hasSize(3);
      for (int i = 0; i < 3; i++) {
        ReleaseIndex.Entry entry = index.releases().get(i);
        PublicationPlan plan = plans.get(i);
        StoredObject template =
            plan.templates().get(0).byRegion().values().stream().toList().get(region);
        StoredObject release = plan.releaseManifests().get(region);
        assertThat(entry.release()).isEqualTo(plan.releaseId()).hasSize(16);
        assertThat(entry.version()).isEqualTo(versions[i]);
        assertThat(entry.sha256()).isEqualTo(template.sha256());
        assertThat(entry.publishedAt()).isEqualTo("2026-03-0" + (i + 1) + "T12:00:00Z");
        assertThat(entry.manifest()).isEqualTo(release.url());
        assertThat(URI.create(entry.manifest()).getPath())
            .isEqualTo("/releases/releases/" + plan.releaseId() + ".json");
        // The release's own manifest: the manifest.json of its day, byte for byte, naming its
        // template, which is still there.
        byte[] stored = s3.get(release.bucket(), release.key()).orElseThrow();
        assertThat(stored).isEqualTo(plan.manifests().get(region).bytes());
        assertThat(JSON.readTree(stored).path("blueprints").path(0).path("version").asText())
            .isEqualTo(versions[i]);
        assertThat(s3.get(template.bucket(), template.key()))
            .hasValueSatisfying(bytes -> assertThat(template.hasBytes(bytes)).isTrue());
      }
    }
    // manifest.json stays the latest release's.
    StoredObject latest = plans.get(2).manifests().get(0);
    assertThat(s3.get(latest.bucket(), latest.key())).hasValue(latest.bytes());
  }

  /**
   * Two release jobs of the same blueprint started together, a few times over: each index ends up
   * listing both releases. (S3Proxy checks a condition and then writes, not atomically; the
   * deterministic race, a whole release landing between a job's read and write of the index, is in
   * PublishUnderFaultsTest.)
   */
  @Test
  void twoReleaseJobsRacingOnTheIndexAreBothListed() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    // Through a proxy that faults nothing, to count the index writes that met another job's.
    try (FaultyProxy proxy = FaultyProxy.start(s3.endpoint());
        S3Access through =
            S3Access.of(
                    software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                            LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .withEndpoint(proxy.endpoint(), true)) {
      for (int round = 1; round <= 4; round++) {
        String base = "race" + round;
        create(base);
        PublicationPlan one = LocalS3.plan(base, "1.0.1");
        PublicationPlan two = LocalS3.plan(base, "1.0.2");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<PublishResult>> jobs = new ArrayList<>();
        for (PublicationPlan plan : List.of(one, two)) {
          jobs.add(
              pool.submit(
                  () -> {
                    go.await();
                    return new S3Publisher(through).publish(plan, line -> {});
                  }));
        }
        go.countDown();
        for (Future<PublishResult> job : jobs) {
          assertThat(job.get(60, TimeUnit.SECONDS).indexes()).hasSize(2);
        }
        for (int region = 0; region < 2; region++) {
          assertThat(history(one, region).releases().stream().map(ReleaseIndex.Entry::release))
              .as("round %d, region %d", round, region)
              .containsExactlyInAnyOrder(one.releaseId(), two.releaseId());
        }
      }
      List<FaultyProxy.Exchange> indexWrites =
          proxy.exchanges().stream()
              .filter(x -> x.method().equals("PUT") && x.path().endsWith("/releases.json"))
              .toList();
      System.out.println(
          "index writes of 16 racing appends: "
              + indexWrites.size()
              + ", of which 412: "
              + indexWrites.stream().filter(x -> x.upstreamStatus() == 412).count());
      assertThat(indexWrites.stream().filter(x -> x.upstreamStatus() == 200)).hasSize(16);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ReleaseIndex history(PublicationPlan plan, int target) throws Exception {
    ReleaseIndex.Target index = plan.indexes().get(target);
    return new S3Publisher(s3.access())
        .history(index.region(), index.bucket(), index.key(), index.blueprint());
  }

  private static Clock clock(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }
}
