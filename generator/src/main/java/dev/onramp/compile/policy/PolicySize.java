package dev.onramp.compile.policy;

import dev.onramp.aws.Partition;
import dev.onramp.template.Fn;
import dev.onramp.template.JsonTemplateWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size IAM will count for a policy once CloudFormation has resolved it: compact JSON, with
 * every template variable at its longest value, so a policy that fits here fits in every partition
 * and region ({@code aws-us-gov} is longer than {@code aws}).
 */
public final class PolicySize {
  /** IAM's limit for a customer managed policy, whitespace not counted. */
  public static final int MANAGED_POLICY_LIMIT = 6_144;

  /** IAM's default limit for a role trust policy. */
  public static final int TRUST_POLICY_LIMIT = 2_048;

  /** Assumed length of a parameter's value when it appears in a policy. */
  private static final int PARAMETER_VALUE_LENGTH = 256;

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(!?)([^}]*)}");
  private static final Map<String, String> LONGEST_PSEUDO_VALUES =
      Map.of(
          "AWS::Partition", Partition.AWS_US_GOV.id(),
          "AWS::AccountId", "123456789012",
          "AWS::Region", "ap-southeast-5x",
          "AWS::URLSuffix", "amazonaws.com.cn",
          "AWS::StackName", "x".repeat(128));

  private PolicySize() {}

  public static int of(Object document) {
    return JsonTemplateWriter.compact(resolve(document)).length();
  }

  private static Object resolve(Object value) {
    if (value instanceof Fn.Sub sub) {
      return substitute(sub.text());
    }
    if (value instanceof Fn.Ref ref) {
      return LONGEST_PSEUDO_VALUES.getOrDefault(ref.name(), "x".repeat(PARAMETER_VALUE_LENGTH));
    }
    if (value instanceof Fn.GetAtt) {
      return "x".repeat(PARAMETER_VALUE_LENGTH);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> resolved = new LinkedHashMap<>();
      map.forEach((key, child) -> resolved.put((String) key, resolve(child)));
      return resolved;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(PolicySize::resolve).toList();
    }
    return value;
  }

  private static String substitute(String text) {
    Matcher variables = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    while (variables.find()) {
      out.append(text, copied, variables.start());
      String name = variables.group(2);
      if (!variables.group(1).isEmpty()) {
        out.append("${").append(name).append('}');
      } else {
        out.append(LONGEST_PSEUDO_VALUES.getOrDefault(name, "x".repeat(PARAMETER_VALUE_LENGTH)));
      }
      copied = variables.end();
    }
    return out.append(text, copied, text.length()).toString();
  }
}
