package dev.onramp.compile.organization;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.PublishingSpec;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.ContentHash;
import dev.onramp.template.Fn;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The member template as the StackSet gets it: its exact bytes as {@code TemplateBody} when they
 * fit, or the content-addressed URL it is published under when they do not.
 *
 * @param publishing the parent blueprint's publishing section; null when it has none
 */
record MemberTemplateSource(CompiledTemplate template, PublishingSpec publishing) {
  /** The most a StackSet's TemplateBody may hold; larger templates must come from S3. */
  static final int TEMPLATE_BODY_LIMIT = 51_200;

  boolean published() {
    return template.yamlBytes().length > TEMPLATE_BODY_LIMIT;
  }

  /** Reports a member too large to embed when there is nowhere to publish it. */
  void check(SourceMap source, Diagnostics diagnostics) {
    if (published() && publishing == null) {
      diagnostics.error(
          DiagnosticCode.MEMBER_TEMPLATE_TOO_LARGE,
          source.at("organization.memberBlueprint"),
          String.format(
              Locale.ROOT,
              "member template '%s' is %,d bytes, more than the %,d a StackSet's TemplateBody"
                  + " holds",
              template.name(),
              template.yamlBytes().length,
              TEMPLATE_BODY_LIMIT),
          "enable publishing so the StackSet reads it from S3: add 'publishing: {bucket:"
              + " <your-bucket>-{region}}' to this blueprint, and publish the member template"
              + " (cfn:publish) before customers create this stack");
    }
  }

  /** The StackSet property that carries the template: TemplateBody or TemplateURL. */
  Map<String, Object> property() {
    return published()
        ? Map.of("TemplateURL", Fn.sub(templateUrl()))
        : Map.of("TemplateBody", template.yaml());
  }

  /**
   * The URL the member is published under, in the bucket of the stack's region: {@code
   * https://<bucket>.s3.<region>.<url suffix>/<prefix>/<name>/<version>/<sha>.yaml}.
   */
  private String templateUrl() {
    String host =
        publishing.perRegion()
            ? publishing.bucket().replace(PublishingSpec.REGION_PLACEHOLDER, "${AWS::Region}")
                + ".s3.${AWS::Region}"
            : publishing.bucket() + ".s3." + publishing.bucketRegion();
    return "https://" + host + ".${AWS::URLSuffix}/" + publishedKey();
  }

  String publishedKey() {
    return publishing.keyOf(
        template.name(), template.version(), ContentHash.sha256Hex(template.yamlBytes()));
  }

  /** What the template records about its member under {@code Metadata.Onramp.MemberTemplate}. */
  Map<String, Object> metadata(String version) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Blueprint", template.name());
    out.put("BlueprintVersion", version);
    out.put("Sha256", ContentHash.sha256Hex(template.yamlBytes()));
    out.put("Bytes", template.yamlBytes().length);
    if (published()) {
      out.put("PublishedKey", publishedKey());
    }
    return out;
  }
}
