package dev.onramp.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Template;
import dev.onramp.template.TemplateReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents each resource type carries, for the checks on raw resources and the guide:
 * documents written as JSON text are given as maps, users' and groups' inline policies like a
 * role's, and statements written as properties as one-statement documents.
 */
class PolicyDocumentsTest {
  private static List<PolicyDocuments.Document> documents(String resource) {
    Template template = TemplateReader.read("Resources:\n  R:\n" + resource);
    return PolicyDocuments.of(template.resources().get("R"));
  }

  @Test
  void aDocumentWrittenAsJsonTextIsGivenAsItsMap() {
    List<PolicyDocuments.Document> documents =
        documents(
            """
                Type: AWS::Logs::ResourcePolicy
                Properties:
                  PolicyName: p
                  PolicyDocument: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"logs:PutLogEvents"}]}'
            """);

    assertThat(documents)
        .singleElement()
        .extracting(PolicyDocuments.Document::property)
        .isEqualTo("PolicyDocument");
    assertThat(Statement.allOf(documents.get(0).document()))
        .singleElement()
        .satisfies(
            statement -> {
              assertThat(statement.isAllow()).isTrue();
              assertThat(statement.actions()).isEqualTo("logs:PutLogEvents");
              assertThat(statement.principal()).isEqualTo("*");
            });
  }

  @Test
  void aUsersInlinePoliciesAndAnEventBusStatementAreDocuments() {
    assertThat(
            documents(
                """
                    Type: AWS::IAM::User
                    Properties:
                      Policies:
                        - PolicyName: a
                          PolicyDocument: {Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]}
                """))
        .extracting(PolicyDocuments.Document::property, PolicyDocuments.Document::trust)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Policies[0].PolicyDocument", false));
    assertThat(
            Statement.allOf(
                documents(
                        """
                            Type: AWS::Events::EventBusPolicy
                            Properties:
                              StatementId: s
                              Action: events:PutEvents
                              Principal: '111122223333'
                        """)
                    .get(0)
                    .document()))
        .singleElement()
        .satisfies(
            statement -> assertThat(statement.principals("AWS")).containsExactly("111122223333"));
  }

  @Test
  void everyTypeWithADocumentGrantsAccess() {
    assertThat(PolicyDocuments.IAM_BEARING)
        .contains(
            "AWS::IAM::User",
            "AWS::IAM::Group",
            "AWS::SecretsManager::ResourcePolicy",
            "AWS::Serverless::Function",
            "AWS::Events::EventBusPolicy")
        .allSatisfy(type -> assertThat(PolicyDocuments.grantsAccess(type)).isTrue());
    assertThat(PolicyDocuments.grantsAccess("AWS::SNS::Topic")).isFalse();
  }
}
