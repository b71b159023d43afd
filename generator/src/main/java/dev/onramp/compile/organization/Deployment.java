package dev.onramp.compile.organization;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.NotifySpec;
import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.compile.callback.SnsTopicArn;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import java.util.List;
import java.util.Optional;

/**
 * Where the member stacks go and which of them registers the account with the vendor.
 *
 * @param regions the regions of the stack instances: the organization's, else the region of the
 *     member's single-region topic, else this stack's region
 * @param registrationRegion the region whose member stack registers the account: the region of a
 *     single-region topic (the only one where its custom resource can work), else the first
 * @param topic the member's callback topic when it exists in one region only
 */
record Deployment(List<Object> regions, Object registrationRegion, Optional<SnsTopicArn> topic) {

  static Deployment of(OrganizationSpec organization, Member member) {
    Optional<SnsTopicArn> topic = singleRegionTopic(member);
    // A member that registers through a topic in one region is deployed there by default.
    List<Object> regions =
        !organization.regions().isEmpty()
            ? List.copyOf(organization.regions())
            : topic
                .<List<Object>>map(arn -> List.of(arn.region()))
                .orElse(List.of(Fn.ref("AWS::Region")));
    return new Deployment(
        regions, topic.<Object>map(SnsTopicArn::region).orElse(regions.get(0)), topic);
  }

  /** The member's callback topic when it exists in one region only. */
  static Optional<SnsTopicArn> singleRegionTopic(Member member) {
    return Optional.ofNullable(member.blueprint().model().callback())
        .flatMap(notify -> SnsTopicArn.parse(notify.topicArn()))
        .filter(topic -> !topic.perRegion());
  }

  /**
   * Reports a fan-out that could register no account: a member whose callback topic is in one
   * region registers only from a stack in that region (CloudFormation publishes only to a topic in
   * the stack's own region), so the fan-out must reach it; and no member stack can publish to a
   * topic in another partition.
   */
  static void checkRegistrationReachable(
      OrganizationSpec organization, Member member, SourceMap source, Diagnostics diagnostics) {
    NotifySpec notify = member.blueprint().model().callback();
    Optional<Partition> partition =
        notify == null
            ? Optional.empty()
            : SnsTopicArn.parse(notify.topicArn()).flatMap(arn -> Partition.ofId(arn.partition()));
    for (int i = 0; i < organization.regions().size(); i++) {
      String region = organization.regions().get(i);
      if (partition.isPresent() && Partition.ofRegion(region) != partition.get()) {
        diagnostics.error(
            DiagnosticCode.WRONG_PARTITION,
            source.at("organization.regions[" + i + "]"),
            "region "
                + region
                + " is not in partition "
                + partition.get().id()
                + " of the member's callback topic, which its stacks could not publish to",
            "deploy the member to regions of " + partition.get().id() + " only");
        return;
      }
    }
    Optional<SnsTopicArn> topic = singleRegionTopic(member);
    if (topic.isPresent()
        && !organization.regions().isEmpty()
        && !organization.regions().contains(topic.get().region())) {
      diagnostics.error(
          DiagnosticCode.INVALID_ORGANIZATION,
          source.at("organization.regions"),
          "the member registers with the vendor through an SNS topic in "
              + topic.get().region()
              + ", which CloudFormation reaches only from a stack in that region, and the"
              + " StackSet deploys to "
              + String.join(", ", organization.regions())
              + ", so no account would be registered",
          "add "
              + topic.get().region()
              + " to organization.regions, or give the member a topic in every region"
              + " (arn:...:sns:{region}:...)");
    }
  }
}
