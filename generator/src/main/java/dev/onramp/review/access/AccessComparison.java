package dev.onramp.review.access;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what two sets of statements allow, by IAM's evaluation rules: a request is allowed when
 * an Allow matches and no Deny does, and, with a permissions boundary, the boundary allows it too.
 * Every combination of the parts {@link Witnesses} finds is asked of both sides; the first request
 * allowed only after and the first allowed only before are the outcome.
 */
public final class AccessComparison {
  /** Context combinations beyond this are cut short, marked inexact. */
  static final int MAX_CONTEXTS = 4096;

  private AccessComparison() {}

  /** One side: its statements, and its permissions boundary's if it has one. */
  public record Side(List<AccessStatement> statements, Optional<List<AccessStatement>> boundary) {
    public Side {
      statements = List.copyOf(statements);
      boundary = boundary.map(List::copyOf);
    }

    public static Side of(List<AccessStatement> statements) {
      return new Side(statements, Optional.empty());
    }
  }

  /** A request: who (none for an identity policy), what action, on what, with what context. */
  public record Request(
      Optional<PrincipalWitness> principal,
      String action,
      Optional<String> resource,
      Map<String, ContextValue> context) {
    public Request {
      context = java.util.Collections.unmodifiableMap(new TreeMap<>(context));
    }

    /** {@code s3:putobject on arn:… by arn:… if aws:sourceip=10.0.0.1}. */
    public String describe() {
      return describe(action);
    }

    /** As {@link #describe()}, the action spelled {@code spelled} (the catalog's case). */
    public String describe(String spelled) {
      StringBuilder text = new StringBuilder(spelled);
      resource.ifPresent(r -> text.append(" on ").append(r));
      principal.ifPresent(p -> text.append(" by ").append(p));
      List<String> present = new ArrayList<>();
      context.forEach(
          (key, value) -> {
            if (!value.isAbsent()) {
              present.add(key + "=" + value);
            }
          });
      if (!present.isEmpty()) {
        text.append(" with ").append(String.join(", ", present));
      }
      return text.toString();
    }
  }

  /** A request only the after side allows, one only the before side allows, and exactness. */
  public record Outcome(Optional<Request> more, Optional<Request> less, boolean exact) {}

  public static Outcome compare(Side before, Side after) {
    return compare(before, after, parts(List.of(before, after)));
  }

  /**
   * The parts of requests worth asking about for every statement of {@code sides}: found once, they
   * serve any comparison of some of those statements, since witnesses that tell a larger set of
   * tests apart tell a smaller one apart too. Walking the patterns' automata is the costly step.
   */
  public static Parts parts(List<Side> sides) {
    return parts(sides, new Walks());
  }

  /** As {@link #parts(List)}, reusing the walks {@code walks} remembers from earlier calls. */
  public static Parts parts(List<Side> sides, Walks walks) {
    List<AccessStatement> all = new ArrayList<>();
    for (Side side : sides) {
      all.addAll(side.statements());
      side.boundary().ifPresent(all::addAll);
    }
    return new Parts(Witnesses.of(all, walks.resources));
  }

  /**
   * The resource witnesses found so far, by pattern set: the roles of one template often share
   * their patterns (an AWS managed policy attached to several), and a walk is the costly step.
   */
  public static final class Walks {
    private final Map<List<String>, GlobWitnesses.Result> resources = new HashMap<>();
  }

  /** The witnesses of some statements, for {@link #compare(Side, Side, Parts)}. */
  public static final class Parts {
    private final Witnesses witnesses;

    private Parts(Witnesses witnesses) {
      this.witnesses = witnesses;
    }
  }

