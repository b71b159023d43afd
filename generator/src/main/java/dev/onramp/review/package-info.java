/**
 * The policy review: what access a CloudFormation template grants, and what a change to it adds or
 * takes away, independent of how the policies are written.
 *
 * <ol>
 *   <li>{@link dev.onramp.template.TemplateReader} reads template text (YAML with short-form tags,
 *       or JSON) into the {@link dev.onramp.template.Template} model.
 *   <li>{@link dev.onramp.review.PolicyInventory#of} finds every policy (one table, {@code
 *       PolicyReaders}, says how each resource type's policies are read) and attributes it to the
 *       role, user, group, bucket, key, topic, queue, secret, … it governs, resolves {@code Fn::If}
 *       into guards, expands actions against the {@link dev.onramp.iam.ActionCatalog}, and merges
 *       statements back into a canonical, sorted form.
 *   <li>{@link dev.onramp.review.PolicyDiff#between} compares two inventories into {@link
 *       dev.onramp.review.Change}s with a {@link dev.onramp.review.Severity}; {@link
 *       dev.onramp.review.FailOn} decides whether a build should stop.
 * </ol>
 *
 * <p>Choices a reviewer should know about:
 *
 * <ul>
 *   <li>{@code NotAction} is the complement within the services the statement's resource ARNs name,
 *       or within the whole catalog for {@code *} (see {@code ActionResolver}).
 *   <li>An action pattern the catalog does not know is kept as an action of unknown level, so a
 *       typo or an action newer than the catalog is still seen; to IAM it does not exist, so adding
 *       one grants nothing (INFO).
 *   <li>Values compare by their canonical text ({@link dev.onramp.template.CanonicalText}) in the
 *       described changes; whether a change grants more or less is decided by {@code
 *       EffectiveAccess}: IAM's evaluation rules over every configuration of both templates'
 *       conditions (compared by definition, parameters renamed with the same definition being the
 *       same), {@code ${AWS::Partition}} as the review's partition, {@code Fn::FindInMap} resolved.
 *       A described change the evaluation does not bear out is kept as INFO; a difference no
 *       described change accounts for is added ({@code ACCESS_WIDENED}, {@code ACCESS_NARROWED})
 *       with a request that shows it.
 *   <li>Scopes compare by coverage: a wildcard resource covers what it matches, fewer IAM
 *       conditions and fewer template-condition literals grant more. A Deny's severity is the
 *       inverse of an Allow's.
 *   <li>An AWS managed policy the template attaches is read as its document, the latest version in
 *       the bundled {@link dev.onramp.iam.ManagedPolicyCatalog}: its statements are the role's, and
 *       attaching it is information, the access it adds being the change. Other managed policies
 *       attached by ARN (and AWS managed ones newer than the snapshot) are compared by name only.
 *       Permissions boundaries are compared by name; the documents of AWS managed ones are in
 *       {@link dev.onramp.review.PolicyInventory#boundaryPolicies()}.
 *   <li>A policy document written as JSON text (a string, {@code Fn::Sub}, {@code Fn::Join}) is
 *       read as the map it parses into, its {@code ${Variables}} kept as text. A SAM function is
 *       read as the role the transform generates ({@code <id>Role}), with the few SAM policy
 *       templates vendors use expanded.
 *   <li>Nothing that may grant access is dropped silently: text that is not JSON, a document given
 *       by a parameter, a type that is not read but has a policy-like property, an IAM user's group
 *       memberships and access keys are listed as not reviewed.
 * </ul>
 */
package dev.onramp.review;
