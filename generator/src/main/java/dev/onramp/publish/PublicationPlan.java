package dev.onramp.publish;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.PublishingSpec;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.generate.Generator.Compilation;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.ContentHash;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts.MemberStackSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a release puts into S3, decided before anything is sent: every blueprint's template in the
 * bucket of each of its regions under its content-addressed key, the templates an organization's
 * StackSet references by URL, and the manifest, which is written last.
 *
 * <p>A blueprint is published to the regions it lists ({@code regions}), or to its one bucket's
 * region. A release covers one partition, since each needs its own credentials: GovCloud and China
 * are published in their own runs. A member blueprint without a {@code publishing} section travels
 * with its organization and is not published by itself. Problems are located errors, and none
 * leaves a partial plan.
 */
public final class PublicationPlan {
  private final Partition partition;
  private final List<PublishedTemplate> templates;
  private final List<StoredObject> objects;
  private final Manifest manifest;
  private final List<StoredObject> manifests;
  private final String releaseId;
  private final List<StoredObject> releaseManifests;
  private final List<ReleaseIndex.Target> indexes;
  private final Map<String, PublishingSpec> publishing;

  private PublicationPlan(
      Partition partition,
      List<PublishedTemplate> templates,
      List<StoredObject> objects,
      Manifest manifest,
      List<StoredObject> manifests,
      String releaseId,
      List<StoredObject> releaseManifests,
      List<ReleaseIndex.Target> indexes,
      Map<String, PublishingSpec> publishing) {
    this.partition = partition;
    this.publishing = Map.copyOf(publishing);
    this.templates = List.copyOf(templates);
    this.objects = List.copyOf(objects);
    this.manifest = manifest;
    this.manifests = List.copyOf(manifests);
    this.releaseId = releaseId;
    this.releaseManifests = List.copyOf(releaseManifests);
    this.indexes = List.copyOf(indexes);
  }

