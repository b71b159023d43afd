/**
 * Effective access by IAM's evaluation rules, independent of how policies are written: which
 * requests (principal, action, resource, request context) a set of statements allows, and whether
 * one set allows a request the other does not.
 *
 * <p>Requests are infinitely many; the ones that matter are finitely many. Every test a statement
 * makes looks at one part of a request (the principal, the action, the resource, one context key),
 * so two requests that pass and fail the same tests of every statement get the same decision. For
 * each part, {@link dev.onramp.review.access.Witnesses} finds one text for every combination of
 * tests that some value passes ({@link dev.onramp.review.access.GlobWitnesses} by walking the
 * patterns' automata together), and the comparison evaluates both sides on every combination of
 * parts. What it says is therefore exact for the tests it knows, not a sample.
 *
 * <p>The rules followed, as IAM documents them and as {@code @cloud-copilot/iam-simulate} (the
 * independent evaluator the corpus is labelled with) implements them:
 *
 * <ul>
 *   <li>A request is allowed when some Allow statement matches it and no Deny does; with a
 *       permissions boundary, the boundary must allow it too.
 *   <li>Actions compare by the catalog's names, ignoring case; an action that does not exist grants
 *       nothing.
 *   <li>ARN patterns match segment by segment: partition, service, region and account ignoring case
 *       and never across a colon; the resource part, case-sensitive, across colons and slashes. A
 *       short ARN pattern matches as if its missing segments were {@code *}.
 *   <li>Condition operators by meaning: {@code StringLike} without wildcards is {@code
 *       StringEquals}, {@code ArnEquals} takes wildcards like {@code ArnLike}, a missing key fails
 *       every operator but the negated ones, {@code …IfExists} and {@code Null}; {@code
 *       ForAllValues} holds for no values, {@code ForAnyValue} does not; CIDR ranges by the
 *       addresses they hold.
 *   <li>Principals: an account (or its root ARN) stands for every principal of the account, {@code
 *       *} for everyone; {@code aws:PrincipalArn} and {@code aws:PrincipalAccount} follow from the
 *       principal.
 * </ul>
 */
package dev.onramp.review.access;
