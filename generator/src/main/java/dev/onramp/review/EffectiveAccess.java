package dev.onramp.review;

import dev.onramp.iam.Effect;
import dev.onramp.review.access.AccessComparison;
import dev.onramp.review.access.AccessStatement;
import dev.onramp.review.access.ConditionTest;
import dev.onramp.review.access.PrincipalTerm;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What two inventories allow, compared by IAM's evaluation rules ({@link AccessComparison}) for
 * each policy of each subject, in every configuration of the templates' conditions ({@link
 * TemplateConfigurations}): the reviewed partition's name for {@code ${AWS::Partition}}, a renamed
 * parameter as the one it was.
 */
final class EffectiveAccess {
  /** The partition a review judges ARNs in. */
  static final String PARTITION = "aws";

  private EffectiveAccess() {}

  /** One policy of one subject: its trust, identity or resource policy. */
  record Unit(Subject subject, PolicyKind kind) implements Comparable<Unit> {
    @Override
    public int compareTo(Unit other) {
      int bySubject = subject.compareTo(other.subject);
      return bySubject != 0 ? bySubject : kind.compareTo(other.kind);
    }
  }

  /** What a unit's change comes to: a request allowed only after, one only before, exactness. */
  record Finding(
      Optional<AccessComparison.Request> more,
      Optional<AccessComparison.Request> less,
      Optional<String> moreWhen,
      Optional<String> lessWhen,
      boolean exact) {}

  static Map<Unit, Finding> between(PolicyInventory before, PolicyInventory after) {
    TemplateConfigurations configurations =
        new TemplateConfigurations(before.terms(), after.terms());
    Map<Unit, List<PolicyStatement>> was = units(before);
    Map<Unit, List<PolicyStatement>> is = units(after);
    Set<Unit> all = new java.util.TreeSet<>(was.keySet());
    all.addAll(is.keySet());
    was.values().forEach(list -> list.forEach(s -> configurations.note(s.guard(), false)));
    is.values().forEach(list -> list.forEach(s -> configurations.note(s.guard(), true)));
    before.permissionsBoundaries().forEach(b -> configurations.note(b.guard(), false));
    after.permissionsBoundaries().forEach(b -> configurations.note(b.guard(), true));
    List<TemplateConfigurations.Configuration> each = configurations.all();

    Map<Unit, Finding> findings = new TreeMap<>();
    AccessComparison.Walks walks = new AccessComparison.Walks();
    for (Unit unit : all) {
      if (unit.subject().type() == Subject.Type.MANAGED_POLICY) {
        // A managed policy attached to nothing grants nothing until someone attaches it.
        findings.put(
            unit,
            new Finding(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true));
        continue;
      }
      List<PolicyStatement> old = was.getOrDefault(unit, List.of());
      List<PolicyStatement> now = is.getOrDefault(unit, List.of());
      List<AccessStatement> oldAccess = access(old, Map.of());
      List<AccessStatement> nowAccess = access(now, configurations.renamed);
      Boundaries oldBounds = Boundaries.of(before, unit, Map.of());
      Boundaries nowBounds = Boundaries.of(after, unit, configurations.renamed);
      if (oldBounds.boundaries().equals(nowBounds.boundaries())
          && sameStatements(old, oldAccess, now, nowAccess, configurations, each)) {
        findings.put(
            unit,
            new Finding(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true));
        continue;
      }
      Map<List<Object>, AccessComparison.Outcome> seen = new HashMap<>();
      Optional<AccessComparison.Request> more = Optional.empty();
      Optional<AccessComparison.Request> less = Optional.empty();
      Optional<String> moreWhen = Optional.empty();
      Optional<String> lessWhen = Optional.empty();
      boolean exact = configurations.complete();
      // The sentences name only the values that decide this policy's statements and boundaries.
      Set<String> deciding = new java.util.TreeSet<>();
      deciding.addAll(configurations.variablesOf(guards(old, oldBounds), false));
      deciding.addAll(configurations.variablesOf(guards(now, nowBounds), true));
      AccessComparison.Parts parts =
          AccessComparison.parts(
              List.of(
                  new AccessComparison.Side(oldAccess, oldBounds.allStatements()),
                  new AccessComparison.Side(nowAccess, nowBounds.allStatements())),
              walks);
      for (TemplateConfigurations.Configuration configuration : each) {
        BitSet activeBefore = active(old, configurations, configuration, false);
        BitSet activeAfter = active(now, configurations, configuration, true);
        Bound boundBefore = oldBounds.active(configurations, configuration, false);
        Bound boundAfter = nowBounds.active(configurations, configuration, true);
        List<Object> key = List.of(activeBefore, activeAfter, boundBefore, boundAfter);
        AccessComparison.Outcome outcome = seen.get(key);
        if (outcome == null) {
          List<AccessStatement> earlier = chosen(oldAccess, activeBefore);
          List<AccessStatement> later = chosen(nowAccess, activeAfter);
          // The same statements within the same boundary allow the same: nothing to evaluate.
          outcome =
              new java.util.HashSet<>(earlier).equals(new java.util.HashSet<>(later))
                      && boundBefore.equals(boundAfter)
                  ? new AccessComparison.Outcome(Optional.empty(), Optional.empty(), true)
                  : AccessComparison.compare(
                      new AccessComparison.Side(earlier, boundBefore.statements()),
                      new AccessComparison.Side(later, boundAfter.statements()),
                      parts);
          outcome =
              new AccessComparison.Outcome(
                  outcome.more(),
                  outcome.less(),
                  outcome.exact() && boundBefore.known() && boundAfter.known());
          seen.put(key, outcome);
        }
        exact &= outcome.exact();
        if (more.isEmpty() && outcome.more().isPresent()) {
          more = outcome.more();
          moreWhen = Optional.of(configuration.describe(deciding)).filter(s -> !s.isEmpty());
        }
        if (less.isEmpty() && outcome.less().isPresent()) {
          less = outcome.less();
          lessWhen = Optional.of(configuration.describe(deciding)).filter(s -> !s.isEmpty());
        }
      }
      findings.put(unit, new Finding(more, less, moreWhen, lessWhen, exact));
    }
    return findings;
  }

