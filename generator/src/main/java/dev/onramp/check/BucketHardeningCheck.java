package dev.onramp.check;

import dev.onramp.aws.S3PublicAccess;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.iam.Statement;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ONR504: every S3 bucket blocks public access (all four settings of {@code
 * PublicAccessBlockConfiguration} true) and has a bucket policy that denies requests made without
 * TLS ({@code Bool aws:SecureTransport false}).
 */
final class BucketHardeningCheck implements SecurityCheck {
  static final List<String> PUBLIC_ACCESS_SETTINGS = S3PublicAccess.BLOCK_SETTINGS;

  @Override
  public SecurityCheckCode code() {
    return SecurityCheckCode.BUCKET_NOT_HARDENED;
  }

  @Override
  public List<Diagnostic> check(CompiledTemplate template) {
    List<Diagnostic> findings = new ArrayList<>();
    Map<String, Template.Resource> resources = template.template().resources();
    resources.forEach(
        (id, resource) -> {
          if (resource.type().equals("AWS::S3::Bucket")) {
            checkPublicAccess(template, id, resource, findings);
            if (!deniesPlainHttp(id, resources)) {
              findings.add(
                  Findings.onResource(
                      code(),
                      template,
                      id,
                      "bucket "
                          + id
                          + " has no bucket policy that denies requests without TLS"
                          + " (aws:SecureTransport false), so its objects can be read or written"
                          + " in clear text",
                      "add an AWS::S3::BucketPolicy for the bucket with a Deny statement for"
                          + " Principal '*', Action s3:*, the bucket and its objects, and"
                          + " Condition {Bool: {aws:SecureTransport: false}}"));
            }
          }
        });
    return findings;
  }

  private void checkPublicAccess(
      CompiledTemplate template, String id, Template.Resource bucket, List<Diagnostic> findings) {
    Object configuration = bucket.properties().get("PublicAccessBlockConfiguration");
    Map<String, Object> settings = TemplateValues.map(configuration).orElse(Map.of());
    List<String> off =
        PUBLIC_ACCESS_SETTINGS.stream()
            .filter(setting -> !TemplateValues.isTrue(settings.get(setting)))
            .toList();
    if (off.isEmpty()) {
      return;
    }
    String what =
        configuration == null
            ? "has no PublicAccessBlockConfiguration"
            : "does not block public access: " + String.join(", ", off) + " not true";
    findings.add(
        Findings.onResource(
            code(),
            template,
            id,
            "bucket " + id + " " + what + ", so an ACL or a bucket policy could make it public",
            "set PublicAccessBlockConfiguration with BlockPublicAcls, BlockPublicPolicy,"
                + " IgnorePublicAcls and RestrictPublicBuckets all true"));
  }

  /** Whether a bucket policy of {@code bucketId} denies everyone requests without TLS. */
  private static boolean deniesPlainHttp(
      String bucketId, Map<String, Template.Resource> resources) {
    for (Template.Resource resource : resources.values()) {
      if (!resource.type().equals("AWS::S3::BucketPolicy")
          || !(resource.properties().get("Bucket") instanceof Fn.Ref ref
              && ref.name().equals(bucketId))) {
        continue;
      }
      for (Statement statement : Statement.allOf(resource.properties().get("PolicyDocument"))) {
        if (!statement.isAllow()
            && statement.principals("AWS").contains("*")
            && statement
                .conditionValue("Bool", "aws:SecureTransport")
                .filter(TemplateValues::isFalse)
                .isPresent()) {
          return true;
        }
      }
    }
    return false;
  }
}
