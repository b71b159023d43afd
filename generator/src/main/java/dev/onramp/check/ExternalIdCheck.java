package dev.onramp.check;

import dev.onramp.aws.Arn;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.iam.Statement;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;

/**
 * ONR501: a role that a principal outside this account may assume requires {@code sts:ExternalId}
 * ({@code StringEquals}) in the trust statement. Without it, anyone who can make the vendor assume
 * roles (another of the vendor's customers) can point the vendor at this account: the confused
 * deputy.
 */
final class ExternalIdCheck implements SecurityCheck {
  @Override
  public SecurityCheckCode code() {
    return SecurityCheckCode.EXTERNAL_ID_REQUIRED;
  }

  @Override
  public List<Diagnostic> check(CompiledTemplate template) {
    List<Diagnostic> findings = new ArrayList<>();
    TemplateValues.resourcesOfType(template.template(), "AWS::IAM::Role")
        .forEach((id, resource) -> checkRole(template, id, resource, findings));
    return findings;
  }

  private void checkRole(
      CompiledTemplate template, String id, Template.Resource role, List<Diagnostic> findings) {
    List<Statement> statements = Statement.allOf(role.properties().get("AssumeRolePolicyDocument"));
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if (!statement.isAllow()
          || statement.conditionValue("StringEquals", "sts:ExternalId").isPresent()
          || isOrganizationInternal(statement)) {
        continue;
      }
      List<String> outside = outsidePrincipals(template.template(), statement);
      if (outside.isEmpty()) {
        continue;
      }
      findings.add(
          Findings.onResource(
              code(),
              template,
              id,
              "role "
                  + id
                  + " trusts "
                  + String.join(", ", outside)
                  + " from outside this account without an sts:ExternalId condition ("
                  + statement.name(i)
                  + " of its trust policy): whoever can make that principal assume roles could"
                  + " have it act on this account (the confused deputy)",
              "add Condition: {StringEquals: {sts:ExternalId: !Ref ExternalId}} to the trust"
                  + " statement; if the principal cannot send an ExternalId, waive "
                  + code().id()
                  + " under the blueprint's suppressions: with the reason"));
    }
  }

  /**
   * A statement only principals of this account's own organization can use: {@code
   * aws:PrincipalOrgID} must equal {@code aws:ResourceOrgID}, the organization of the account the
   * role is in (an organization's hub role). An outsider is never in it.
   */
  private static boolean isOrganizationInternal(Statement statement) {
    return statement
        .conditionValue("StringEquals", "aws:PrincipalOrgID")
        .flatMap(TemplateValues::text)
        .filter(value -> value.equals("${aws:ResourceOrgID}"))
        .isPresent();
  }

  /** The AWS principals of a {@code Principal} element that are not this account. */
  private static List<String> outsidePrincipals(Template template, Statement statement) {
    List<String> outside = new ArrayList<>();
    for (Object value : statement.principals("AWS")) {
      if (!isThisAccount(value) && !isRoleOfThisStack(template, value)) {
        outside.add(TemplateValues.describe(value));
      }
    }
    return outside;
  }

  /** An ARN in this account: {@code arn:${AWS::Partition}:iam::${AWS::AccountId}:…}. */
  private static boolean isThisAccountArn(String text) {
    return Arn.parse(text)
        .filter(Arn::partitionIsAnyPartition)
        .filter(arn -> arn.region().isEmpty() && arn.account().equals("${AWS::AccountId}"))
        .isPresent();
  }

  /** {@code !GetAtt Role.Arn} of a role this template creates, in this account by definition. */
  private static boolean isRoleOfThisStack(Template template, Object principal) {
    if (principal instanceof Fn.GetAtt getAtt && getAtt.attribute().equals("Arn")) {
      Template.Resource resource = template.resources().get(getAtt.resource());
      return resource != null && resource.type().equals("AWS::IAM::Role");
    }
    return false;
  }

  private static boolean isThisAccount(Object principal) {
    if (principal instanceof Fn.Ref ref) {
      return ref.name().equals("AWS::AccountId");
    }
    return TemplateValues.text(principal)
        .map(text -> text.equals("${AWS::AccountId}") || isThisAccountArn(text))
        .orElse(false);
  }
}
