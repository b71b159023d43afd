package dev.onramp.review.access;

import java.util.List;
import java.util.Set;

/**
 * One statement as IAM evaluates it: Allow or Deny; the principals it names ({@code notPrincipal}
 * for a {@code NotPrincipal}; none in an identity policy, where the policy's holder acts); the
 * catalog actions it covers, lower-cased ({@code Action} and {@code NotAction} already expanded);
 * its resource patterns ({@code notResource} for a {@code NotResource}; none for a trust policy,
 * whose resource is the role); and its condition tests, all of which must pass.
 */
public record AccessStatement(
    boolean allow,
    List<PrincipalTerm> principals,
    boolean notPrincipal,
    Set<String> actions,
    List<String> resources,
    boolean notResource,
    List<ConditionTest> conditions) {

  public AccessStatement {
    principals = List.copyOf(principals);
    actions = Set.copyOf(actions);
    resources = List.copyOf(resources);
    conditions = List.copyOf(conditions);
  }

  boolean matchesPrincipal(PrincipalWitness principal) {
    if (principals.isEmpty()) {
      return true;
    }
    boolean named = principals.stream().anyMatch(term -> term.matches(principal));
    return notPrincipal != named;
  }

  boolean matchesResource(String resource) {
    if (resources.isEmpty()) {
      return true;
    }
    boolean named = resources.stream().anyMatch(pattern -> ArnGlobs.matches(pattern, resource));
    return notResource != named;
  }
}
