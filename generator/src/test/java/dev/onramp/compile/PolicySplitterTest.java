package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.compile.policy.PolicySize;
import dev.onramp.compile.policy.PolicySplitter;
import dev.onramp.template.Fn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicySplitterTest {

  @Test
  void smallPolicyStaysWhole() throws Exception {
    List<Map<String, Object>> documents =
        PolicySplitter.split(
            List.of(statement("Read", actions(5), "*")), PolicySize.MANAGED_POLICY_LIMIT);
    assertThat(documents).hasSize(1);
  }

  @Test
  void largeStatementIsCutBetweenActionsAndEveryPartFits() throws Exception {
    List<String> all = actions(600);
    List<Map<String, Object>> documents =
        PolicySplitter.split(List.of(statement("Read", all, "*")), PolicySize.MANAGED_POLICY_LIMIT);
    assertThat(documents).hasSizeGreaterThan(1);
    List<Object> kept = new ArrayList<>();
    List<Object> sids = new ArrayList<>();
    for (Map<String, Object> document : documents) {
      assertThat(PolicySize.of(document)).isLessThanOrEqualTo(PolicySize.MANAGED_POLICY_LIMIT);
      for (Object statement : (List<?>) document.get("Statement")) {
        Map<?, ?> map = (Map<?, ?>) statement;
        sids.add(map.get("Sid"));
        Object action = map.get("Action");
        if (action instanceof List<?> list) {
          kept.addAll(list);
        } else {
          kept.add(action);
        }
      }
    }
    assertThat(kept).as("every action kept, in order").containsExactlyElementsOf(all);
    assertThat(sids).doesNotHaveDuplicates();
  }

  @Test
  void sizeCountsTheLongestPartition() {
    Map<String, Object> document =
        PolicySplitter.document(
            List.of(
                statement("S", List.of("s3:GetObject"), Fn.sub("arn:${AWS::Partition}:s3:::b"))));
    // "aws-us-gov" is 10 characters, the longest partition name.
    assertThat(PolicySize.of(document))
        .isEqualTo(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"S\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],\"Resource\":\"arn:aws-us-gov:s3:::b\"}]}"
                .length());
  }

  @Test
  void statementThatCannotFitIsRefused() {
    List<Object> resources = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      resources.add("arn:aws:s3:::bucket-with-a-long-name-" + i);
    }
    Map<String, Object> statement = statement("Huge", List.of("s3:GetObject"), resources);
    assertThatThrownBy(
            () -> PolicySplitter.split(List.of(statement), PolicySize.MANAGED_POLICY_LIMIT))
        .isInstanceOf(PolicySplitter.StatementTooLarge.class);
  }

  private static List<String> actions(int count) {
    List<String> actions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      actions.add("ec2:DescribeSomething" + i);
    }
    return actions;
  }

  private static Map<String, Object> statement(String sid, List<String> actions, Object resource) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", sid);
    statement.put("Effect", "Allow");
    statement.put("Action", actions);
    statement.put("Resource", resource);
    return statement;
  }
}
