package dev.onramp.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Fn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementTest {
  @Test
  void readsEveryStatementOfADocumentBothBranchesOfAnIfIncluded() {
    Map<String, Object> allow = Map.of("Effect", "Allow", "Action", "s3:GetObject");
    Map<String, Object> deny = Map.of("Effect", "Deny", "Action", "s3:*");
    Object document =
        Map.of(
            "Statement",
            List.of(
                allow, new Fn.If("Strict", deny, new Fn.Ref("AWS::NoValue")), "not a statement"));

    List<Statement> statements = Statement.allOf(document);

    assertThat(statements).extracting(Statement::effect).containsExactly(Effect.ALLOW, Effect.DENY);
    assertThat(Statement.allOf(Map.of("Statement", allow))).hasSize(1);
    assertThat(Statement.allOf(null)).isEmpty();
  }

  @Test
  void anEffectOtherThanDenyIsAnAllow() {
    assertThat(Effect.of("deny")).isEqualTo(Effect.DENY);
    assertThat(Effect.of(new Fn.Sub("Deny"))).isEqualTo(Effect.DENY);
    assertThat(Effect.of("Allow")).isEqualTo(Effect.ALLOW);
    assertThat(Effect.of(null)).isEqualTo(Effect.ALLOW);
  }

  @Test
  void aLonePrincipalStarIsEveryAwsPrincipal() {
    Statement anyone = new Statement(Map.of("Principal", "*"));
    Statement services =
        new Statement(
            Map.of("Principal", Map.of("Service", List.of("a.amazonaws.com", "b.amazonaws.com"))));

    assertThat(anyone.principals("AWS")).containsExactly("*");
    assertThat(anyone.principals("Service")).isEmpty();
    assertThat(services.principals("Service"))
        .containsExactly("a.amazonaws.com", "b.amazonaws.com");
  }

  @Test
  void notFormsAreReadInPlaceOfTheirPositiveForms() {
    Statement statement =
        new Statement(
            Map.of(
                "NotAction", "iam:*",
                "NotResource", List.of("arn:aws:s3:::b"),
                "NotPrincipal", Map.of("AWS", "x")));

    assertThat(statement.excludesActions()).isTrue();
    assertThat(statement.actions()).isEqualTo("iam:*");
    assertThat(statement.excludesResources()).isTrue();
    assertThat(statement.resources()).isEqualTo(List.of("arn:aws:s3:::b"));
    assertThat(statement.excludesPrincipals()).isTrue();
    assertThat(statement.principal()).isEqualTo(Map.of("AWS", "x"));
  }

  @Test
  void conditionsAreMatchedWithoutRegardToCase() {
    Statement statement =
        new Statement(
            Map.of(
                "Sid",
                "Trust",
                "Condition",
                Map.of("StringEquals", Map.of("sts:ExternalId", "x"))));

    assertThat(statement.conditionKeys()).containsExactly("sts:externalid");
    assertThat(statement.conditionValue("stringequals", "STS:ExternalId")).contains("x");
    assertThat(statement.conditionValue("StringLike", "sts:ExternalId")).isEmpty();
    assertThat(statement.name(0)).isEqualTo("statement 'Trust'");
    assertThat(new Statement(Map.of()).name(2)).isEqualTo("statement 3");
  }
}
