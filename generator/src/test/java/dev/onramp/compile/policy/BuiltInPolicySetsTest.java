package dev.onramp.compile.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.blueprint.model.PolicySetSpec;
import dev.onramp.blueprint.model.StatementSpec;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BuiltInPolicySetsTest {
  /** Reads of customer content that no built-in set may grant, not even through a wildcard. */
  private static final List<String> DATA_PLANE_READS =
      List.of(
          "s3:GetObject",
          "s3:GetObjectVersion",
          "dynamodb:GetItem",
          "dynamodb:BatchGetItem",
          "dynamodb:Query",
          "dynamodb:Scan",
          "secretsmanager:GetSecretValue",
          "ssm:GetParameter",
          "ssm:GetParameters",
          "ssm:GetParametersByPath",
          "ssm:GetParameterHistory",
          "kms:Decrypt",
          "sqs:ReceiveMessage",
          "logs:GetLogEvents",
          "logs:FilterLogEvents");

  private static final Set<String> EXPECTED =
      Set.of(
          "billing-read",
          "configuration-secrets-read",
          "identity-center-read",
          "organizations-read",
          "read-only",
          "resource-tags-read",
          "security-audit",
          "tag-write-back");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** IAM's limit for one managed policy, whitespace not counted. */
  private static final int MANAGED_POLICY_LIMIT = 6144;

  @Test
  void everySetInTheIndexLoadsSortedByName() {
    Map<String, PolicySetSpec> all = BuiltInPolicySets.all();

    assertThat(all.keySet()).containsExactlyElementsOf(EXPECTED.stream().sorted().toList());
    assertThat(BuiltInPolicySets.names()).containsExactlyElementsOf(all.keySet());
    all.forEach(
        (name, set) -> {
          assertThat(set.name()).isEqualTo(name);
          assertThat(set.description()).as(name).isNotBlank();
          assertThat(set.statements()).as(name).isNotEmpty();
        });
    assertThat(BuiltInPolicySets.all()).isSameAs(all);
  }

  @Test
  void theSetsCannotBeChanged() {
    Map<String, PolicySetSpec> all = BuiltInPolicySets.all();

    assertThatThrownBy(() -> all.remove("read-only"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BuiltInPolicySets.names().add("anything"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readOnlySetsGrantNoServiceWideWildcard() {
    for (PolicySetSpec set : BuiltInPolicySets.all().values()) {
      if (!set.readOnly()) {
        continue;
      }
      for (String action : actions(set)) {
        assertThat(action).as(set.name()).isNotEqualTo("*").doesNotEndWith(":*");
      }
    }
  }

  @Test
  void everyNonTaggingSetClaimsToBeReadOnly() {
    BuiltInPolicySets.all()
        .forEach(
            (name, set) ->
                assertThat(set.readOnly()).as(name).isEqualTo(!name.equals("tag-write-back")));
  }

  @Test
  void noSetGrantsReadsOfCustomerData() {
    for (PolicySetSpec set : BuiltInPolicySets.all().values()) {
      for (String granted : actions(set)) {
        Pattern pattern = glob(granted);
        for (String forbidden : DATA_PLANE_READS) {
          assertThat(pattern.matcher(forbidden.toLowerCase(Locale.ROOT)).matches())
              .as("%s: %s grants %s", set.name(), granted, forbidden)
              .isFalse();
        }
      }
    }
  }

  @Test
  void statementsAreNamedAllowsOnEveryResource() {
    for (PolicySetSpec set : BuiltInPolicySets.all().values()) {
      Set<String> sids = new HashSet<>();
      for (StatementSpec statement : set.statements()) {
        String where = set.name() + " " + statement.sid();
        assertThat(statement.sid()).as(where).matches("[A-Za-z0-9]+");
        assertThat(sids.add(statement.sid())).as(where + " is unique").isTrue();
        assertThat(statement.effect()).as(where).isEqualTo(StatementSpec.Effect.ALLOW);
        if (statement.action().equals(List.of("apigateway:GET"))) {
          // API Gateway's reads are one action: its resources say which (ApiGatewayRead).
          assertThat(statement.resource())
              .as(where)
              .allMatch(r -> r.startsWith("arn:${AWS::Partition}:apigateway:*::/"));
        } else {
          assertThat(statement.resource()).as(where).containsExactly("*");
        }
        assertThat(statement.notAction()).as(where).isEmpty();
        assertThat(statement.notResource()).as(where).isEmpty();
        assertThat(statement.action()).as(where).isNotEmpty().doesNotHaveDuplicates();
        for (String action : statement.action()) {
          assertThat(action).as(where).matches("[a-z0-9-]+:[A-Za-z0-9*?]+");
        }
      }
    }
  }

  @Test
  void tagWriteBackOnlyWritesTheVendorsTagKeys() {
    PolicySetSpec set = BuiltInPolicySets.all().get("tag-write-back");

    for (StatementSpec statement : set.statements()) {
      assertThat(statement.condition())
          .as(statement.sid())
          .containsEntry("ForAllValues:StringLike", Map.of("aws:TagKeys", List.of("onramp:*")))
          .containsEntry("Null", Map.of("aws:TagKeys", "false"));
    }
    // Only actions whose requests carry aws:TagKeys (TagWriteBackOracleIT proves each one): not
    // the Tagging API, and not PutBucketTagging, which replaces a bucket's whole tag set.
    assertThat(actions(set))
        .contains("ec2:CreateTags", "s3:TagResource", "s3:UntagResource")
        .doesNotContain("tag:TagResources", "tag:UntagResources", "s3:PutBucketTagging");
  }

  @Test
  void everySetFitsOneManagedPolicyButReadOnlyTwo() throws JsonProcessingException {
    for (PolicySetSpec set : BuiltInPolicySets.all().values()) {
      int limit = set.name().equals("read-only") ? 2 * MANAGED_POLICY_LIMIT : MANAGED_POLICY_LIMIT;
      assertThat(policySize(set)).as(set.name()).isLessThan(limit);
    }
    // read-only's narrower prefixes, which leave out the configuration secrets, take two managed
    // policies (PolicySplitter); leaves room for what a role adds of its own.
    assertThat(policySize(BuiltInPolicySets.all().get("read-only"))).isLessThan(10_000);
  }

  @Test
  void aSetThatDoesNotLoadIsReportedWithItsFile() {
    ClassLoader broken =
        loaderOf(
            Map.of(
                "index.txt", "read-only\n",
                "read-only.yaml", "name: read-only\nstatements:\n  - sid: A\n    efect: Allow\n"));

    assertThatThrownBy(() -> BuiltInPolicySets.load(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev/onramp/policy-sets/read-only.yaml")
        .hasMessageContaining("efect");
  }

  @Test
  void aMissingSetFileIsReportedWithItsName() {
    ClassLoader missing = loaderOf(Map.of("index.txt", "no-such-set\n"));

    assertThatThrownBy(() -> BuiltInPolicySets.load(missing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev/onramp/policy-sets/no-such-set.yaml");
  }

  @Test
  void aSetNamedDifferentlyFromItsFileIsRejected() {
    ClassLoader misnamed =
        loaderOf(
            Map.of(
                "index.txt",
                "read-only\n",
                "read-only.yaml",
                "name: other\nstatements:\n  - action: ec2:DescribeInstances\n    resource: '*'\n"));

    assertThatThrownBy(() -> BuiltInPolicySets.load(misnamed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("read-only.yaml")
        .hasMessageContaining("'other'");
  }

  private static List<String> actions(PolicySetSpec set) {
    List<String> actions = new ArrayList<>();
    set.statements().forEach(statement -> actions.addAll(statement.action()));
    return actions;
  }

  /** IAM's matching of an action pattern: case-insensitive, '*' any run, '?' one character. */
  private static Pattern glob(String action) {
    StringBuilder regex = new StringBuilder();
    for (char c : action.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** Size of the set as one policy document, whitespace not counted, as IAM measures it. */
  private static int policySize(PolicySetSpec set) throws JsonProcessingException {
    String text = JSON.writeValueAsString(policyDocument(set));
    return text.replaceAll("\\s", "").length();
  }

  /** The set as one IAM policy document. */
  static Map<String, Object> policyDocument(PolicySetSpec set) {
    List<Map<String, Object>> statements = new ArrayList<>();
    for (StatementSpec statement : set.statements()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("Sid", statement.sid());
      json.put("Effect", statement.effect().label());
      json.put("Action", statement.action());
      List<Object> resources =
          statement.resource().stream()
              .map(r -> r.contains("${") ? (Object) Map.of("Fn::Sub", r) : r)
              .toList();
      json.put("Resource", resources.size() == 1 ? resources.get(0) : resources);
      if (!statement.condition().isEmpty()) {
        json.put("Condition", statement.condition());
      }
      statements.add(json);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("Version", "2012-10-17");
    document.put("Statement", statements);
    return document;
  }

  private static ClassLoader loaderOf(Map<String, String> files) {
    return new ClassLoader(null) {
      @Override
      public InputStream getResourceAsStream(String name) {
        String prefix = BuiltInPolicySets.FOLDER;
        String text = name.startsWith(prefix) ? files.get(name.substring(prefix.length())) : null;
        return text == null
            ? null
            : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
      }
    };
  }
}
