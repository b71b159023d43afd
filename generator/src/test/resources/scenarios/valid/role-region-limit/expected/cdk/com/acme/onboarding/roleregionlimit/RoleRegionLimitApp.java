package com.acme.onboarding.roleregionlimit;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link RoleRegionLimit} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class RoleRegionLimitApp {
  private RoleRegionLimitApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "role-region-limit",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("A read-only role the customer can limit to some regions, enforced by IAM.")
                .build());
    RoleRegionLimitProps.Builder props = RoleRegionLimitProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "regions").map(text -> List.of(text.split(",", -1))).ifPresent(props::regions);
    context(app, "auditRegions").map(text -> List.of(text.split(",", -1))).ifPresent(props::auditRegions);
    new RoleRegionLimit(stack, "RoleRegionLimit", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
