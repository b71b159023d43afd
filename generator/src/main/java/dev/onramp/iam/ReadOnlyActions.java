package dev.onramp.iam;

import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The actions beyond List and Read that a whole policy document allows, wildcards expanded against
 * the {@link ActionCatalog}: what breaks a promise to be read-only. An Allow with {@code NotAction}
 * allows every action of the catalog the list does not match. For documents read as a whole, such
 * as an AWS managed policy a read-only resource attaches; the checks of a template's own statements
 * name the offending pattern instead.
 */
public final class ReadOnlyActions {
  private ReadOnlyActions() {}

  /** The offending actions in AWS's spelling, each once, in the catalog's order per pattern. */
  public static List<String> beyondListAndRead(Object document, ActionCatalog catalog) {
    Set<String> offending = new LinkedHashSet<>();
    for (Statement statement : Statement.allOf(document)) {
      if (!statement.isAllow()) {
        continue;
      }
      List<String> patterns = new ArrayList<>();
      for (Object action : TemplateValues.alternatives(statement.actions())) {
        if (action instanceof String pattern) {
          patterns.add(pattern);
        }
      }
      if (statement.excludesActions()) {
        List<ActionPattern> excluded = patterns.stream().map(ActionPattern::new).toList();
        for (String action : catalog.expand("*")) {
          if (excluded.stream().noneMatch(pattern -> pattern.matches(action))
              && !readOnly(action, catalog)) {
            offending.add(action);
          }
        }
        continue;
      }
      for (String pattern : patterns) {
        for (String action : catalog.expand(pattern)) {
          if (!readOnly(action, catalog)) {
            offending.add(action);
          }
        }
      }
    }
    return List.copyOf(offending);
  }

  private static boolean readOnly(String action, ActionCatalog catalog) {
    return catalog.accessLevels(action).stream().allMatch(AccessLevel::isReadOnly);
  }
}
