package dev.onramp.compile;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ExternalIdSpec;
import dev.onramp.blueprint.model.OutputSpec;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.List;

/**
 * Checks {@code externalId.source: stack-id}: its keys only with it, an output name of its own, and
 * nothing that expects the ExternalId parameter it replaces (an output of it, member stacks that
 * the StackSet would have to hand it to).
 */
final class DerivedExternalIdChecks {
  private final SectionContext context;
  private final Blueprint blueprint;
  private final ExternalIdSpec spec;

  DerivedExternalIdChecks(SectionContext context) {
    this.context = context;
    this.blueprint = context.blueprint();
    this.spec = blueprint.externalId();
  }

  void check() {
    if (!spec.derivedFromStack()) {
      if (spec.prefix() != null) {
        onlyForStackId("prefix");
      }
      if (spec.output() != null) {
        onlyForStackId("output");
      }
      return;
    }
    if (blueprint.organization() != null) {
      context.error(
          DiagnosticCode.INVALID_TRUST,
          "externalId.source",
          "an ExternalId derived from the stack id cannot be shared with the member stacks of an"
              + " organization, whose stacks each have an id of their own",
          "use source: parameter for an organization");
    }
    List<OutputSpec> outputs = blueprint.outputs();
    for (int i = 0; i < outputs.size(); i++) {
      OutputSpec output = outputs.get(i);
      if (output.name().equals(spec.outputName())) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            "outputs[" + i + "].name",
            "output '" + output.name() + "' is the output of the derived ExternalId",
            "rename this output, or set externalId.output to another name");
      }
      if (spec.parameter().equals(output.parameter())) {
        context.error(
            DiagnosticCode.UNDEFINED_REFERENCE,
            "outputs[" + i + "].parameter",
            "there is no ExternalId parameter: the stack derives the ExternalId from its id and"
                + " returns it as output '"
                + spec.outputName()
                + "'",
            "remove this output");
      }
    }
  }

  private void onlyForStackId(String key) {
    context.error(
        DiagnosticCode.INVALID_TRUST,
        "externalId." + key,
        "externalId." + key + " is used only with source: stack-id",
        "add 'source: stack-id', or remove '" + key + "'");
  }
}
