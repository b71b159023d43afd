package com.postura.onboarding.organization;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link CombinedSecurityPostureOrg} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class CombinedSecurityPostureOrgApp {
  private CombinedSecurityPostureOrgApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "combined-security-posture-org",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Postura secures every account of the organization from this management account.")
                .build());
    CombinedSecurityPostureOrgProps.Builder props = CombinedSecurityPostureOrgProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "posturaAccountId").ifPresent(props::posturaAccountId);
    context(app, "onboardOrganization").ifPresent(props::onboardOrganization);
    context(app, "readCostData").ifPresent(props::readCostData);
    context(app, "curBucketName").ifPresent(props::curBucketName);
    context(app, "curPrefix").ifPresent(props::curPrefix);
    context(app, "curReportName").ifPresent(props::curReportName);
    context(app, "auditBuckets").map(text -> List.of(text.split(",", -1))).ifPresent(props::auditBuckets);
    context(app, "forwardFindings").map(Boolean::valueOf).ifPresent(props::forwardFindings);
    context(app, "teamTag").ifPresent(props::teamTag);
    context(app, "posturaToken").ifPresent(props::posturaToken);
    context(app, "organizationalUnitIds").map(text -> List.of(text.split(",", -1))).ifPresent(props::organizationalUnitIds);
    context(app, "excludedAccountIds").map(text -> List.of(text.split(",", -1))).ifPresent(props::excludedAccountIds);
    context(app, "registrationRegion").ifPresent(props::registrationRegion);
    new CombinedSecurityPostureOrg(stack, "CombinedSecurityPostureOrg", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
