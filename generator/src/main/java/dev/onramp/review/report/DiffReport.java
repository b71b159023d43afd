package dev.onramp.review.report;

import java.util.List;
import java.util.function.Function;

/**
 * Blueprints compared with their baseline, for reviewers: Markdown for a pull-request comment, JSON
 * for scripts, SARIF for code scanning. All three list the blueprints in name order and say the
 * same changes; a blueprint whose templates differ only in how they are written has none.
 *
 * <p>The JSON:
 *
 * <pre>
 * {
 *   "reportVersion": 1,                       bumped only when a key changes meaning or goes away
 *   "baseline": "git ref origin/main",
 *   "classification": "critical",             the most severe change: none | info | narrowing |
 *                                             escalation | critical
 *   "totals": {"blueprints": 4, "blueprintsWithChanges": 2,
 *              "critical": 1, "escalation": 2, "narrowing": 0, "info": 0},
 *   "blueprints": [                           by name
 *     {
 *       "name": "acme-portal",
 *       "status": "changed",                  added | removed | changed | unchanged
 *       "classification": "critical",
 *       "counts": {"critical": 1, "escalation": 0, "narrowing": 0, "info": 0},
 *       "changes": [                          in PolicyDiff's order: by subject, policy, principal
 *         {
 *           "severity": "critical",
 *           "kind": "external-id-removed",    ChangeKind in kebab case
 *           "subject": {"scope": "", "type": "role", "name": "VendorRole"},
 *           "policy": "trust",                trust | identity | resource
 *           "principal": {"type": "AWS", "value": "arn:…:root", "excluded": false},  null: none
 *           "actions": [{"name": "sts:AssumeRole", "accessLevels": ["Write"], "known": true}],
 *           "sentence": "allows sts:AssumeRole (Write): condition removed: …"
 *         }
 *       ]
 *     }
 *   ]
 * }
 * </pre>
 *
 * A change's {@code actions} are all of them; its sentence names the first 25 only.
 */
public final class DiffReport {
  /** The version of the JSON shape above. */
  public static final int REPORT_VERSION = 1;

  private DiffReport() {}

  /**
   * A pull-request comment: the verdict with the overall classification in its first line, a table
   * of the blueprints with their changes counted by severity, then each changed blueprint's changes
   * grouped by role, bucket or key, the most severe first.
   */
  public static String markdown(String baselineDescription, List<BlueprintDiff> diffs) {
    return DiffMarkdown.render(baselineDescription, diffs);
  }

  /** The diff as pretty-printed JSON (the shape above) with LF line ends and a final newline. */
  public static String json(String baselineDescription, List<BlueprintDiff> diffs) {
    return DiffJson.render(baselineDescription, diffs);
  }

  /**
   * SARIF 2.1.0, one run, one result per change:
   *
   * <ul>
   *   <li>{@code ruleId}: the change's kind in kebab case ({@code external-id-removed}); the run
   *       declares a rule for every {@link dev.onramp.review.ChangeKind}, so indices never move.
   *   <li>{@code level}: {@code error} for critical changes and escalations, the ones a reviewer
   *       must approve; {@code note} for narrowing and info changes. The severity itself is in the
   *       message and in {@code properties.severity}.
   *   <li>location: {@code artifactLocation.uri} is {@code templatePathOfBlueprint} of the
   *       blueprint (relative paths against {@code %SRCROOT%}, as in the validation report), with
   *       no region, as a change has no line; the subject (whose name is the logical id of a role,
   *       key or managed policy) is a logical location and is in the message.
   *   <li>{@code partialFingerprints}: a hash of the change, since without a line GitHub cannot
   *       tell two changes to one template apart.
   * </ul>
   */
  public static String sarif(
      String baselineDescription,
      List<BlueprintDiff> diffs,
      Function<String, String> templatePathOfBlueprint) {
    return DiffSarif.render(baselineDescription, diffs, templatePathOfBlueprint);
  }
}
