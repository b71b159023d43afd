package dev.onramp.compile.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.PolicySetSpec;
import dev.onramp.blueprint.model.StatementSpec;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.ConfigurationSecrets;
import dev.onramp.iam.Wildcards;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, finding 1: the default read-only set reads no configuration that often holds secrets;
 * the opt-in set configuration-secrets-read grants what it left out, and only such reads.
 */
class ConfigurationSecretsSetsTest {
  private static final ActionCatalog CATALOG = ActionCatalog.bundled();
  private static final ConfigurationSecrets SECRETS = ConfigurationSecrets.bundled();

  /** The reads the issue names, which read-only granted before. */
  private static final List<String> NAMED_IN_THE_ISSUE =
      List.of(
          "lambda:GetFunctionConfiguration",
          "lambda:ListFunctions",
          "lambda:ListVersionsByFunction",
          "ecs:DescribeTaskDefinition",
          "ec2:DescribeInstanceAttribute",
          "ec2:DescribeLaunchTemplateVersions",
          "autoscaling:DescribeLaunchConfigurations",
          "cloudformation:DescribeStacks",
          "elasticmapreduce:DescribeCluster",
          "elasticmapreduce:ListInstanceGroups");

  @Test
  void readOnlyAllowsNoReadOfConfigurationSecretsEvenThroughAWildcard() {
    List<String> found = new ArrayList<>();
    for (StatementSpec statement : set("read-only").statements()) {
      for (String action : expanded(statement)) {
        SECRETS
            .of(action)
            .filter(read -> read.revealedOn(statement.resource()))
            .ifPresent(read -> found.add(statement.sid() + ": " + action));
      }
    }

    assertThat(found).isEmpty();
  }

  @Test
  void theReadsTheIssueNamesAreInTheOptInSetOnly() {
    Set<String> readOnly = actions(set("read-only"));
    Set<String> optIn = actions(set("configuration-secrets-read"));

    for (String action : NAMED_IN_THE_ISSUE) {
      assertThat(readOnly).as(action).doesNotContain(action);
      assertThat(optIn).as(action).contains(action);
      assertThat(SECRETS.of(action)).as(action).isPresent();
    }
  }

  @Test
  void theOptInSetGrantsOnlyMarkedReadsAndSaysWhatTheyReveal() {
    PolicySetSpec set = set("configuration-secrets-read");

    assertThat(set.readOnly()).isTrue();
    assertThat(set.description())
        .contains("environment variables", "user data", "API key values", "parameters")
        .contains("passwords, tokens and keys");
    for (StatementSpec statement : set.statements()) {
      for (String action : expanded(statement)) {
        assertThat(SECRETS.of(action).filter(read -> read.revealedOn(statement.resource())))
            .as(statement.sid() + ": " + action)
            .isPresent();
      }
    }
  }

  @Test
  void readOnlyReadsApiGatewayButNoKeyValue() {
    List<String> resources =
        set("read-only").statements().stream()
            .filter(statement -> statement.action().contains("apigateway:GET"))
            .flatMap(statement -> statement.resource().stream())
            .map(resource -> resource.replace("${AWS::Partition}", "aws"))
            .toList();
    List<String> optIn =
        set("configuration-secrets-read").statements().stream()
            .filter(statement -> statement.action().contains("apigateway:GET"))
            .flatMap(statement -> statement.resource().stream())
            .map(resource -> resource.replace("${AWS::Partition}", "aws"))
            .toList();

    for (String path :
        List.of(
            "/restapis",
            "/restapis/a1b2c3d4e5/stages/prod",
            "/apis/a1b2c3d/routes",
            "/domainnames/api.example.com",
            "/usageplans",
            "/vpclinks/abc123",
            "/tags/arn%3Aaws%3Aapigateway%3Aus-east-1%3A%3A%2Frestapis%2Fa1b2c3d4e5")) {
      assertThat(allows(resources, path)).as(path).isTrue();
    }
    // GetApiKeys and GetApiKey (with includeValue), GetUsagePlanKeys and GetUsagePlanKey.
    for (String path :
        List.of(
            "/apikeys", "/apikeys/k1x2y3", "/usageplans/p1q2r3/keys", "/usageplans/p1/keys/k1")) {
      assertThat(allows(resources, path)).as(path).isFalse();
      assertThat(allows(optIn, path)).as(path).isTrue();
    }
  }

  @Test
  void everyMarkedActionIsOneTheBundledCatalogKnows() {
    assertThat(SECRETS.all()).hasSizeGreaterThan(40);
    for (ConfigurationSecrets.SecretRead read : SECRETS.all()) {
      assertThat(CATALOG.canonicalName(read.action())).as(read.action()).contains(read.action());
      assertThat(read.reveals()).as(read.action()).isNotBlank();
    }
  }

  private static boolean allows(List<String> resources, String path) {
    String arn = "arn:aws:apigateway:eu-west-1::" + path;
    return resources.stream().anyMatch(resource -> Wildcards.matches(resource, arn));
  }

  private static PolicySetSpec set(String name) {
    return BuiltInPolicySets.all().get(name);
  }

  private static Set<String> actions(PolicySetSpec set) {
    Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.statements().forEach(statement -> all.addAll(expanded(statement)));
    return all;
  }

  private static List<String> expanded(StatementSpec statement) {
    List<String> actions = new ArrayList<>();
    statement.action().forEach(pattern -> actions.addAll(CATALOG.expand(pattern)));
    return actions;
  }
}
