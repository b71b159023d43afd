package dev.onramp.publish.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.blueprint.model.PublishingSpec;
import dev.onramp.publish.Manifest;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.PublishedTemplate;
import dev.onramp.publish.StoredObject;
import dev.onramp.review.AccessVerdict;
import dev.onramp.review.FailOn;
import dev.onramp.review.PolicyDiff;
import dev.onramp.review.PolicyInventory;
import dev.onramp.template.ContentHash;
import dev.onramp.template.TemplateFormatException;
import dev.onramp.template.TemplateReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing diffs access against the latest published release: for each blueprint, the latest
 * manifest ({@code <prefix>/manifest.json}) in the bucket of its first region names the published
 * version and SHA-256; that template is read from the bucket and compared with the template to
 * publish by the policy review ({@link PolicyDiff}), as {@code cfn:diff -Dcfn.failOn=escalation}
 * would. A blueprint the manifest does not list is published for the first time: nothing to
 * compare. An escalation (more access, alone or with less) needs an explicit approval, which the
 * release manifest then records.
 */
final class EscalationCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One blueprint's escalation against its published release. */
  record Escalation(String blueprint, String version, String sha256, Manifest.Approval approval) {}

  private EscalationCheck() {}

  /** The blueprints of the plan whose access grows against the latest published release. */
  static List<Escalation> escalations(S3Access access, PublicationPlan plan)
      throws PublishException {
    S3Publisher s3 = new S3Publisher(access);
    List<Escalation> found = new ArrayList<>();
    // Blueprints sharing a bucket and prefix share the latest manifest: it is read once.
    Map<String, Optional<byte[]>> manifests = new HashMap<>();
    for (PublishedTemplate template : plan.templates()) {
      StoredObject object = template.byRegion().values().iterator().next();
      PublishingSpec publishing = plan.publishing(template.name());
      String manifestUri = "s3://" + object.bucket() + "/" + publishing.manifestKey();
      Optional<byte[]> manifest = manifests.get(manifestUri);
      if (manifest == null) {
        manifest = s3.read(object.region(), object.bucket(), publishing.manifestKey());
        manifests.put(manifestUri, manifest);
      }
      if (manifest.isEmpty()) {
        continue;
      }
      JsonNode entry = entryOf(manifest.get(), template.name(), object, publishing);
      if (entry == null) {
        continue;
      }
      String version = entry.path("version").asText("");
      String sha256 = entry.path("sha256").asText("");
      if (sha256.equals(object.sha256())) {
        continue;
      }
      String key = publishing.keyOf(template.name(), version, sha256);
      byte[] published =
          s3.read(object.region(), object.bucket(), key)
              .orElseThrow(
                  () ->
                      new PublishException(
                          "the latest manifest in s3://"
                              + object.bucket()
                              + "/"
                              + publishing.manifestKey()
                              + " names "
                              + template.name()
                              + " "
                              + version
                              + " at s3://"
                              + object.bucket()
                              + "/"
                              + key
                              + ", which does not exist; access cannot be compared with it."
                              + " Nothing was written.",
                          "restore the published template (S3 versioning keeps it), or the"
                              + " manifest of the release that published it"));
      if (!ContentHash.sha256Hex(published).equals(sha256)) {
        throw new PublishException(
            "s3://"
                + object.bucket()
                + "/"
                + key
                + " has SHA-256 "
                + ContentHash.sha256Hex(published)
                + ", not the "
                + sha256
                + " its manifest names. Nothing was written.",
            "the published template changed under its manifest; find out who overwrote it");
      }
      PolicyDiff diff =
          PolicyDiff.between(
              inventory(published, "s3://" + object.bucket() + "/" + key),
              PolicyInventory.of(template.template().template()));
      if (FailOn.ESCALATION.fails(diff)) {
        AccessVerdict verdict = diff.verdict();
        found.add(
            new Escalation(
                template.name(),
                version,
                sha256,
                new Manifest.Approval("", version, sha256, verdict.toString(), diff.render())));
      }
    }
    return found;
  }

  /** The refusal of a release that escalates access without an approval. */
  static PublishException refused(PublicationPlan plan, List<Escalation> escalations) {
    StringBuilder problem = new StringBuilder();
    problem.append(
        escalations.size() == 1
            ? "1 blueprint grants more access than its latest published release:"
            : escalations.size()
                + " blueprints grant more access than their latest published"
                + " release:");
    for (Escalation e : escalations) {
      String next = plan.template(e.blueprint()).map(PublishedTemplate::version).orElse("?");
      problem
          .append("\n  ")
          .append(e.blueprint())
          .append(" ")
          .append(e.version())
          .append(" (sha256 ")
          .append(e.sha256())
          .append(") -> ")
          .append(next)
          .append(" (sha256 ")
          .append(
              plan.template(e.blueprint())
                  .orElseThrow()
                  .byRegion()
                  .values()
                  .iterator()
                  .next()
                  .sha256())
          .append("): ")
          .append(e.approval().verdict());
      e.approval().changes().forEach(line -> problem.append("\n    ").append(line));
    }
    problem.append(
        "\nAn escalation reaches every customer who updates their stack; it is published only"
            + " when approved explicitly. Nothing was written.");
    return new PublishException(
        problem.toString(),
        "review the changes (cfn:diff -Dcfn.baseline=<manifest URL> shows them), then publish"
            + " with -Dcfn.publish.approveEscalation=\"<reason>\"; the release manifest records"
            + " the reason and these changes");
  }

  /** The approvals the release manifest records, by blueprint. */
  static Map<String, Manifest.Approval> approved(List<Escalation> escalations, String reason) {
    Map<String, Manifest.Approval> approvals = new LinkedHashMap<>();
    for (Escalation e : escalations) {
      Manifest.Approval a = e.approval();
      approvals.put(
          e.blueprint(),
          new Manifest.Approval(reason, a.fromVersion(), a.fromSha256(), a.verdict(), a.changes()));
    }
    return approvals;
  }

  private static PolicyInventory inventory(byte[] yaml, String shown) throws PublishException {
    try {
      return PolicyInventory.of(TemplateReader.read(new String(yaml, StandardCharsets.UTF_8)));
    } catch (TemplateFormatException e) {
      throw new PublishException(
          "the published template " + shown + " cannot be read: " + e.problem(),
          "restore the published template (S3 versioning keeps it)",
          e);
    }
  }

  private static JsonNode entryOf(
      byte[] manifest, String blueprint, StoredObject object, PublishingSpec publishing)
      throws PublishException {
    JsonNode root;
    try {
      root = JSON.readTree(manifest);
    } catch (IOException e) {
      root = null;
    }
    if (root == null || !root.path("blueprints").isArray()) {
      throw new PublishException(
          "s3://"
              + object.bucket()
              + "/"
              + publishing.manifestKey()
              + " ("
              + object.region()
              + ") is not a manifest cfn:publish wrote; access cannot be compared with the"
              + " latest release. Nothing was written.",
          "restore the manifest from S3 versioning, or from the latest release's own manifest"
              + " under releases/");
    }
    for (JsonNode entry : root.path("blueprints")) {
      if (blueprint.equals(entry.path("name").asText())) {
        return entry;
      }
    }
    return null;
  }
}
