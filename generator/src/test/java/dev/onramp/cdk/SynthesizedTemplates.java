package dev.onramp.cdk;

import dev.onramp.template.Template;
import dev.onramp.template.TemplateReader;
import java.util.List;

/**
 * Compares the template a blueprint's CDK construct synthesizes with the one the generator emits
 * directly, evaluated under the same parameter values ({@link
 * dev.onramp.template.TemplateEvaluator}): the two must deploy the same stack.
 *
 * <p>How values compare:
 *
 * <ul>
 *   <li>IAM policy documents (a role's trust and inline policies, managed policies, {@code
 *       AWS::IAM::Policy}, bucket and key policies) by the access they grant, through {@link
 *       dev.onramp.review.PolicyDiff}: statement order, Sids, merged or split statements do not
 *       matter; one more action or principal does.
 *   <li>Text by what CloudFormation makes of it: {@code !Sub arn:${AWS::Partition}:x} equals the
 *       CDK's {@code Fn::Join ["", ["arn:", Ref AWS::Partition, ":x"]]}, and a Sub without
 *       variables equals its text ({@link StringExpression}).
 *   <li><b>Numbers and numeric text are equal</b> ({@code 3600} and {@code "3600"}, {@code true}
 *       and {@code "true"}). CloudFormation accepts both: it converts a resource property to the
 *       type of its schema, which is why {@code Ref} of a {@code Number} parameter (always text)
 *       works where an integer is expected; and custom resources receive every property as text. So
 *       an evaluated {@code Ref} of a Number parameter, {@code "3600"}, and the CDK's typed prop,
 *       {@code 3600}, deploy the same. The exception is a property of schema type JSON (an {@code
 *       EventPattern}, a state machine definition held as an object), where the type survives;
 *       Onramp templates have none outside the IAM documents, which compare by grant. {@code 3600}
 *       and {@code "3600.0"} or {@code "03600"} stay different.
 *   <li>Everything else exactly: lists in order, {@code DependsOn} as a set, an absent {@code
 *       DeletionPolicy} apart from {@code Delete} (the default differs between resource types).
 * </ul>
 */
public final class SynthesizedTemplates {
  private SynthesizedTemplates() {}

  /**
   * The synthesized template (CloudFormation JSON, as {@code cdk synth} writes it) without what the
   * CDK v2 adds on its own: the {@code CDKMetadata} resource and its {@code CDKMetadataAvailable}
   * condition, resources' {@code aws:cdk:*} and {@code aws:asset:*} metadata, the {@code
   * BootstrapVersion} parameter and {@code CheckBootstrapVersion} rule.
   *
   * @throws dev.onramp.template.TemplateFormatException if the text is not a template
   */
  public static Template normalize(String synthesizedJson) {
    return CdkAdditions.removedFrom(TemplateReader.read(synthesizedJson));
  }

  /**
   * One readable line per difference between {@code expected} (the evaluated direct template) and
   * {@code synthesized} (normalized), in section order: parameters, conditions, rules, resources
   * (missing, unexpected, then type, condition, policies, DependsOn and each property path with the
   * expected and actual value), outputs, and last the changes in granted access, each as {@code
   * IAM: } and the review's sentence. Empty when the two deploy the same stack.
   */
  public static List<String> differences(Template expected, Template synthesized) {
    return TemplateDiff.between(expected, synthesized);
  }
}
