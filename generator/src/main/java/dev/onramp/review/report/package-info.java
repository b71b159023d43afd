/**
 * The policy review for people: a blueprint's inventory ({@link
 * dev.onramp.review.report.InventoryReport}) and a build's diff against its baseline ({@link
 * dev.onramp.review.report.DiffReport}, one {@link dev.onramp.review.report.BlueprintDiff} per
 * blueprint), written for the security reviewers on the vendor's and the customer's side.
 *
 * <ul>
 *   <li>Markdown to read, in a pull-request comment or on GitHub: tables and bullets, no HTML.
 *       Template text is escaped ({@code *}, {@code ${…}}, {@code [ ]} would otherwise render as
 *       emphasis, math and links). Long action lists are counted by service and access level; the
 *       JSON lists every action.
 *   <li>JSON for scripts, in the validation report's conventions: two-space indent, LF, a final
 *       newline, every key always present, a {@code reportVersion}, enum values in kebab case.
 *   <li>SARIF 2.1.0 for code scanning: one result per change, at the blueprint's template.
 * </ul>
 *
 * <p>Choices a reviewer should know about:
 *
 * <ul>
 *   <li>Access levels are listed from List to Permissions management. An action with several
 *       ({@code ec2:CreateTags} is Write and Tagging) counts under each.
 *   <li>The inventory holds the actions patterns expand to, not the patterns; a service whose every
 *       action in the bundled catalog is granted is named by its wildcard ({@code s3:*}).
 *   <li>A trust statement that lets an AWS account (or anyone) in without an {@code sts:ExternalId}
 *       condition is flagged in the inventory.
 *   <li>The diff's changes, their severity and their sentences are {@link
 *       dev.onramp.review.PolicyDiff}'s; the reports only order and group them, the most severe
 *       first.
 * </ul>
 *
 * <p>Every rendering is a pure function of its arguments: sorted, in {@link java.util.Locale#ROOT},
 * without timestamps, so that the same templates give the same bytes.
 */
package dev.onramp.review.report;
