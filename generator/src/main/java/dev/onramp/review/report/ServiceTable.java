package dev.onramp.review.report;

import dev.onramp.iam.AccessLevel;
import dev.onramp.review.Action;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Actions counted by service and access level as a Markdown table, with the notes that explain its
 * sums: the reviewers' inventory and the customers' onboarding guide show the same table.
 */
final class ServiceTable {
  private ServiceTable() {}

  /** The table, then its notes if any, as Markdown blocks; empty without actions. */
  static Optional<List<String>> render(Collection<Action> actions) {
    ActionCounts counts = new ActionCounts(actions);
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    boolean unknown = counts.all().unknown() > 0;
    List<String> headers = new ArrayList<>(List.of("Service"));
    Labels.LEVELS.forEach(level -> headers.add(level.label()));
    if (unknown) {
      headers.add("Unknown");
    }
    headers.add("Total");
    Table table =
        new Table(headers.toArray(String[]::new))
            .numeric(IntStream.range(1, headers.size()).toArray());
    boolean anyWhole = false;
    for (Map.Entry<String, ActionCounts.Tally> service : counts.services().entrySet()) {
      boolean whole = counts.coversService(service.getKey());
      anyWhole |= whole;
      table.row(
          row(Markdown.code(service.getKey()), service.getValue(), unknown, whole ? ", all" : ""));
    }
    if (counts.services().size() > 1) {
      table.row(row("**All services**", counts.all(), unknown, ""));
    }
    List<String> blocks = new ArrayList<>(List.of(table.render()));
    List<String> notes = new ArrayList<>();
    if (counts.hasSharedLevels()) {
      notes.add("An action with several access levels counts under each; Total counts it once.");
    }
    if (anyWhole) {
      notes.add(
          "**all**: every action of the service that the IAM action catalog knows, as "
              + Markdown.code("service:*")
              + " grants.");
    }
    if (!notes.isEmpty()) {
      blocks.add(String.join(" ", notes));
    }
    return Optional.of(blocks);
  }

  private static String[] row(
      String service, ActionCounts.Tally tally, boolean unknown, String whole) {
    List<String> cells = new ArrayList<>(List.of(service));
    for (AccessLevel level : Labels.LEVELS) {
      cells.add(count(tally.level(level)));
    }
    if (unknown) {
      cells.add(count(tally.unknown()));
    }
    cells.add(tally.total() + whole);
    return cells.toArray(String[]::new);
  }

  /** Blank for none, so that the levels a service does have stand out. */
  private static String count(int count) {
    return count == 0 ? "" : String.valueOf(count);
  }
}
