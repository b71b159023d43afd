package dev.onramp.compile.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.BlueprintReader;
import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.section.MemberTemplates;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A small blueprint with two switch parameters, and the template pieces the tests build on. */
final class Fixtures {
  static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: acme
      vendor:
        accountId: "111122223333"
        principal: account-root
      parameters:
        - name: Connect
          allowedValues: ["Yes", "No"]
          default: "Yes"
        - name: Audit
          type: Boolean
          default: "false"
      roles:
        - id: AcmeRole
      """;

  static final Switch CONNECT = new Switch("Connect", "Yes", null);
  static final Switch AUDIT = new Switch("Audit", "true", null);

  private Fixtures() {}

  static SectionContext context(Diagnostics diagnostics) {
    BlueprintReader.Result read =
        BlueprintReader.read("acme.yaml", BLUEPRINT.getBytes(StandardCharsets.UTF_8));
    assertThat(read.problems()).isEmpty();
    return new SectionContext(read.blueprint().orElseThrow(), MemberTemplates.NONE, diagnostics);
  }

  static TemplateBuilder template(SectionContext context) {
    return new TemplateBuilder(context.blueprint());
  }

  static Template.Resource role() {
    return Template.Resource.of("AWS::IAM::Role", Map.of("MaxSessionDuration", 3600));
  }

  static Template.Resource policyOf(String role) {
    return Template.Resource.of(
        "AWS::IAM::ManagedPolicy",
        Map.of("PolicyDocument", Map.of(), "Roles", List.of(Fn.ref(role))));
  }
}
