package dev.onramp.check;

import static dev.onramp.check.CheckFixtures.document;
import static dev.onramp.check.CheckFixtures.map;
import static dev.onramp.check.CheckFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ONR502 on a raw resource that the blueprint declares {@code readOnly: true}. */
class ReadOnlyRawResourceCheckTest {
  private final ReadOnlyPolicySetCheck check = new ReadOnlyPolicySetCheck(ActionCatalog.bundled());

  private static CompiledTemplate withRawRole(boolean readOnly, String action) {
    Template.Resource role =
        resource(
            "AWS::IAM::Role",
            "AssumeRolePolicyDocument",
            document(
                map(
                    "Effect",
                    "Allow",
                    "Principal",
                    map("Service", "lambda.amazonaws.com"),
                    "Action",
                    "sts:AssumeRole")),
            "Policies",
            List.of(
                map(
                    "PolicyName",
                    "own",
                    "PolicyDocument",
                    document(map("Effect", "Allow", "Action", action, "Resource", "*")))));
    Template template =
        new Template(
            "test",
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of("ForwarderRole", role),
            Map.of());
    TemplateFacts facts =
        new TemplateFacts(
            "test",
            "",
            Map.of(),
            List.of(),
            Optional.empty(),
            List.of(),
            "test",
            List.of(
                new TemplateFacts.RawResource("ForwarderRole", "AWS::IAM::Role", true, readOnly)));
    return CompiledTemplate.of("test", CheckFixtures.FILE, template, Map.of(), facts);
  }

  @Test
  void aReadOnlyRawRoleThatWritesIsReported() {
    List<Diagnostic> findings = check.check(withRawRole(true, "s3:PutObject"));

    assertThat(findings)
        .extracting(Diagnostic::message)
        .containsExactly(
            "read-only raw resource ForwarderRole allows s3:PutObject (Write), beyond List and"
                + " Read");
    assertThat(findings.get(0).hint()).contains("drop readOnly: true from the resource");
  }

  @Test
  void itsTrustPolicyAndReadActionsPass() {
    assertThat(check.check(withRawRole(true, "s3:GetObject"))).isEmpty();
  }

  @Test
  void aRawRoleWithoutTheClaimMayWrite() {
    assertThat(check.check(withRawRole(false, "s3:PutObject"))).isEmpty();
  }
}
