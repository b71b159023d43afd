package dev.onramp.importer;

import dev.onramp.compile.policy.ActionNames;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.iam.ActionCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actions the original grants that Onramp's action catalog does not know (a typo, which grants
 * nothing, or an action newer than the catalog, which does). Generation refuses them (ONR241)
 * unless the blueprint waives the check; the draft keeps them as the original wrote them, so the
 * access stays the same, and waives the check with a reason that names each one, for the vendor to
 * correct or confirm. Runs last: it reads the draft the other units wrote.
 */
final class UnknownActionsImport implements ImportUnit {
  private static final Set<String> ACTION_KEYS =
      Set.of("action", "notAction", "Action", "NotAction");

  @Override
  public void run(ImportContext context) {
    ActionNames names = new ActionNames(ActionCatalog.bundled());
    Map<String, String> unknown = new LinkedHashMap<>();
    collect(context.blueprint(), false, names, unknown);
    if (unknown.isEmpty()) {
      return;
    }
    List<String> listed = new ArrayList<>();
    unknown.forEach((action, suggestion) -> listed.add(action + " (" + suggestion + ")"));
    String reason =
        "Imported from "
            + context.name()
            + ": the original grants "
            + String.join(", ", unknown.keySet())
            + ", which Onramp's action catalog does not know; kept as written so that the access"
            + " stays the same. Correct each typo (it grants nothing) or confirm each new action,"
            + " then remove this waiver.";
    context
        .blueprint()
        .list("suppressions")
        .add(new DraftMap().put("rule", DiagnosticCode.UNKNOWN_ACTION.id()).put("reason", reason));
    context
        .log()
        .add(
            ImportLog.Kind.SECTION,
            "unknown actions",
            "",
            "suppressions[" + DiagnosticCode.UNKNOWN_ACTION.id() + "]",
            listed.stream()
                .map(
                    entry ->
                        "not in Onramp's action catalog, kept as the original grants it: " + entry)
                .toList());
  }

  /** Every action name under an action key of the draft, in the order written. */
  private static void collect(
      Object value, boolean actionKey, ActionNames names, Map<String, String> unknown) {
    if (value instanceof DraftMap map) {
      map.values()
          .forEach((key, child) -> collect(child, ACTION_KEYS.contains(key), names, unknown));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, child) ->
              collect(child, ACTION_KEYS.contains(String.valueOf(key)), names, unknown));
    } else if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, actionKey, names, unknown));
    } else if (actionKey && value instanceof String action) {
      names.check(action).ifPresent(problem -> unknown.putIfAbsent(action, problem.suggestion()));
    }
  }
}
