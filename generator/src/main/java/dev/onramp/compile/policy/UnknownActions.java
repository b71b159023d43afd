package dev.onramp.compile.policy;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Suppression;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.iam.ActionCatalog;
import java.util.List;
import java.util.Optional;

/**
 * Reports the IAM actions a blueprint writes that name no action of the bundled {@link
 * ActionCatalog} ({@link DiagnosticCode#UNKNOWN_ACTION}), wherever it writes them: a policy set's
 * or a role's statements, a raw resource's policies. The catalog is a snapshot and AWS adds actions
 * every week, so a vendor is never blocked by it: a {@code suppressions} entry for the rule, with
 * its reason, waives the check for the whole blueprint (and travels into the template's Metadata,
 * where a reviewer reads it).
 */
public final class UnknownActions {
  private final SourceMap source;
  private final Diagnostics diagnostics;
  private final boolean waived;

  public UnknownActions(SourceMap source, Diagnostics diagnostics, List<Suppression> suppressions) {
    this.source = source;
    this.diagnostics = diagnostics;
    this.waived =
        suppressions.stream()
            .anyMatch(suppression -> suppression.rule().equals(DiagnosticCode.UNKNOWN_ACTION.id()));
  }

  /** Reports {@code action}, written at {@code path}, if the catalog knows no action it names. */
  public void check(String action, String path) {
    if (waived) {
      return;
    }
    Optional<ActionNames.Problem> problem = Bundled.NAMES.check(action);
    problem.ifPresent(
        found ->
            diagnostics.error(
                DiagnosticCode.UNKNOWN_ACTION,
                source.at(path),
                found.message()
                    + " (Onramp's action catalog, iam-data "
                    + Bundled.NAMES.catalog().version()
                    + ")",
                found.suggestion()
                    + " If AWS added the action after this catalog, waive the check with"
                    + " 'suppressions: [{rule: "
                    + DiagnosticCode.UNKNOWN_ACTION.id()
                    + ", reason: ...}]'"));
  }

  /** The bundled catalog's names, read on first use. */
  private static final class Bundled {
    static final ActionNames NAMES = new ActionNames(ActionCatalog.bundled());
  }
}
