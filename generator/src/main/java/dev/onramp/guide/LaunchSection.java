package dev.onramp.guide;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.PublishingSpec;
import dev.onramp.compile.TemplateLimits;
import dev.onramp.guide.GuideView.Capability;
import dev.onramp.guide.GuideView.Launch;
import dev.onramp.guide.GuideView.LaunchLink;
import dev.onramp.link.QuickCreateLink;
import dev.onramp.publish.StoredObject;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.ContentHash;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a customer starts the stack: a quick-create link per region when the vendor publishes the
 * template (without the ExternalId, which only the vendor's own link may fill in), else the upload
 * steps; the AWS CLI command; and the IAM capability the console asks to acknowledge.
 */
final class LaunchSection {
  private final CompiledTemplate compiled;
  private final Template template;
  private final Blueprint blueprint;

  LaunchSection(CompiledTemplate compiled, Blueprint blueprint) {
    this.compiled = compiled;
    this.template = compiled.template();
    this.blueprint = blueprint;
  }

  Launch launch(Capability capability) {
    String stackName = compiled.facts().stackName();
    // A stack that derives its ExternalId, or whose roles need none, asks for none.
    String externalId =
        template.parameters().containsKey(blueprint.externalId().parameter())
            ? blueprint.externalId().parameter()
            : "";
    PublishingSpec publishing = blueprint.publishing();
    List<LaunchLink> links = new ArrayList<>();
    String templateUrl = null;
    if (publishing != null) {
      String key =
          publishing.keyOf(
              compiled.name(),
              blueprint.metadata().version(),
              ContentHash.sha256Hex(compiled.yamlBytes()));
      for (String region : blueprint.regions()) {
        String bucket = publishing.bucketFor(region).orElse(null);
        if (bucket == null) {
          continue;
        }
        String url =
            new StoredObject(region, bucket, key, StoredObject.YAML, compiled.yamlBytes()).url();
        templateUrl = templateUrl == null ? url : templateUrl;
        QuickCreateLink link = QuickCreateLink.of(template, region, url);
        links.add(new LaunchLink(region, link.partition().id(), link.url(stackName, Map.of())));
      }
    }
    String region = region(blueprint);
    List<String> lines = new ArrayList<>();
    lines.add("aws cloudformation create-stack --region " + region);
    lines.add("  --stack-name " + stackName);
    lines.add(
        templateUrl != null
            ? "  --template-url " + templateUrl
            : publishing != null
                ? "  --template-url <the template URL from the link>"
                : compiled.yamlBytes().length > TemplateLimits.INLINE_BODY_BYTES
                    ? "  --template-url https://<your bucket>.s3."
                        + region
                        + ".amazonaws.com/template.yaml"
                    : "  --template-body file://template.yaml");
    List<String> required = new ArrayList<>();
    template
        .parameters()
        .forEach(
            (name, parameter) -> {
              if (parameter.defaultValue() == null) {
                required.add(
                    "    'ParameterKey="
                        + name
                        + ",ParameterValue="
                        + (name.equals(externalId) ? "<your ExternalId>" : "<" + name + ">")
                        + "'");
              }
            });
    if (!required.isEmpty()) {
      lines.add("  --parameters");
      lines.addAll(required);
    }
    lines.add("  --capabilities " + capability.name());
    String cli = String.join(" \\\n", lines);
    return new Launch(publishing != null, links, stackName, externalId, cli, region);
  }

  /**
   * The region of the guide's commands: the first the blueprint lists, else a placeholder the
   * customer replaces with the same region in every command.
   */
  static String region(Blueprint blueprint) {
    return blueprint.regions().isEmpty() ? "<region>" : blueprint.regions().get(0);
  }

  Capability capability() {
    List<String> named = new ArrayList<>();
    List<String> iam = new ArrayList<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              if (!resource.type().startsWith("AWS::IAM::")) {
                return;
              }
              iam.add(id);
              if (resource.properties().containsKey("RoleName")
                  || resource.properties().containsKey("ManagedPolicyName")) {
                named.add(id);
              }
            });
    if (!named.isEmpty()) {
      return new Capability(
          "CAPABILITY_NAMED_IAM",
          "I acknowledge that AWS CloudFormation might create IAM resources with custom names",
          true,
          named.stream().map(id -> "names " + InventoryCells.code(id)).toList());
    }
    return new Capability(
        "CAPABILITY_IAM",
        "I acknowledge that AWS CloudFormation might create IAM resources",
        false,
        iam.isEmpty()
            ? List.of()
            : List.of(
                "creates " + String.join(", ", iam.stream().map(InventoryCells::code).toList())));
  }
}
