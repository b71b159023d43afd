package dev.onramp.check;

import static dev.onramp.check.CheckFixtures.document;
import static dev.onramp.check.CheckFixtures.map;
import static dev.onramp.check.CheckFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
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
    return withRawRole(readOnly, action, List.of());
  }

  private static CompiledTemplate withRawRole(
      boolean readOnly, String action, List<Object> managedPolicyArns) {
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
                    document(map("Effect", "Allow", "Action", action, "Resource", "*")))),
            "ManagedPolicyArns",
            managedPolicyArns);
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

  @Test
  void theAwsManagedPoliciesItAttachesAreHeldToTheClaimByTheirDocuments() {
    List<Diagnostic> findings =
        check.check(
            withRawRole(
                true,
                "s3:GetObject",
                List.of(
                    Fn.sub("arn:${AWS::Partition}:iam::aws:policy/AWSBillingReadOnlyAccess"),
                    Fn.ifThen(
                        "Wide",
                        Fn.sub("arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess"),
                        Fn.ref("AWS::NoValue")),
                    "arn:aws:iam::111122223333:policy/Unknown")));

    // AWSBillingReadOnlyAccess reads only; PowerUserAccess, attached in one branch, does not; a
    // policy whose document is not known is left to the policy review.
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message())
        .startsWith(
            "read-only raw resource ForwarderRole attaches AWS managed policy PowerUserAccess (v")
        .containsPattern("which allows \\d+ actions beyond List and Read: ")
        .endsWith("more");
    assertThat(findings.get(0).hint())
        .isEqualTo(
            "attach a policy that grants only List and Read actions instead of PowerUserAccess,"
                + " or drop readOnly: true from the resource if it is meant to change things");
    assertThat(
            check.check(
                withRawRole(
                    false, "s3:GetObject", List.of("arn:aws:iam::aws:policy/AdministratorAccess"))))
        .isEmpty();
  }
}
