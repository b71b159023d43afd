package com.sentinela.onboarding.member;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link VendorCspmMemberFixedRole} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class VendorCspmMemberFixedRoleApp {
  private VendorCspmMemberFixedRoleApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "vendor-cspm-member-fixed-role",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Sentinela audits this account's configuration.")
                .build());
    VendorCspmMemberFixedRoleProps.Builder props = VendorCspmMemberFixedRoleProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "resourceNamePrefix").ifPresent(props::resourceNamePrefix);
    new VendorCspmMemberFixedRole(stack, "VendorCspmMemberFixedRole", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
