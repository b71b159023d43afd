package dev.onramp.compile;

import dev.onramp.aws.Partition;
import dev.onramp.template.Fn;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text a blueprint author wrote (an ARN, a condition value) into a template value that
 * deploys in every partition: {@code arn:aws:} (or {@code arn:aws-cn:}, {@code arn:aws-us-gov:})
 * becomes {@code arn:${AWS::Partition}:} inside {@code Fn::Sub}; IAM policy variables such as
 * {@code ${aws:username}} are escaped so CloudFormation passes them to IAM untouched; {@code
 * ${Parameter}} and {@code ${AWS::…}} stay template variables.
 */
final class PartitionAwareText {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

  private PartitionAwareText() {}

  /** A plain string when nothing needs substituting, else {@code Fn::Sub}. */
  static Object of(String text, Set<String> parameters) {
    boolean hasArn = Partition.LITERAL_IN_ARN.matcher(text).find();
    boolean hasVariable = VARIABLE.matcher(text).find();
    if (!hasArn && !hasVariable) {
      return text;
    }
    String rewritten =
        Partition.LITERAL_IN_ARN.matcher(text).replaceAll("arn:\\${AWS::Partition}:");
    Matcher variables = VARIABLE.matcher(rewritten);
    StringBuilder out = new StringBuilder();
    boolean templateVariable = false;
    int copied = 0;
    while (variables.find()) {
      String name = variables.group(1);
      boolean keep = name.startsWith("AWS::") || parameters.contains(name);
      templateVariable |= keep;
      out.append(rewritten, copied, variables.start());
      out.append(keep ? variables.group() : "${!" + name + "}");
      copied = variables.end();
    }
    out.append(rewritten, copied, rewritten.length());
    if (!templateVariable) {
      // Only IAM variables: no Fn::Sub needed, and none wanted (it would need escaping).
      return text;
    }
    return Fn.sub(out.toString());
  }

  /** Names in {@code ${Name}} that look like template parameters (no colon, no dot). */
  static Set<String> parameterReferences(String text) {
    Matcher variables = VARIABLE.matcher(text);
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    while (variables.find()) {
      String name = variables.group(1);
      if (!name.contains(":") && !name.contains(".")) {
        names.add(name);
      }
    }
    return names;
  }
}
