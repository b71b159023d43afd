package dev.onramp.check;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.iam.AccessLevel;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.ActionPattern;
import dev.onramp.iam.ManagedPolicyCatalog;
import dev.onramp.iam.ReadOnlyActions;
import dev.onramp.iam.Statement;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ONR502: a managed policy compiled from a policy set that claims to be read-only ({@code
 * Metadata.Onramp.ReadOnly: true}) allows only actions whose every access level is List or Read,
 * wildcards expanded with the {@link ActionCatalog}. An Allow with {@code NotAction} grants nearly
 * everything, so it breaks the promise by itself. Actions the catalog does not know are left to the
 * policy review. A raw resource the blueprint declares {@code readOnly: true} ({@link
 * TemplateFacts#rawResources}) is held to the same promise, the AWS managed policies it attaches
 * included, read from the {@link ManagedPolicyCatalog} (one whose content is not known there is
 * left to the policy review).
 */
final class ReadOnlyPolicySetCheck implements SecurityCheck {
  /** Beyond this many offending actions of one pattern, the message counts the rest. */
  static final int LISTED_ACTIONS = 50;

  private final ActionCatalog catalog;
  private final ManagedPolicyCatalog managed;

  public ReadOnlyPolicySetCheck(ActionCatalog catalog) {
    this(catalog, ManagedPolicyCatalog.bundled());
  }

  public ReadOnlyPolicySetCheck(ActionCatalog catalog, ManagedPolicyCatalog managed) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.managed = Objects.requireNonNull(managed, "managed");
  }

  @Override
  public SecurityCheckCode code() {
    return SecurityCheckCode.READ_ONLY_SET_WRITES;
  }

  @Override
  public List<Diagnostic> check(CompiledTemplate template) {
    List<Diagnostic> findings = new ArrayList<>();
    for (ReadOnlyDocuments.Claimed claimed : ReadOnlyDocuments.of(template)) {
      checkDocument(
          template, new Claim(claimed.id(), claimed.subject()), claimed.document(), findings);
    }
    // The AWS managed policies a read-only raw resource attaches are held to the same promise.
    for (TemplateFacts.RawResource raw : ReadOnlyDocuments.readOnlyRaw(template)) {
      Claim claim = new Claim(raw.logicalId(), "read-only raw resource " + raw.logicalId());
      Template.Resource resource = template.template().resources().get(raw.logicalId());
      for (ManagedPolicyCatalog.ManagedPolicy policy : managed.attachedTo(resource)) {
        checkAwsManaged(template, claim, policy, findings);
      }
    }
    return findings;
  }

  /** An AWS managed policy the raw resource attaches: its document, known from the snapshot. */
  private void checkAwsManaged(
      CompiledTemplate template,
      Claim claim,
      ManagedPolicyCatalog.ManagedPolicy policy,
      List<Diagnostic> findings) {
    List<String> offending = ReadOnlyActions.beyondListAndRead(policy.document(), catalog);
    if (offending.isEmpty()) {
      return;
    }
    String listed = listed(offending);
    findings.add(
        Findings.onResource(
            code(),
            template,
            claim.id(),
            claim.subject()
                + " attaches AWS managed policy "
                + policy.name()
                + " ("
                + policy.versionId()
                + "), which allows "
                + offending.size()
                + (offending.size() == 1 ? " action" : " actions")
                + " beyond List and Read: "
                + listed,
            "attach a policy that grants only List and Read actions instead of "
                + policy.name()
                + ", or drop readOnly: true from the resource if it is meant to change things"));
  }

  /** A resource that claims to be read-only, and how messages name it. */
  private record Claim(String id, String subject) {
    /** What the fix says to drop the claim from: the policy set, or the raw resource. */
    String owner() {
      return subject.startsWith("managed policy ") ? "the set" : "the resource";
    }
  }

  private void checkDocument(
      CompiledTemplate template, Claim claim, Object document, List<Diagnostic> findings) {
    String id = claim.id();
    String subject = claim.subject();
    for (Statement statement : Statement.allOf(document)) {
      if (!statement.isAllow()) {
        continue;
      }
      if (statement.excludesActions()) {
        findings.add(
            Findings.onResource(
                code(),
                template,
                id,
                subject
                    + " allows every action except "
                    + TemplateValues.describe(statement.actions())
                    + " (NotAction), which includes write and permissions-management actions",
                "list the read actions under action: instead of notAction:, or drop readOnly: true"
                    + " from "
                    + claim.owner()
                    + " if it is meant to change things"));
        continue;
      }
      for (Object action : TemplateValues.alternatives(statement.actions())) {
        if (action instanceof String pattern) {
          checkAction(template, claim, pattern, findings);
        }
      }
    }
  }

  private void checkAction(
      CompiledTemplate template, Claim claim, String pattern, List<Diagnostic> findings) {
    String id = claim.id();
    String subject = claim.subject();
    List<String> offending =
        catalog.expand(pattern).stream().filter(action -> !readOnly(action)).toList();
    if (offending.isEmpty()) {
      return;
    }
    boolean wildcard = new ActionPattern(pattern).hasWildcard();
    String message;
    String hint;
    if (wildcard) {
      String listed = listed(offending);
      message =
          subject
              + " allows "
              + pattern
              + ", which includes "
              + offending.size()
              + (offending.size() == 1 ? " action" : " actions")
              + " beyond List and Read: "
              + listed;
      hint =
          "replace "
              + pattern
              + " with the read actions it should grant, listed one by one, or drop readOnly:"
              + " true from "
              + claim.owner()
              + " if it is meant to change things";
    } else {
      message = subject + " allows " + withLevels(offending.get(0)) + ", beyond List and Read";
      hint =
          "remove "
              + offending.get(0)
              + " from "
              + claim.owner()
              + ", or drop readOnly: true from "
              + claim.owner()
              + " if it is meant to change things";
    }
    findings.add(Findings.onResource(code(), template, id, message, hint));
  }

  private boolean readOnly(String action) {
    return catalog.accessLevels(action).stream().allMatch(AccessLevel::isReadOnly);
  }

  /** {@code iam:PutRolePolicy (Permissions management, Write)}, levels in AWS's order. */
  /** The first offending actions with their levels, and how many more there are. */
  private String listed(List<String> offending) {
    String listed =
        offending.stream()
            .limit(LISTED_ACTIONS)
            .map(this::withLevels)
            .collect(Collectors.joining(", "));
    return offending.size() > LISTED_ACTIONS
        ? listed + " and " + (offending.size() - LISTED_ACTIONS) + " more"
        : listed;
  }

  private String withLevels(String action) {
    Set<AccessLevel> levels = catalog.accessLevels(action);
    return action
        + " ("
        + levels.stream().map(AccessLevel::label).sorted().collect(Collectors.joining(", "))
        + ")";
  }
}