  /**
   * The plan for every blueprint of a compilation.
   *
   * @param only the partition to publish; empty means the one partition all regions are in
   * @throws BlueprintException with every problem, located in the blueprints
   */
  public static PublicationPlan of(Compilation compilation, Optional<Partition> only)
      throws BlueprintException {
    Diagnostics diagnostics = new Diagnostics();
    Set<String> members =
        compilation.blueprints().values().stream()
            .map(parsed -> parsed.model().organization())
            .filter(organization -> organization != null)
            .map(organization -> organization.memberBlueprint())
            .collect(Collectors.toSet());
    Map<String, CompiledTemplate> byName = new LinkedHashMap<>();
    compilation.templates().forEach(template -> byName.put(template.name(), template));

    Map<String, List<String>> regionsByBlueprint = new LinkedHashMap<>();
    for (CompiledTemplate template : compilation.templates()) {
      ParsedBlueprint parsed = compilation.blueprints().get(template.name());
      Blueprint model = parsed.model();
      if (model.publishing() == null) {
        if (!members.contains(template.name())) {
          diagnostics.error(
              DiagnosticCode.NOT_PUBLISHABLE,
              parsed.source().at("metadata.name"),
              "blueprint '" + template.name() + "' has no publishing section",
              "add publishing: {bucket: <your-templates>-{region}} with the buckets that serve"
                  + " its template, one per region");
        }
        continue;
      }
      regionsOf(parsed, diagnostics).ifPresent(r -> regionsByBlueprint.put(template.name(), r));
    }
    diagnostics.throwIfErrors();

    Partition partition = partitionOf(regionsByBlueprint, compilation, only, diagnostics);
    diagnostics.throwIfErrors();

    Map<String, StoredObject> objects = new LinkedHashMap<>();
    List<PublishedTemplate> published = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : regionsByBlueprint.entrySet()) {
      CompiledTemplate template = byName.get(entry.getKey());
      ParsedBlueprint parsed = compilation.blueprints().get(entry.getKey());
      PublishingSpec publishing = parsed.model().publishing();
      String version = parsed.model().metadata().version();
      List<String> regions =
          entry.getValue().stream().filter(r -> Partition.ofRegion(r) == partition).toList();
      if (regions.isEmpty()) {
        continue;
      }
      byte[] yaml = template.yamlBytes();
      String key = publishing.keyOf(template.name(), version, ContentHash.sha256Hex(yaml));
      Map<String, StoredObject> byRegion = new LinkedHashMap<>();
      for (String region : regions) {
        StoredObject object =
            new StoredObject(
                region, publishing.bucketFor(region).orElseThrow(), key, StoredObject.YAML, yaml);
        byRegion.put(region, object);
        add(objects, object);
      }
      published.add(
          new PublishedTemplate(
              template, version, externalIdParameter(template, parsed), byRegion));
      memberKey(template)
          .ifPresent(
              memberKey -> {
                CompiledTemplate member = byName.get(memberName(template));
                for (String region : regions) {
                  add(
                      objects,
                      new StoredObject(
                          region,
                          publishing.bucketFor(region).orElseThrow(),
                          memberKey,
                          StoredObject.YAML,
                          member.yamlBytes()));
                }
              });
    }
    if (published.isEmpty()) {
      ParsedBlueprint first = compilation.blueprints().values().iterator().next();
      diagnostics.error(
          DiagnosticCode.PARTITIONS_MIXED,
          first.source().at("regions"),
          "no blueprint is published in partition " + partition.id(),
          "list regions of partition " + partition.id() + " in the blueprints, or publish another");
      diagnostics.throwIfErrors();
    }
    Map<String, PublishingSpec> publishing = new LinkedHashMap<>();
    for (PublishedTemplate template : published) {
      publishing.put(
          template.name(), compilation.blueprints().get(template.name()).model().publishing());
    }
    return released(
        partition, published, new ArrayList<>(objects.values()), manifestOf(published), publishing);
  }

  /**
   * The same release with these blueprints' escalations of access approved: its manifest records
   * each approval, so it is another release, with another id.
   */
  public PublicationPlan withApprovals(Map<String, Manifest.Approval> approvals) {
    return released(partition, templates, objects, manifest.withApprovals(approvals), publishing);
  }

  /** The plan of the templates and their manifest: the release's id, manifests and indexes. */
  private static PublicationPlan released(
      Partition partition,
      List<PublishedTemplate> published,
      List<StoredObject> objects,
      Manifest manifest,
      Map<String, PublishingSpec> publishingByName) {
    byte[] manifestJson = manifest.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String releaseId = ContentHash.sha256Hex(manifestJson).substring(0, RELEASE_ID_LENGTH);
    Map<String, StoredObject> manifests = new LinkedHashMap<>();
    Map<String, StoredObject> releaseManifests = new LinkedHashMap<>();
    List<ReleaseIndex.Target> indexes = new ArrayList<>();
    for (PublishedTemplate template : published) {
      PublishingSpec publishing = publishingByName.get(template.name());
      for (StoredObject object : template.byRegion().values()) {
        StoredObject copy =
            new StoredObject(
                object.region(),
                object.bucket(),
                publishing.manifestKey(),
                StoredObject.JSON,
                manifestJson);
        manifests.putIfAbsent(copy.s3Uri(), copy);
        StoredObject release =
            new StoredObject(
                object.region(),
                object.bucket(),
                underPrefix(publishing, RELEASES_FOLDER + "/" + releaseId + ".json"),
                StoredObject.JSON,
                manifestJson);
        releaseManifests.putIfAbsent(release.s3Uri(), release);
        indexes.add(
            new ReleaseIndex.Target(
                object.region(),
                object.bucket(),
                underPrefix(publishing, template.name() + "/" + INDEX_FILE),
                template.name(),
                releaseId,
                template.version(),
                object.sha256(),
                release.url()));
      }
    }
    return new PublicationPlan(
        partition,
        published,
        objects,
        manifest,
        new ArrayList<>(manifests.values()),
        releaseId,
        new ArrayList<>(releaseManifests.values()),
        indexes,
        publishingByName);
  }

  /** Hex digits of the manifest's SHA-256 that name a release. */
  private static final int RELEASE_ID_LENGTH = 16;

  /** The folder under the prefix that holds each release's own manifest. */
  public static final String RELEASES_FOLDER = "releases";

  /** A blueprint's release index, under {@code <prefix>/<blueprint>/}. */
  public static final String INDEX_FILE = "releases.json";

  private static String underPrefix(PublishingSpec publishing, String key) {
    return publishing.prefix().isEmpty() ? key : publishing.prefix() + "/" + key;
  }

  /** Adds an object once; two different objects under one key would be a bug of ours. */
  private static void add(Map<String, StoredObject> objects, StoredObject object) {
    StoredObject previous = objects.putIfAbsent(object.s3Uri(), object);
    if (previous != null && !previous.sha256().equals(object.sha256())) {
      throw new IllegalStateException("two objects for " + object.s3Uri());
    }
  }

  /** The regions a blueprint is published to, checked against its buckets. */
  private static Optional<List<String>> regionsOf(ParsedBlueprint parsed, Diagnostics diagnostics) {
    Blueprint model = parsed.model();
    SourceMap source = parsed.source();
    PublishingSpec publishing = model.publishing();
    List<String> regions = model.regions();
    if (regions.isEmpty()) {
      if (publishing.perRegion()) {
        diagnostics.error(
            DiagnosticCode.NO_BUCKET_FOR_REGION,
            source.at("publishing.bucket"),
            "the bucket name has {region}, but the blueprint lists no regions to publish to",
            "list the regions its customers launch in: regions: [us-east-1, eu-west-1]");
        return Optional.empty();
      }
      return Optional.of(List.of(publishing.bucketRegion()));
    }
    boolean ok = true;
    for (int i = 0; i < regions.size(); i++) {
      String region = regions.get(i);
      if (publishing.bucketFor(region).isEmpty()) {
        ok = false;
        diagnostics.error(
            DiagnosticCode.NO_BUCKET_FOR_REGION,
            source.at("regions[" + i + "]"),
            "no bucket for region "
                + region
                + ": bucket '"
                + publishing.bucket()
                + "' is in "
                + publishing.bucketRegion()
                + ", and CloudFormation reads a template from the stack's region",
            "name the buckets with {region} ("
                + suggestion(publishing)
                + ") and create one per"
                + " region, or remove "
                + region
                + " from regions");
      }
    }
    return ok ? Optional.of(List.copyOf(new LinkedHashSet<>(regions))) : Optional.empty();
  }

  private static String suggestion(PublishingSpec publishing) {
    String bucket = publishing.bucket();
    String base =
        bucket.endsWith("-" + publishing.bucketRegion())
            ? bucket.substring(0, bucket.length() - publishing.bucketRegion().length() - 1)
            : bucket;
    return base + "-" + PublishingSpec.REGION_PLACEHOLDER;
  }

  private static Partition partitionOf(
      Map<String, List<String>> regionsByBlueprint,
      Compilation compilation,
      Optional<Partition> only,
      Diagnostics diagnostics) {
    if (only.isPresent()) {
      return only.get();
    }
    Map<Partition, String> firstBlueprint = new LinkedHashMap<>();
    regionsByBlueprint.forEach(
        (name, regions) ->
            regions.forEach(
                region -> firstBlueprint.putIfAbsent(Partition.ofRegion(region), name)));
    if (firstBlueprint.size() > 1) {
      Set<String> ids = new TreeSet<>();
      firstBlueprint.keySet().forEach(p -> ids.add(p.id()));
      String last = new ArrayList<>(firstBlueprint.values()).get(firstBlueprint.size() - 1);
      diagnostics.error(
          DiagnosticCode.PARTITIONS_MIXED,
          compilation.blueprints().get(last).source().at("regions"),
          "the release spans partitions "
              + String.join(", ", ids)
              + ", and each partition needs its own credentials and buckets",
          "publish one partition at a time: -Dcfn.publish.partition="
              + String.join(" and then ", ids));
      return Partition.AWS;
    }
    return firstBlueprint.isEmpty() ? Partition.AWS : firstBlueprint.keySet().iterator().next();
  }

  /** The key under which an organization's StackSet expects its member's template, if any. */
  private static Optional<String> memberKey(CompiledTemplate template) {
    return template.facts().member().flatMap(MemberStackSet::publishedKey);
  }

  private static String memberName(CompiledTemplate template) {
    return template.facts().member().orElseThrow().blueprint();
  }

  private static Manifest manifestOf(List<PublishedTemplate> published) {
    List<Manifest.Entry> entries = new ArrayList<>();
    for (PublishedTemplate template : published) {
      Map<String, String> urls = new LinkedHashMap<>();
      template.byRegion().forEach((region, object) -> urls.put(region, object.url()));
      List<Manifest.Parameter> parameters = new ArrayList<>();
      for (Map.Entry<String, Template.Parameter> parameter :
          template.template().template().parameters().entrySet()) {
        Template.Parameter p = parameter.getValue();
        parameters.add(
            new Manifest.Parameter(parameter.getKey(), p.type(), p.defaultValue(), p.noEcho()));
      }
      StoredObject any = template.byRegion().values().iterator().next();
      entries.add(
          new Manifest.Entry(
              template.name(), template.version(), any.sha256(), any.size(), urls, parameters));
    }
    return new Manifest(entries);
  }

  public Partition partition() {
    return partition;
  }

  /** Each blueprint's published template, in the order of the blueprints. */
  public List<PublishedTemplate> templates() {
    return templates;
  }

  /** The published template of a blueprint, if the release has it. */
  public Optional<PublishedTemplate> template(String blueprint) {
    return templates.stream().filter(t -> t.name().equals(blueprint)).findFirst();
  }

  /** The publishing section of a blueprint the release publishes. */
  public PublishingSpec publishing(String blueprint) {
    return Optional.ofNullable(publishing.get(blueprint)).orElseThrow();
  }

  /** Every template object, each bucket and key once, in upload order. */
  public List<StoredObject> objects() {
    return objects;
  }

  public Manifest manifest() {
    return manifest;
  }

  /**
   * The manifest's copies at {@code <prefix>/manifest.json}, the latest release, one per bucket and
   * prefix the release writes to; uploaded last.
   */
  public List<StoredObject> manifests() {
    return manifests;
  }

  /**
   * The release's id: the first 16 hex digits of the SHA-256 of its manifest, so the same release
   * published again is the same release.
   */
  public String releaseId() {
    return releaseId;
  }

  /**
   * The release's own manifest, {@code <prefix>/releases/<release id>.json}, one per bucket and
   * prefix: the same bytes as {@link #manifests()}, under a key that is written once and never
   * changes. Written after the templates, before the indexes.
   */
  public List<StoredObject> releaseManifests() {
    return releaseManifests;
  }

  /**
   * The release indexes this release appends itself to, {@code <prefix>/<blueprint>/releases.json},
   * one per blueprint and bucket; written after the release manifests, before the latest manifest.
   */
  public List<ReleaseIndex.Target> indexes() {
    return indexes;
  }

  /**
   * The folder of a blueprint's version in a bucket, {@code <prefix>/<blueprint>/<version>/}: it
   * holds the version's one template, under its SHA-256.
   */
  public static String versionFolder(StoredObject template) {
    return template.key().substring(0, template.key().lastIndexOf('/') + 1);
  }

  /**
   * The parameter a tenant's link fills with its ExternalId, or empty for a template that asks for
   * none (it derives the ExternalId from its stack id, or no role needs one).
   */
  private static String externalIdParameter(CompiledTemplate template, ParsedBlueprint parsed) {
    String name = parsed.model().externalId().parameter();
    return template.template().parameters().containsKey(name) ? name : "";
  }
}
