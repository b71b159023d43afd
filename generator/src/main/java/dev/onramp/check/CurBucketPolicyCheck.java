package dev.onramp.check;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.iam.Statement;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ONR503: a bucket policy that lets the billing services deliver Cost and Usage Reports ({@code
 * billingreports.amazonaws.com}, {@code bcm-data-exports.amazonaws.com}) limits them with both
 * {@code aws:SourceAccount} and {@code aws:SourceArn}, so the service cannot be made to write
 * another account's reports into the bucket.
 */
final class CurBucketPolicyCheck implements SecurityCheck {
  static final Set<String> DELIVERY_SERVICES =
      Set.of("billingreports.amazonaws.com", "bcm-data-exports.amazonaws.com");
  private static final List<String> REQUIRED_KEYS = List.of("aws:SourceAccount", "aws:SourceArn");

  @Override
  public SecurityCheckCode code() {
    return SecurityCheckCode.CUR_DELIVERY_UNSCOPED;
  }

  @Override
  public List<Diagnostic> check(CompiledTemplate template) {
    List<Diagnostic> findings = new ArrayList<>();
    TemplateValues.resourcesOfType(template.template(), "AWS::S3::BucketPolicy")
        .forEach(
            (id, resource) -> {
              List<Statement> statements =
                  Statement.allOf(resource.properties().get("PolicyDocument"));
              for (int i = 0; i < statements.size(); i++) {
                checkStatement(template, id, statements.get(i), i, findings);
              }
            });
    return findings;
  }

  private void checkStatement(
      CompiledTemplate template,
      String id,
      Statement statement,
      int index,
      List<Diagnostic> findings) {
    if (!statement.isAllow()) {
      return;
    }
    List<String> billing = new ArrayList<>();
    for (Object value : statement.principals("Service")) {
      TemplateValues.text(value)
          .filter(text -> DELIVERY_SERVICES.contains(text.toLowerCase(Locale.ROOT)))
          .ifPresent(billing::add);
    }
    if (billing.isEmpty()) {
      return;
    }
    Set<String> keys = statement.conditionKeys();
    List<String> missing =
        REQUIRED_KEYS.stream().filter(key -> !keys.contains(key.toLowerCase(Locale.ROOT))).toList();
    if (missing.isEmpty()) {
      return;
    }
    findings.add(
        Findings.onResource(
            code(),
            template,
            id,
            "bucket policy "
                + id
                + " lets "
                + String.join(" and ", billing)
                + " write to the bucket without "
                + (missing.size() == 1 ? "an " : "")
                + String.join(" and ", missing)
                + (missing.size() == 1 ? " condition" : " conditions")
                + " ("
                + statement.name(index)
                + "): the service could be made to deliver another account's reports into it",
            "add StringEquals {aws:SourceAccount: ${AWS::AccountId}} and ArnLike {aws:SourceArn:"
                + " the report's ARN, such as"
                + " arn:${AWS::Partition}:cur:us-east-1:${AWS::AccountId}:definition/*} to the"
                + " statement"));
  }
}