  /** As {@link #compare(Side, Side)}, with parts found for statements that include both sides'. */
  public static Outcome compare(Side before, Side after, Parts parts) {
    List<AccessStatement> all = new ArrayList<>();
    all.addAll(before.statements());
    before.boundary().ifPresent(all::addAll);
    all.addAll(after.statements());
    after.boundary().ifPresent(all::addAll);
    Witnesses witnesses = parts.witnesses;
    Evaluation evaluation = new Evaluation(witnesses, all);
    Sided was = evaluation.side(before, 0);
    Sided is =
        evaluation.side(
            after, before.statements().size() + before.boundary().map(List::size).orElse(0));

    Optional<Request> more = Optional.empty();
    Optional<Request> less = Optional.empty();
    List<String> keys = new ArrayList<>(witnesses.context.keySet());
    int contexts = 1;
    boolean exact = witnesses.complete();
    for (String key : keys) {
      contexts =
          (int) Math.min((long) contexts * witnesses.context.get(key).size(), MAX_CONTEXTS + 1L);
    }
    if (contexts > MAX_CONTEXTS) {
      exact = false;
      contexts = MAX_CONTEXTS;
    }
    int principals = Math.max(1, witnesses.principals.size());
    int resources = Math.max(1, witnesses.resources.size());
    int[][] combinations = new int[contexts][];
    for (int c = 0; c < contexts; c++) {
      combinations[c] = combination(c, keys, witnesses);
    }
    for (String action : evaluation.actionClasses()) {
      List<Integer> relevant = evaluation.statementsWith(action);
      for (int p = 0; p < principals; p++) {
        for (int r = 0; r < resources; r++) {
          for (int c = 0; c < contexts; c++) {
            int[] values = combinations[c];
            boolean allowedBefore = was.allows(relevant, p, r, values);
            boolean allowedAfter = is.allows(relevant, p, r, values);
            if (allowedAfter && !allowedBefore && more.isEmpty()) {
              more = Optional.of(evaluation.request(action, p, r, keys, values));
            } else if (allowedBefore && !allowedAfter && less.isEmpty()) {
              less = Optional.of(evaluation.request(action, p, r, keys, values));
            }
            if (more.isPresent() && less.isPresent()) {
              return new Outcome(more, less, exact);
            }
          }
        }
      }
    }
    return new Outcome(more, less, exact);
  }

  /** The value index of each key in context combination {@code index} (mixed radix). */
  private static int[] combination(int index, List<String> keys, Witnesses witnesses) {
    int[] values = new int[keys.size()];
    int rest = index;
    for (int k = 0; k < keys.size(); k++) {
      int size = witnesses.context.get(keys.get(k)).size();
      values[k] = rest % size;
      rest /= size;
    }
    return values;
  }

  /** The statements of one side, as indexes into the evaluation's list. */
  private record Sided(Evaluation evaluation, BitSet statements, BitSet boundary, boolean bounded) {
    boolean allows(List<Integer> relevant, int p, int r, int[] values) {
      if (!evaluation.decides(relevant, statements, p, r, values)) {
        return false;
      }
      return !bounded || evaluation.decides(relevant, boundary, p, r, values);
    }
  }

  /** Every statement's tests against the witnesses, worked out once and remembered. */
  private static final class Evaluation {
    private final Witnesses witnesses;
    private final List<AccessStatement> statements;
    private final List<String> keys;
    private final Map<String, List<Integer>> statementsByAction = new HashMap<>();

    /** Per statement and witness: 0 not yet known, 1 matches, 2 does not. */
    private final byte[][] principalMatches;

    private final byte[][] resourceMatches;
    private final Map<ConditionTest, boolean[]> testsByValue = new HashMap<>();
    private final Map<ConditionTest, boolean[]> testsByPrincipal = new HashMap<>();

    Evaluation(Witnesses witnesses, List<AccessStatement> statements) {
      this.witnesses = witnesses;
      this.statements = statements;
      this.keys = new ArrayList<>(witnesses.context.keySet());
      this.principalMatches = new byte[statements.size()][witnesses.principals.size()];
      this.resourceMatches = new byte[statements.size()][witnesses.resources.size()];
      for (int s = 0; s < statements.size(); s++) {
        for (String action : statements.get(s).actions()) {
          statementsByAction.computeIfAbsent(action, a -> new ArrayList<>()).add(s);
        }
      }
    }

