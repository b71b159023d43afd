package dev.onramp.check;

import dev.onramp.aws.Partition;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.TemplateTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * ONR505: no string of the template, {@code Fn::Sub} texts included, holds an ARN with a written
 * partition ({@code arn:aws:}, {@code arn:aws-cn:}, {@code arn:aws-us-gov:}); such a template
 * deploys in one partition only. ARNs name {@code ${AWS::Partition}} instead.
 */
final class PartitionLiteralCheck implements SecurityCheck {

  @Override
  public SecurityCheckCode code() {
    return SecurityCheckCode.PARTITION_LITERAL;
  }

  @Override
  public List<Diagnostic> check(CompiledTemplate template) {
    List<Diagnostic> findings = new ArrayList<>();
    TemplateTree.of(template.template())
        .forEach((section, value) -> walk(template, section, value, findings));
    return findings;
  }

  private void walk(CompiledTemplate template, String path, Object value, List<Diagnostic> found) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, child) -> walk(template, path + "." + key, child, found));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(template, path + "[" + i + "]", list.get(i), found);
      }
    } else if (value instanceof Fn fn) {
      // The path reads like the JSON template: Value.Fn::If[1], Resource.Fn::Sub.
      walk(template, path + "." + fn.jsonKey(), fn.argument(), found);
    } else if (value instanceof String text) {
      Matcher literal = Partition.LITERAL_IN_ARN.matcher(text);
      if (literal.find()) {
        found.add(
            Findings.at(
                code(),
                template,
                element(path),
                path.startsWith("Resources.")
                    ? element(path).substring("Resources.".length())
                    : null,
                path
                    + " holds the partition literal '"
                    + literal.group()
                    + "', so the template deploys in that partition only",
                "write the ARN as !Sub 'arn:${AWS::Partition}:…' (blueprint statements and"
                    + " vendor.roleArn are rewritten for you; remove ARNs from descriptions)"));
      }
    }
  }

  /** The template element a path lies in: {@code Resources.X}, {@code Outputs.Y}. */
  private static String element(String path) {
    int section = path.indexOf('.');
    int end = section < 0 ? -1 : path.indexOf('.', section + 1);
    return end < 0 ? path : path.substring(0, end);
  }
}