  /**
   * Whether both sides hold the same statements under guards that decide alike in every
   * configuration: then they allow the same, and no configuration needs evaluating. The statements
   * may be in another order, and guards under other names (a condition renamed, a switch's
   * generated name): a guard decides alike when it holds in exactly the configurations the other
   * holds in, each read on its own side.
   */
  private static boolean sameStatements(
      List<PolicyStatement> old,
      List<AccessStatement> oldAccess,
      List<PolicyStatement> now,
      List<AccessStatement> nowAccess,
      TemplateConfigurations configurations,
      List<TemplateConfigurations.Configuration> each) {
    if (old.size() != now.size()) {
      return false;
    }
    BitSet used = new BitSet();
    for (int s = 0; s < old.size(); s++) {
      boolean matched = false;
      for (int t = used.nextClearBit(0); t < now.size(); t = used.nextClearBit(t + 1)) {
        if (oldAccess.get(s).equals(nowAccess.get(t))
            && decideAlike(old.get(s).guard(), now.get(t).guard(), configurations, each)) {
          used.set(t);
          matched = true;
          break;
        }
      }
      if (!matched) {
        return false;
      }
    }
    return true;
  }

  private static boolean decideAlike(
      Guard was,
      Guard is,
      TemplateConfigurations configurations,
      List<TemplateConfigurations.Configuration> each) {
    if (configurations.sameGuard(was, is)) {
      return true;
    }
    if (!configurations.complete()) {
      return false;
    }
    for (TemplateConfigurations.Configuration configuration : each) {
      if (configurations.holds(was, configuration, false)
          != configurations.holds(is, configuration, true)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The boundary that applies in one configuration: none, a known one's statements, or one whose
   * document is not known ({@code known} false: evaluated as if absent, and the finding inexact).
   */
  private record Bound(Optional<List<AccessStatement>> statements, boolean known) {
    static final Bound NONE = new Bound(Optional.empty(), true);
  }

  /** The permissions boundaries of a unit's subject on one side, with their documents. */
  private record Boundaries(
      List<PermissionsBoundary> boundaries, Map<String, List<AccessStatement>> documents) {
    static Boundaries of(PolicyInventory inventory, Unit unit, Map<String, String> renamed) {
      if (unit.kind() != PolicyKind.IDENTITY) {
        return new Boundaries(List.of(), Map.of());
      }
      List<PermissionsBoundary> boundaries =
          inventory.permissionsBoundaries().stream()
              .filter(b -> b.role().equals(unit.subject()))
              .toList();
      Map<String, List<AccessStatement>> documents = new HashMap<>();
      for (PermissionsBoundary boundary : boundaries) {
        List<PolicyStatement> statements = inventory.boundaryPolicies().get(boundary.policy());
        if (statements == null) {
          statements = templatePolicy(inventory, unit.subject().scope(), boundary.policy());
        }
        if (statements != null) {
          documents.put(boundary.policy(), access(statements, renamed));
        }
      }
      return new Boundaries(boundaries, documents);
    }

    /**
     * The statements of the template's own managed policy {@code ${Id}} names, which the inventory
     * lists as an unattached managed policy; null when there is none.
     */
    private static List<PolicyStatement> templatePolicy(
        PolicyInventory inventory, String scope, String reference) {
      if (!reference.startsWith("${") || !reference.endsWith("}")) {
        return null;
      }
      Subject policy =
          new Subject(
              scope, Subject.Type.MANAGED_POLICY, reference.substring(2, reference.length() - 1));
      List<PolicyStatement> statements = inventory.statementsOf(policy);
      return statements.isEmpty() ? null : statements;
    }

    /** Every boundary statement of the subject, whichever boundary applies. */
    Optional<List<AccessStatement>> allStatements() {
      List<AccessStatement> all = new ArrayList<>();
      documents.values().forEach(all::addAll);
      return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }

    Bound active(
        TemplateConfigurations configurations,
        TemplateConfigurations.Configuration configuration,
        boolean afterSide) {
      List<PermissionsBoundary> active =
          boundaries.stream()
              .filter(b -> configurations.holds(b.guard(), configuration, afterSide))
              .toList();
      if (active.isEmpty()) {
        return Bound.NONE;
      }
      List<AccessStatement> statements = documents.get(active.get(0).policy());
      return statements == null || active.size() > 1
          ? new Bound(Optional.empty(), false)
          : new Bound(Optional.of(statements), true);
    }
  }

  private static List<Guard> guards(List<PolicyStatement> statements, Boundaries boundaries) {
    List<Guard> guards = new ArrayList<>();
    statements.forEach(statement -> guards.add(statement.guard()));
    boundaries.boundaries().forEach(boundary -> guards.add(boundary.guard()));
    return guards;
  }

  private static Map<Unit, List<PolicyStatement>> units(PolicyInventory inventory) {
    Map<Unit, List<PolicyStatement>> units = new TreeMap<>();
    for (PolicyStatement statement : inventory.statements()) {
      units
          .computeIfAbsent(new Unit(statement.subject(), statement.kind()), u -> new ArrayList<>())
          .add(statement);
    }
    return units;
  }

  private static BitSet active(
      List<PolicyStatement> statements,
      TemplateConfigurations configurations,
      TemplateConfigurations.Configuration configuration,
      boolean afterSide) {
    BitSet active = new BitSet();
    for (int s = 0; s < statements.size(); s++) {
      if (configurations.holds(statements.get(s).guard(), configuration, afterSide)) {
        active.set(s);
      }
    }
    return active;
  }

  private static List<AccessStatement> chosen(List<AccessStatement> statements, BitSet active) {
    List<AccessStatement> out = new ArrayList<>();
    active.stream().forEach(s -> out.add(statements.get(s)));
    return out;
  }

  private static List<AccessStatement> access(
      List<PolicyStatement> statements, Map<String, String> renamed) {
    List<AccessStatement> out = new ArrayList<>();
    for (PolicyStatement statement : statements) {
      out.add(access(statement, renamed));
    }
    return out;
  }

  /** A statement of the inventory as the evaluator reads it. */
  static AccessStatement access(PolicyStatement statement, Map<String, String> renamed) {
    Set<String> actions = new LinkedHashSet<>();
    for (Action action : statement.actions()) {
      // An action the catalog does not know does not exist to IAM: it grants nothing.
      if (action.known()) {
        actions.add(action.name().toLowerCase(Locale.ROOT));
      }
    }
    List<PrincipalTerm> principals = new ArrayList<>();
    Principal principal = statement.principal();
    if (!principal.isNone()) {
      principals.add(
          principal.type().equals("*")
              ? PrincipalTerm.ANYONE
              : new PrincipalTerm(
                  principal.type().equals("?") ? "AWS" : principal.type(),
                  text(principal.value(), renamed)));
    }
    List<String> resources = new ArrayList<>();
    boolean notResource = false;
    for (String resource : statement.resources()) {
      if (resource.startsWith(ResourcePatterns.EXCEPT)) {
        notResource = true;
        resources.addAll(ResourcePatterns.excepted(resource));
      } else {
        resources.add(resource);
      }
    }
    resources.replaceAll(resource -> text(resource, renamed));
    List<ConditionTest> tests = new ArrayList<>();
    for (Condition condition : statement.conditions().conditions()) {
      tests.add(
          new ConditionTest(
              condition.operator(),
              condition.key(),
              condition.values().stream().map(v -> text(v, renamed)).toList()));
    }
    return new AccessStatement(
        statement.effect() == Effect.ALLOW,
        principals,
        principal.excluded(),
        actions,
        resources,
        notResource,
        tests);
  }

  /** A text in the reviewed partition, renamed parameters spelled as on the before side. */
  static String text(String text, Map<String, String> renamed) {
    String resolved =
        text.replace("${AWS::Partition}", PARTITION).replace("${AWS::URLSuffix}", "amazonaws.com");
    return TemplateConfigurations.rename(resolved, renamed);
  }
}
