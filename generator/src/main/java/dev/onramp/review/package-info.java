/**
 * The policy review: what access a CloudFormation template grants, and what a change to it adds or
 * takes away, independent of how the policies are written.
 *
 * <ol>
 *   <li>{@link dev.onramp.template.TemplateReader} reads template text (YAML with short-form tags,
 *       or JSON) into the {@link dev.onramp.template.Template} model.
 *   <li>{@link dev.onramp.review.PolicyInventory#of} finds every policy and attributes it to the
 *       role, bucket or key it governs, resolves {@code Fn::If} into guards, expands actions
 *       against the {@link dev.onramp.iam.ActionCatalog}, and merges statements back into a
 *       canonical, sorted form.
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
 *       typo or an action newer than the catalog is still seen; adding one is an escalation.
 *   <li>Values compare by their canonical text ({@link dev.onramp.template.CanonicalText}): {@code
 *       !Ref X} is {@code ${X}}, but {@code arn:aws:} and {@code arn:${AWS::Partition}:} differ,
 *       and template conditions compare by name, not by definition.
 *   <li>Scopes compare by coverage: a wildcard resource covers what it matches, fewer IAM
 *       conditions and fewer template-condition literals grant more. A Deny's severity is the
 *       inverse of an Allow's.
 *   <li>An AWS managed policy the template attaches is read as its document, the latest version in
 *       the bundled {@link dev.onramp.iam.ManagedPolicyCatalog}: its statements are the role's, and
 *       attaching it is information, the access it adds being the change. Other managed policies
 *       attached by ARN (and AWS managed ones newer than the snapshot) are compared by name only.
 *       Permissions boundaries are compared by name; the documents of AWS managed ones are in
 *       {@link dev.onramp.review.PolicyInventory#boundaryPolicies()}.
 * </ul>
 */
package dev.onramp.review;