    /** The statements of {@code side}, which start at {@code from} in the list. */
    Sided side(Side side, int from) {
      BitSet own = new BitSet();
      own.set(from, from + side.statements().size());
      int boundaryFrom = from + side.statements().size();
      BitSet boundary = new BitSet();
      boundary.set(boundaryFrom, boundaryFrom + side.boundary().map(List::size).orElse(0));
      return new Sided(this, own, boundary, side.boundary().isPresent());
    }

    /**
     * One action for each distinct set of statements that name it, in name order: actions named by
     * the same statements get the same decisions.
     */
    List<String> actionClasses() {
      Map<List<Integer>, String> classes = new LinkedHashMap<>();
      for (String action : new TreeSet<>(statementsByAction.keySet())) {
        classes.putIfAbsent(statementsByAction.get(action), action);
      }
      return List.copyOf(classes.values());
    }

    List<Integer> statementsWith(String action) {
      return statementsByAction.getOrDefault(action, List.of());
    }

    /** Allow minus Deny among {@code relevant} statements that belong to {@code side}. */
    boolean decides(List<Integer> relevant, BitSet side, int p, int r, int[] values) {
      boolean allowed = false;
      for (int s : relevant) {
        if (!side.get(s) || !matches(s, p, r, values)) {
          continue;
        }
        if (!statements.get(s).allow()) {
          return false;
        }
        allowed = true;
      }
      return allowed;
    }

    private boolean matches(int s, int p, int r, int[] values) {
      AccessStatement statement = statements.get(s);
      if (!witnesses.principals.isEmpty()) {
        byte[] known = principalMatches[s];
        if (known[p] == 0) {
          known[p] = statement.matchesPrincipal(witnesses.principals.get(p)) ? (byte) 1 : 2;
        }
        if (known[p] != 1) {
          return false;
        }
      }
      if (!witnesses.resources.isEmpty()) {
        byte[] known = resourceMatches[s];
        if (known[r] == 0) {
          known[r] = statement.matchesResource(witnesses.resources.get(r)) ? (byte) 1 : 2;
        }
        if (known[r] != 1) {
          return false;
        }
      }
      for (ConditionTest test : statement.conditions()) {
        if (!passes(test, p, values)) {
          return false;
        }
      }
      return true;
    }

    private boolean passes(ConditionTest test, int p, int[] values) {
      int k = keys.indexOf(test.key());
      if (k >= 0) {
        boolean[] outcomes =
            testsByValue.computeIfAbsent(
                test,
                t -> {
                  List<ContextValue> candidates = witnesses.context.get(t.key());
                  boolean[] out = new boolean[candidates.size()];
                  for (int v = 0; v < out.length; v++) {
                    out[v] = t.passes(candidates.get(v));
                  }
                  return out;
                });
        return outcomes[values[k]];
      }
      // A key the principal decides (or one no witness varies: absent).
      boolean[] outcomes =
          testsByPrincipal.computeIfAbsent(
              test,
              t -> {
                boolean[] out = new boolean[Math.max(1, witnesses.principals.size())];
                for (int q = 0; q < out.length; q++) {
                  ContextValue value =
                      witnesses.principals.isEmpty()
                          ? ContextValue.ABSENT
                          : witnesses.principals.get(q).contextValue(t.key());
                  out[q] = t.passes(value);
                }
                return out;
              });
      return outcomes[p];
    }

    Request request(String action, int p, int r, List<String> keys, int[] values) {
      Map<String, ContextValue> context = new TreeMap<>();
      for (int k = 0; k < keys.size(); k++) {
        context.put(keys.get(k), witnesses.context.get(keys.get(k)).get(values[k]));
      }
      return new Request(
          witnesses.principals.isEmpty()
              ? Optional.empty()
              : Optional.of(witnesses.principals.get(p)),
          action,
          witnesses.resources.isEmpty()
              ? Optional.empty()
              : Optional.of(witnesses.resources.get(r)),
          context);
    }
  }
}
