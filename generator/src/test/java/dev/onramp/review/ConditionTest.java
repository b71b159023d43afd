package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Fn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {
  @Test
  void canonicalSpellingOfOperatorsKeysAndValues() {
    ConditionSet set =
        ConditionSet.of(
            Map.of(
                "stringequals", Map.of("STS:ExternalId", new Fn.Ref("ExternalId")),
                "forallvalues:stringlikeifexists", Map.of("aws:TagKeys", List.of("b", "a", "b")),
                "Bool", Map.of("aws:SecureTransport", false)));
    assertThat(set)
        .hasToString(
            "Bool aws:securetransport=false and ForAllValues:StringLikeIfExists aws:tagkeys=[a, b]"
                + " and StringEquals sts:externalid=${ExternalId}");
    assertThat(set.tests("sts:externalid")).isTrue();
    assertThat(Condition.canonicalOperator("MyOwnOperator")).isEqualTo("MyOwnOperator");
  }

  @Test
  void fewerValuesAreNarrowerExceptUnderANegatedOperator() {
    Condition one = Condition.of("StringEquals", "k", List.of("a"));
    Condition two = Condition.of("StringEquals", "k", List.of("a", "b"));
    assertThat(one.isNarrowerOrEqual(two)).isTrue();
    assertThat(two.isNarrowerOrEqual(one)).isFalse();
    Condition notOne = Condition.of("StringNotEquals", "k", List.of("a"));
    Condition notTwo = Condition.of("StringNotEquals", "k", List.of("a", "b"));
    assertThat(notTwo.isNarrowerOrEqual(notOne)).isTrue();
    assertThat(notOne.isNarrowerOrEqual(notTwo)).isFalse();
    assertThat(one.isNarrowerOrEqual(Condition.of("StringLike", "k", List.of("a")))).isFalse();
  }

  @Test
  void moreTestsLetLessThrough() {
    ConditionSet none = ConditionSet.NONE;
    ConditionSet externalId =
        ConditionSet.of(Map.of("StringEquals", Map.of("sts:ExternalId", "x")));
    ConditionSet both =
        ConditionSet.of(
            Map.of(
                "StringEquals", Map.of("sts:ExternalId", "x"),
                "ArnEquals", Map.of("aws:PrincipalArn", "arn:r")));
    assertThat(none.isImpliedBy(externalId)).isTrue();
    assertThat(externalId.isImpliedBy(none)).isFalse();
    assertThat(externalId.isImpliedBy(both)).isTrue();
    assertThat(both.isImpliedBy(externalId)).isFalse();
  }
}
