package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.review.IamRequestOracle.ActionKeys;
import dev.onramp.review.IamRequestOracle.Resource;
import dev.onramp.template.JsonTemplateWriter;
import dev.onramp.template.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the {@code tag-write-back} set request by request with an evaluator that is not Onramp's
 * ({@link IamRequestOracle}: iam-simulate, and iam-data for the condition keys each action's
 * requests carry). For every action the compiled policy grants, on every resource type the action
 * takes, a request is built as AWS sends it (only the keys the catalog lists for the action and
 * type) and must be allowed with only the vendor's tag keys, and denied with another key, with
 * mixed keys and with no keys. Buckets are tagged key by key; the call that replaces a bucket's
 * whole tag set is denied. Needs Node and npm: it fails without them, it does not skip.
 */
class TagWriteBackOracleIT {
  private static final String ROLE = "Tagger";
  private static final String POLICY = ROLE + "TagWriteBackPolicy";
  private static final String BUCKET = "arn:aws:s3:::customer-bucket";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static IamRequestOracle oracle;

  @BeforeAll
  static void start() throws IOException {
    oracle = IamRequestOracle.start();
  }

  @AfterAll
  static void stop() {
    if (oracle != null) {
      oracle.close();
    }
  }

  @Test
  void everyGrantedActionCarriesTheTagKeysOnEveryResourceItTakes() throws Exception {
    for (String action : actions(policy(null))) {
      ActionKeys keys = oracle.keys(action);
      assertThat(keys.exists()).as("%s is in the catalog", action).isTrue();
      for (Resource resource : keys.resources()) {
        assertThat(keys.carries(resource, "aws:TagKeys"))
            .as(
                "%s on %s carries aws:TagKeys, so the prefix guard can limit it (catalog keys: %s %s)",
                action, resource.type(), keys.keys(), resource.keys())
            .isTrue();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> eachGrantedActionWritesOnlyTheVendorsKeys() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (String prefix : List.of("onramp:", "nimbus:")) {
      Object policy = policy(prefix.equals("onramp:") ? null : prefix);
      for (String action : actions(policy)) {
        tests.add(
            DynamicTest.dynamicTest(prefix + " " + action, () -> check(policy, prefix, action)));
      }
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(2 * 36);
    return tests.stream();
  }

  private static void check(Object policy, String prefix, String action) throws IOException {
    ActionKeys keys = oracle.keys(action);
    String other = prefix.equals("onramp:") ? "nimbus:owner" : "onramp:owner";
    for (Resource resource : keys.resources()) {
      String where = action + " on " + resource.arn();
      assertThat(decide(policy, keys, action, resource, List.of(prefix + "owner", prefix + "team")))
          .as("%s with only the vendor's keys", where)
          .isEqualTo("Allowed");
      for (List<String> tagKeys :
          List.of(
              List.of("Owner"),
              List.of(other),
              List.of(prefix.toUpperCase(java.util.Locale.ROOT) + "owner"),
              List.of(prefix + "owner", "CostCenter"),
              List.<String>of())) {
        assertThat(decide(policy, keys, action, resource, tagKeys))
            .as("%s with keys %s", where, tagKeys)
            .isNotEqualTo("Allowed");
      }
    }
  }

  @Test
  void bucketsAreTaggedKeyByKeyAndTheirWholeTagSetIsNeverReplaced() throws Exception {
    Object policy = policy(null);
    for (String action : List.of("s3:TagResource", "s3:UntagResource")) {
      ActionKeys keys = oracle.keys(action);
      Resource bucket = bucket(keys);
      assertThat(decide(policy, keys, action, bucket, List.of("onramp:owner")))
          .as("%s on a bucket with the vendor's key", action)
          .isEqualTo("Allowed");
      assertThat(decide(policy, keys, action, bucket, List.of("onramp:owner", "CostCenter")))
          .as("%s on a bucket with the customer's key too", action)
          .isNotEqualTo("Allowed");
    }
    // PutBucketTagging (whose permission DeleteBucketTagging also needs) sends the bucket's whole
    // new tag set and carries no tag keys: even a set of the vendor's keys alone would remove
    // every tag of the customer's.
    ActionKeys replace = oracle.keys("s3:PutBucketTagging");
    assertThat(replace.exists()).isTrue();
    for (List<String> tagKeys :
        List.of(
            List.of("onramp:owner"), List.of("onramp:owner", "CostCenter"), List.<String>of())) {
      assertThat(decide(policy, replace, "s3:PutBucketTagging", bucket(replace), tagKeys))
          .as("s3:PutBucketTagging (replaces the whole tag set) with keys %s", tagKeys)
          .isNotEqualTo("Allowed");
    }
    // Not granted at all, so denied even if S3 began to send the keys: the vendor's keys alone
    // would still replace the customer's.
    assertThat(
            oracle.decide(
                policy,
                "s3:PutBucketTagging",
                BUCKET,
                Map.of("aws:TagKeys", List.of("onramp:owner"), "aws:RequestTag/onramp:owner", "x")))
        .as("s3:PutBucketTagging with only the vendor's keys in the context")
        .isNotEqualTo("Allowed");
  }

  /**
   * Why the set leaves out the Resource Groups Tagging API: its requests carry no tag keys, so
   * under the prefix guard it is always denied, and without the guard the policy allows it whatever
   * the keys; only the service's own tagging permission, which AWS checks in a second request the
   * policy cannot show, would bound it. Each service's own action does the same work, guarded.
   */
  @Test
  void theTaggingApiCannotBeLimitedToThePrefixSoItIsNotGranted() throws Exception {
    Map<String, Object> guard =
        Map.of(
            "ForAllValues:StringLike", Map.of("aws:TagKeys", List.of("onramp:*")),
            "Null", Map.of("aws:TagKeys", "false"));
    for (String action : List.of("tag:TagResources", "tag:UntagResources")) {
      assertThat(actions(policy(null))).doesNotContain(action);
      ActionKeys keys = oracle.keys(action);
      Resource any = keys.resources().get(0);
      assertThat(keys.carries(any, "aws:TagKeys")).as(action).isFalse();
      assertThat(decide(allow(action, guard), keys, action, any, List.of("onramp:owner")))
          .as("%s under the prefix guard, with the vendor's key: never usable", action)
          .isNotEqualTo("Allowed");
      assertThat(decide(allow(action, Map.of()), keys, action, any, List.of("Owner")))
          .as("%s without the guard, with the customer's key: not limited by the policy", action)
          .isEqualTo("Allowed");
    }
  }

  /** A request as AWS sends it: only the tag keys the catalog lists for the action and type. */
  private static String decide(
      Object policy, ActionKeys keys, String action, Resource resource, List<String> tagKeys)
      throws IOException {
    Map<String, Object> context = new LinkedHashMap<>();
    if (!tagKeys.isEmpty() && keys.carries(resource, "aws:TagKeys")) {
      context.put("aws:TagKeys", tagKeys);
    }
    if (keys.carries(resource, "aws:RequestTag/${TagKey}")) {
      tagKeys.forEach(key -> context.put("aws:RequestTag/" + key, "value"));
    }
    return oracle.decide(policy, action, resource.arn(), context);
  }

  private static Resource bucket(ActionKeys keys) {
    Resource type =
        keys.resources().stream()
            .filter(r -> r.type().equals("bucket"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no bucket resource type in " + keys));
    return new Resource(type.type(), BUCKET, type.keys());
  }

  private static Map<String, Object> allow(String action, Map<String, Object> condition) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Effect", "Allow");
    statement.put("Action", action);
    statement.put("Resource", "*");
    if (!condition.isEmpty()) {
      statement.put("Condition", condition);
    }
    return Map.of("Version", "2012-10-17", "Statement", List.of(statement));
  }

  /** The policy document Onramp compiles for tag-write-back, with the default or a given prefix. */
  private static Object policy(String keyPrefix) throws Exception {
    String set =
        keyPrefix == null
            ? "tag-write-back"
            : "{set: tag-write-back, keyPrefix: \"" + keyPrefix + "\"}";
    String yaml =
        """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata: {name: acme}
        vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
        roles:
          - id: %s
            policySets: [%s]
        """
            .formatted(ROLE, set);
    Template template =
        new Generator()
            .compileAll(
                List.of(new BlueprintSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8))),
                Optional.empty())
            .templates()
            .get(0)
            .template();
    Template.Resource resource = template.resources().get(POLICY);
    assertThat(resource).as("the set's policy %s", POLICY).isNotNull();
    return JSON.readValue(
        JsonTemplateWriter.compact(resource.properties().get("PolicyDocument")), Object.class);
  }

  private static List<String> actions(Object policy) {
    TreeSet<String> actions = new TreeSet<>();
    for (Object statement : (List<?>) ((Map<?, ?>) policy).get("Statement")) {
      Object action = ((Map<?, ?>) statement).get("Action");
      if (action instanceof List<?> list) {
        list.forEach(a -> actions.add((String) a));
      } else {
        actions.add((String) action);
      }
    }
    return List.copyOf(actions);
  }
}
