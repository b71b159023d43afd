package dev.onramp.review.report;

import dev.onramp.review.PolicyInventory;
import dev.onramp.review.Unreviewed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The inventory's "Not reviewed" section: what may grant access but what the review could not
 * judge, so that a reviewer knows where to look by hand.
 */
final class NotReviewed {
  private NotReviewed() {}

  static List<String> render(PolicyInventory inventory) {
    List<String> lines = new ArrayList<>();
    if (!inventory.unknownActionPatterns().isEmpty()) {
      lines.add(
          "- Action patterns the IAM action catalog does not know (a typo, or an action newer than"
              + " the catalog): "
              + inventory.unknownActionPatterns().stream()
                  .map(Markdown::code)
                  .collect(Collectors.joining(", ")));
    }
    for (Unreviewed item : inventory.unreviewed()) {
      lines.add(
          "- "
              + (item.scope().isEmpty() ? "" : Markdown.text(item.scope()) + ": ")
              + Markdown.code(item.logicalId())
              + ": "
              + Markdown.text(item.detail()));
    }
    List<String> byName = new ArrayList<>();
    if (inventory.managedPolicies().stream().anyMatch(attachment -> !attachment.expanded())) {
      byName.add("managed policies");
    }
    if (!inventory.permissionsBoundaries().isEmpty()) {
      byName.add("permissions boundaries");
    }
    if (!byName.isEmpty()) {
      lines.add(
          "- The content of the "
              + String.join(" and ", byName)
              + " named by ARN above: the review knows them by name only.");
    }
    return List.of(
        "## Not reviewed",
        lines.isEmpty()
            ? "Nothing: every policy of the template was read."
            : String.join("\n", lines));
  }
}
