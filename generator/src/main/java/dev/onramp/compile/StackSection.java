package dev.onramp.compile;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import java.nio.charset.StandardCharsets;

/**
 * The blueprint's {@code metadata} and {@code regions}: the stack as a whole. It gives the template
 * its description; the name and version go into {@code Metadata.Onramp} ({@link TemplateBuilder}).
 */
final class StackSection implements BlueprintSection {
  private static final int DESCRIPTION_BYTES = 1024;

  @Override
  public void validate(SectionContext context) {
    Blueprint blueprint = context.blueprint();
    for (int i = 0; i < blueprint.regions().size(); i++) {
      String region = blueprint.regions().get(i);
      if (!Partition.REGION.matcher(region).matches()) {
        context.error(
            DiagnosticCode.INVALID_VALUE,
            "regions[" + i + "]",
            "'" + region + "' is not an AWS region name",
            "write region codes such as us-east-1, eu-west-1 or us-gov-west-1");
      }
    }
    if (blueprint.metadata().description().getBytes(StandardCharsets.UTF_8).length
        > DESCRIPTION_BYTES) {
      context.error(
          DiagnosticCode.INVALID_VALUE,
          "metadata.description",
          "the description is longer than CloudFormation's 1,024 bytes",
          "shorten the description");
    }
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    Blueprint blueprint = context.blueprint();
    String description = blueprint.metadata().description();
    template.description(
        description.isEmpty()
            ? "Onboarding stack "
                + blueprint.metadata().name()
                + " "
                + blueprint.metadata().version()
            : description);
  }
}
