package dev.onramp.cli;

/** The commands of the policy review (report, diff), which share one folder for their reports. */
abstract class ReviewCommand extends Command {
  static final Option REVIEW_DIRECTORY =
      Option.value(
              "review-directory",
              "cfn.reviewDirectory",
              "<dir>",
              "Where the inventories (report) and policy-diff.md, .json, .sarif (diff) go.")
          .withDefault("target/cfn-review");

  protected ReviewCommand(String name, String activity, String summary) {
    super(name, activity, summary);
  }
}
