package dev.onramp.review;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.ConfigurationSecrets;
import dev.onramp.iam.ManagedPolicyCatalog;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything a template grants, in one normalized, sorted form: the roles it defines, the merged
 * statements of every trust, identity and resource policy (actions expanded against the {@link
 * ActionCatalog}; the statements of AWS managed policies the {@link ManagedPolicyCatalog} knows
 * included), the managed policies attached by ARN, the permissions boundaries, the action patterns
 * the catalog does not know, what could not be looked into, and the statements of the boundaries
 * whose documents are known ({@link BoundaryPolicies}). Two templates that grant the same access
 * have equal inventories, however they are written.
 */
public record PolicyInventory(
    List<Role> roles,
    List<PolicyStatement> statements,
    List<ManagedPolicyAttachment> managedPolicies,
    List<PermissionsBoundary> permissionsBoundaries,
    List<String> unknownActionPatterns,
    List<Unreviewed> unreviewed,
    TemplateTerms terms,
    Map<String, List<PolicyStatement>> boundaryPolicies) {

  public PolicyInventory {
    roles = List.copyOf(roles);
    statements = List.copyOf(statements);
    managedPolicies = List.copyOf(managedPolicies);
    permissionsBoundaries = List.copyOf(permissionsBoundaries);
    unknownActionPatterns = List.copyOf(unknownActionPatterns);
    unreviewed = List.copyOf(unreviewed);
    boundaryPolicies = Collections.unmodifiableMap(new TreeMap<>(boundaryPolicies));
  }

  /** An inventory without boundary documents. */
  public PolicyInventory(
      List<Role> roles,
      List<PolicyStatement> statements,
      List<ManagedPolicyAttachment> managedPolicies,
      List<PermissionsBoundary> permissionsBoundaries,
      List<String> unknownActionPatterns,
      List<Unreviewed> unreviewed) {
    this(
        roles,
        statements,
        managedPolicies,
        permissionsBoundaries,
        unknownActionPatterns,
        unreviewed,
        TemplateTerms.NONE,
        Map.of());
  }

  /** The inventory of {@code template}, actions from the catalog shipped with Onramp. */
  public static PolicyInventory of(Template template) {
    return of(template, ActionCatalog.bundled());
  }

  public static PolicyInventory of(Template template, ActionCatalog catalog) {
    return of(template, catalog, ManagedPolicyCatalog.bundled());
  }

  /** The inventory of {@code template}, AWS managed policies read from {@code managed}. */
  public static PolicyInventory of(
      Template written, ActionCatalog catalog, ManagedPolicyCatalog managed) {
    Objects.requireNonNull(catalog, "catalog");
    Template template = MappingLookups.resolved(written);
    ActionResolver actions = new ActionResolver(catalog);
    TemplateScanner scanner = new TemplateScanner(actions, managed);
    scanner.scan(template, "", Guard.ALWAYS);
    return new PolicyInventory(
        new TreeSet<>(scanner.roles).stream().toList(),
        GrantMerger.merge(scanner.grants),
        simplified(
            scanner.attachments,
            a ->
                new ManagedPolicyAttachment(
                    a.role(), a.policy(), a.awsManaged(), Guard.ALWAYS, a.expanded()),
            ManagedPolicyAttachment::guard,
            (a, guard) ->
                new ManagedPolicyAttachment(
                    a.role(), a.policy(), a.awsManaged(), guard, a.expanded())),
        simplified(
            scanner.boundaries,
            b -> new PermissionsBoundary(b.role(), b.policy(), Guard.ALWAYS),
            PermissionsBoundary::guard,
            (b, guard) -> new PermissionsBoundary(b.role(), b.policy(), guard)),
        actions.unknownPatterns(),
        new TreeSet<>(scanner.unreviewed).stream().toList(),
        TemplateTerms.of(template),
        BoundaryPolicies.of(scanner.boundaries, managed, new StatementReader(actions)));
  }

  /** The statements of one subject, in inventory order. */
  public List<PolicyStatement> statementsOf(Subject subject) {
    return statements.stream().filter(s -> s.subject().equals(subject)).toList();
  }

  /**
   * The allowed actions that read configuration which often holds secrets ({@link
   * ConfigurationSecrets}), wherever they come from, in statement order.
   */
  public List<SecretRead> secretReads() {
    return SecretRead.of(statements, ConfigurationSecrets.bundled());
  }

  /** One line per fact, sorted: a plain listing of everything the template grants. */
  public List<String> render() {
    List<String> lines = new ArrayList<>();
    roles.forEach(role -> lines.add(role.subject() + ": defined" + Sentences.when(role.guard())));
    statements.forEach(statement -> lines.add(statement.render()));
    managedPolicies.forEach(
        a -> lines.add(a.role() + ": attaches " + a.describe() + Sentences.when(a.guard())));
    permissionsBoundaries.forEach(
        b ->
            lines.add(
                b.role() + ": permissions boundary " + b.policy() + Sentences.when(b.guard())));
    unknownActionPatterns.forEach(p -> lines.add("action pattern unknown to the catalog: " + p));
    unreviewed.forEach(u -> lines.add("not reviewed: " + u));
    return List.copyOf(lines);
  }

  /**
   * The facts with the guards of each one simplified, as for grants: a policy attached in both
   * branches of an {@code Fn::If} is attached always.
   */
  private static <T extends Comparable<T>> List<T> simplified(
      Collection<T> facts,
      Function<T, T> withoutGuard,
      Function<T, Guard> guardOf,
      BiFunction<T, Guard, T> withGuard) {
    Map<T, Set<Guard>> guards = new TreeMap<>();
    for (T fact : facts) {
      guards
          .computeIfAbsent(withoutGuard.apply(fact), f -> new TreeSet<>())
          .add(guardOf.apply(fact));
    }
    List<T> out = new ArrayList<>();
    guards.forEach(
        (fact, each) ->
            Guards.simplify(each).forEach(guard -> out.add(withGuard.apply(fact, guard))));
    out.sort(null);
    return List.copyOf(out);
  }
}
