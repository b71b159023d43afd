package dev.onramp.review.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.output.ReportText;
import dev.onramp.output.SarifLog;
import dev.onramp.review.Change;
import dev.onramp.review.ChangeKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The diff as SARIF 2.1.0; {@link DiffReport#sarif} documents the mapping. */
final class DiffSarif {
  static final String TOOL = "Onramp policy diff";

  /** The code-scanning category: GitHub files these alerts apart from the validation report's. */
  static final String CATEGORY = "onramp-policy-diff/";

  static final String FINGERPRINT = "onrampPolicyChange/v1";

  private DiffSarif() {}

  static String render(
      String baseline, List<BlueprintDiff> diffs, Function<String, String> templatePath) {
    ObjectNode root = JsonNodes.NODES.objectNode();
    root.put("$schema", SarifLog.SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL);
    ArrayNode rules = driver.putArray("rules");
    // Every kind, in declaration order, whatever this diff holds: a rule's index never moves.
    for (ChangeKind kind : ChangeKind.values()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", Labels.kebab(kind));
      rule.put("name", SarifLog.pascalCase(kind.name()));
      rule.putObject("shortDescription").put("text", ChangeRules.description(kind));
    }
    run.putObject("automationDetails").put("id", CATEGORY);
    run.putObject("properties").put("baseline", baseline);
    ArrayNode results = run.putArray("results");
    for (BlueprintDiff diff : Verdict.sorted(diffs)) {
      String template =
          Objects.requireNonNull(
              templatePath.apply(diff.blueprint()), "no template path for " + diff.blueprint());
      for (Change change : diff.diff().changes()) {
        results.add(result(diff.blueprint(), template, change));
      }
    }
    return ReportText.json(root);
  }

  private static ObjectNode result(String blueprint, String template, Change change) {
    ObjectNode result = JsonNodes.NODES.objectNode();
    result.put("ruleId", Labels.kebab(change.kind()));
    result.put("ruleIndex", change.kind().ordinal());
    result.put("level", level(change));
    String text =
        Labels.capitalized(change.severity())
            + " in blueprint "
            + blueprint
            + ": "
            + change.concerns()
            + ": "
            + change.sentence();
    result.putObject("message").put("text", text);
    ObjectNode location = result.putArray("locations").addObject();
    location
        .putObject("physicalLocation")
        .set("artifactLocation", SarifLog.artifactLocation(template));
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    logical.put("name", change.subject().name());
    logical.put("fullyQualifiedName", change.subject().toString());
    logical.put("kind", "resource");
    // GitHub fingerprints a result by the text at its line; a change has no line, so the change
    // itself is the fingerprint: two changes to one template stay two alerts, and the same change
    // stays the same alert from one run to the next.
    result.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(change.kind(), text));
    ObjectNode properties = result.putObject("properties");
    properties.put("blueprint", blueprint);
    properties.put("severity", Labels.kebab(change.severity()));
    return result;
  }

  /**
   * {@code error} for what a reviewer must approve (critical and escalation), {@code note} for the
   * rest: a narrowing takes access away, and an info change grants nothing the review can see.
   */
  private static String level(Change change) {
    return switch (change.severity()) {
      case CRITICAL, ESCALATION -> "error";
      case NARROWING, INFO, NONE -> "note";
    };
  }

  private static String fingerprint(ChangeKind kind, String text) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(kind.name().getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      sha256.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
