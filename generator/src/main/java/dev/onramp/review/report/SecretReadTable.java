package dev.onramp.review.report;

import dev.onramp.review.SecretRead;
import java.util.List;

/**
 * The actions of a role (or resource policy) that read configuration which often holds secrets, as
 * a Markdown heading and table: what each can reveal, on which resources and when. Nothing when
 * there are none.
 */
final class SecretReadTable {
  static final String HEADING = "### Reads configuration that often holds secrets";

  private SecretReadTable() {}

  /** The heading and table, as blocks; empty without secret reads. */
  static List<String> render(List<SecretRead> reads, boolean withPrincipal) {
    if (reads.isEmpty()) {
      return List.of();
    }
    Table table =
        withPrincipal
            ? new Table("Principal", "Action", "It can reveal", "Resources", "Template condition")
            : new Table("Action", "It can reveal", "Resources", "Template condition");
    for (SecretRead read : reads) {
      String action = Markdown.code(read.action().name());
      String reveals = Markdown.text(read.reveals());
      String resources = Cells.resources(read.statement().resources());
      String guard = Cells.guard(read.statement().guard());
      if (withPrincipal) {
        table.row(Cells.principal(read.statement().principal()), action, reveals, resources, guard);
      } else {
        table.row(action, reveals, resources, guard);
      }
    }
    return List.of(
        HEADING,
        "A policy allows these reads. AWS rates them List or Read, but the configuration they"
            + " return often holds passwords, tokens or keys.",
        table.render());
  }
}
