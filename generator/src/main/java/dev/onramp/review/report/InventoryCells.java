package dev.onramp.review.report;

import dev.onramp.iam.Effect;
import dev.onramp.review.Action;
import dev.onramp.review.PolicyStatement;
import dev.onramp.review.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a permission inventory as the reviewers' Markdown writes them, for other documents
 * that summarize an inventory (the customers' onboarding guide), so both say the same thing the
 * same way. Every string is Markdown, safe in a table cell.
 */
public final class InventoryCells {
  private InventoryCells() {}

  /** Plain text from a template, its Markdown syntax escaped, on one line. */
  public static String text(String raw) {
    return Markdown.text(raw);
  }

  /** Text as inline code on one line. */
  public static String code(String raw) {
    return Markdown.code(raw);
  }

  /** The actions in a few words: named when few, else counted by service and access level. */
  public static String actions(Collection<Action> actions) {
    return new ActionCounts(actions).summary();
  }

  /** The access levels of the actions, least powerful first: {@code List, Read, Tagging}. */
  public static List<String> accessLevels(Collection<Action> actions) {
    ActionCounts counts = new ActionCounts(actions);
    return Labels.LEVELS.stream()
        .filter(level -> counts.all().level(level) > 0)
        .map(level -> level.label())
        .toList();
  }

  /** The number of services the actions belong to. */
  public static int serviceCount(Collection<Action> actions) {
    return new ActionCounts(actions).services().size();
  }

  /** The statement's IAM conditions, flagging a cross-account trust without ExternalId. */
  public static String conditions(PolicyStatement statement) {
    return Cells.conditions(statement);
  }

  public static String principal(Principal principal) {
    return Cells.principal(principal);
  }

  public static String resources(List<String> resources) {
    return Cells.resources(resources);
  }

  public static String effect(Effect effect) {
    return Cells.effect(effect);
  }

  /** The actions counted by service and access level: a table and its notes, as blocks. */
  public static Optional<List<String>> serviceTable(Collection<Action> actions) {
    return ServiceTable.render(actions);
  }
}
