package dev.onramp.review.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.output.ReportText;
import dev.onramp.review.Change;
import dev.onramp.review.Severity;
import java.util.List;

/** The diff as JSON; {@link DiffReport} documents the shape. */
final class DiffJson {
  private DiffJson() {}

  static String render(String baseline, List<BlueprintDiff> diffs) {
    List<BlueprintDiff> sorted = Verdict.sorted(diffs);
    ObjectNode root = JsonNodes.NODES.objectNode();
    root.put("reportVersion", DiffReport.REPORT_VERSION);
    root.put("baseline", baseline);
    root.put("classification", Labels.kebab(Verdict.classification(sorted)));
    ObjectNode totals = root.putObject("totals");
    totals.put("blueprints", sorted.size());
    totals.put("blueprintsWithChanges", Verdict.withChanges(sorted));
    for (Severity severity : Verdict.SEVERITIES) {
      totals.put(Labels.kebab(severity), Verdict.count(sorted, severity));
    }
    ArrayNode blueprints = root.putArray("blueprints");
    sorted.forEach(diff -> blueprints.add(blueprint(diff)));
    return ReportText.json(root);
  }

  private static ObjectNode blueprint(BlueprintDiff diff) {
    ObjectNode node = JsonNodes.NODES.objectNode();
    node.put("name", diff.blueprint());
    node.put("status", Labels.kebab(diff.status()));
    node.put("classification", Labels.kebab(diff.diff().classification()));
    ObjectNode counts = node.putObject("counts");
    for (Severity severity : Verdict.SEVERITIES) {
      counts.put(Labels.kebab(severity), Verdict.count(diff, severity));
    }
    ArrayNode changes = node.putArray("changes");
    diff.diff().changes().forEach(change -> changes.add(change(change)));
    return node;
  }

  private static ObjectNode change(Change change) {
    ObjectNode node = JsonNodes.NODES.objectNode();
    node.put("severity", Labels.kebab(change.severity()));
    node.put("kind", Labels.kebab(change.kind()));
    node.set("subject", JsonNodes.subject(change.subject()));
    node.put("policy", Labels.kebab(change.policy()));
    node.set("principal", JsonNodes.principal(change.principal()));
    node.set("actions", JsonNodes.actions(change.actions()));
    node.put("sentence", change.sentence());
    return node;
  }
}
