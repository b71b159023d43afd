package dev.onramp.review.report;

import dev.onramp.review.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements as a Markdown table, one row each: the resource scopes of a role's grants (which
 * actions on {@code *}, which on named resources, under which conditions and when), or of a bucket
 * or key policy, which names a principal too.
 */
final class GrantTable {
  private GrantTable() {}

  static String render(List<PolicyStatement> statements, boolean withPrincipal) {
    List<String> headers = new ArrayList<>(List.of("Effect"));
    if (withPrincipal) {
      headers.add("Principal");
    }
    headers.addAll(List.of("Actions", "Resources", "Conditions", "Template condition"));
    Table table = new Table(headers.toArray(String[]::new));
    for (PolicyStatement statement : statements) {
      List<String> cells = new ArrayList<>(List.of(Cells.effect(statement.effect())));
      if (withPrincipal) {
        cells.add(Cells.principal(statement.principal()));
      }
      cells.add(new ActionCounts(statement.actions()).summary());
      cells.add(Cells.resources(statement.resources()));
      cells.add(Cells.conditions(statement));
      cells.add(Cells.guard(statement.guard()));
      table.row(cells.toArray(String[]::new));
    }
    return table.render();
  }
}
