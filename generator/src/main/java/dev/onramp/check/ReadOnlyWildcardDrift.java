package dev.onramp.check;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.iam.AccessLevel;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.ActionPattern;
import dev.onramp.iam.Statement;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the action patterns of a read-only policy grant against a newer IAM catalog than the one
 * Onramp ships (issue 23, finding 6): AWS adds actions under {@code Describe*}, {@code List*} and
 * {@code Get*} all the time, and has filed Write actions there before, so a read-only set's
 * wildcards widen without any change to the template. ONR508 (an error): a pattern would grant an
 * action beyond List and Read, new or reclassified. ONR509 (information): the actions a wildcard
 * now covers that the bundled catalog did not know, so a reviewer sees the widening. Read-only
 * policies are those ONR502 holds to the promise: the managed policies of read-only policy sets and
 * the policies of raw resources declared {@code readOnly: true}.
 */
public final class ReadOnlyWildcardDrift implements SecurityCheck {
  /** Beyond this many actions of one pattern, a message counts the rest. */
  static final int LISTED_ACTIONS = 25;

  private final ActionCatalog bundled;
  private final ActionCatalog newer;

  public ReadOnlyWildcardDrift(ActionCatalog bundled, ActionCatalog newer) {
    this.bundled = Objects.requireNonNull(bundled, "bundled");
    this.newer = Objects.requireNonNull(newer, "newer");
  }

  /** The check against {@code newer}, the bundled catalog as the baseline. */
  public static ReadOnlyWildcardDrift against(ActionCatalog newer) {
    return new ReadOnlyWildcardDrift(ActionCatalog.bundled(), newer);
  }

  @Override
  public SecurityCheckCode code() {
    return SecurityCheckCode.READ_ONLY_WIDENS_BEYOND_READ;
  }

  @Override
  public List<Diagnostic> check(CompiledTemplate template) {
    List<Diagnostic> findings = new ArrayList<>();
    for (ReadOnlyDocuments.Claimed claimed : ReadOnlyDocuments.of(template)) {
      checkDocument(template, claimed.id(), claimed.subject(), claimed.document(), findings);
    }
    return findings;
  }

  private void checkDocument(
      CompiledTemplate template,
      String id,
      String subject,
      Object document,
      List<Diagnostic> findings) {
    Set<String> seen = new TreeSet<>();
    for (Statement statement : Statement.allOf(document)) {
      if (!statement.isAllow() || statement.excludesActions()) {
        continue; // NotAction is ONR502's finding already, whatever the catalog
      }
      for (Object action : TemplateValues.alternatives(statement.actions())) {
        if (action instanceof String pattern && seen.add(pattern.toLowerCase(Locale.ROOT))) {
          checkPattern(template, id, subject, pattern, findings);
        }
      }
    }
  }

  private void checkPattern(
      CompiledTemplate template,
      String id,
      String subject,
      String pattern,
      List<Diagnostic> findings) {
    List<String> now = newer.expand(pattern);
    List<String> beyondRead = now.stream().filter(action -> !readOnly(action)).toList();
    // Both findings open alike: which catalog, which pattern, in which policy.
    String lead =
        "with iam-data "
            + newer.version()
            + " (Onramp ships "
            + bundled.version()
            + "), "
            + pattern
            + " of "
            + subject;
    if (!beyondRead.isEmpty()) {
      findings.add(
          Findings.onResource(
              SecurityCheckCode.READ_ONLY_WIDENS_BEYOND_READ,
              template,
              id,
              lead + " would grant " + listed(beyondRead) + ", beyond List and Read",
              new ActionPattern(pattern).hasWildcard()
                  ? "replace " + pattern + " with narrower patterns or the read actions one by one"
                  : "remove " + pattern + " from the read-only policy"));
    }
    if (!new ActionPattern(pattern).hasWildcard()) {
      return;
    }
    Set<String> before = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    before.addAll(bundled.expand(pattern));
    List<String> added =
        now.stream().filter(action -> !before.contains(action) && readOnly(action)).toList();
    if (!added.isEmpty()) {
      findings.add(
          Findings.onResource(
              SecurityCheckCode.READ_ONLY_WILDCARD_WIDENED,
              template,
              id,
              lead
                  + " also covers "
                  + added.size()
                  + (added.size() == 1 ? " read action" : " read actions")
                  + " the bundled catalog does not know: "
                  + listed(added),
              "check that they read no stored data or secrets; update Onramp for a catalog that"
                  + " knows them"));
    }
  }

  private boolean readOnly(String action) {
    return newer.accessLevels(action).stream().allMatch(AccessLevel::isReadOnly);
  }

  private String listed(List<String> actions) {
    String listed =
        actions.stream()
            .limit(LISTED_ACTIONS)
            .map(
                action ->
                    action
                        + " ("
                        + newer.accessLevels(action).stream()
                            .map(AccessLevel::label)
                            .sorted()
                            .collect(Collectors.joining(", "))
                        + ")")
            .collect(Collectors.joining(", "));
    return actions.size() > LISTED_ACTIONS
        ? listed + " and " + (actions.size() - LISTED_ACTIONS) + " more"
        : listed;
  }
}
