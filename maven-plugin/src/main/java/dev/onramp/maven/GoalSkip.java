package dev.onramp.maven;

import java.util.Optional;

/**
 * Whether a goal runs: {@code cfn.skip} skips every cfn goal of a build, {@code cfn.<goal>.skip}
 * (such as {@code cfn.validate.skip}) only its own.
 *
 * @param goal the goal's name, such as {@code validate}
 * @param everyGoal the value of {@code cfn.skip}
 * @param thisGoal the value of the goal's own skip property
 */
record GoalSkip(String goal, boolean everyGoal, boolean thisGoal) {

  /** The property of {@link #thisGoal}: {@code cfn.validate.skip}. */
  String property() {
    return "cfn." + goal + ".skip";
  }

  /** The property that skips the goal, {@code cfn.skip} first; empty when the goal runs. */
  Optional<String> skippedBy() {
    if (everyGoal) {
      return Optional.of("cfn.skip");
    }
    return thisGoal ? Optional.of(property()) : Optional.empty();
  }
}
