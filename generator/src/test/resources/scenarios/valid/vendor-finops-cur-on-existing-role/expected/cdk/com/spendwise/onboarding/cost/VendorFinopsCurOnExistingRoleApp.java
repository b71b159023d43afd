package com.spendwise.onboarding.cost;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link VendorFinopsCurOnExistingRole} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class VendorFinopsCurOnExistingRoleApp {
  private VendorFinopsCurOnExistingRoleApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "vendor-finops-cur-on-existing-role",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Spendwise reads cost data through the role your Spendwise integration already uses.")
                .build());
    VendorFinopsCurOnExistingRoleProps.Builder props = VendorFinopsCurOnExistingRoleProps.builder();
    context(app, "integrationRoleName").ifPresent(props::integrationRoleName);
    context(app, "createReport").ifPresent(props::createReport);
    context(app, "reportBucketName").ifPresent(props::reportBucketName);
    context(app, "reportPrefix").ifPresent(props::reportPrefix);
    context(app, "reportName").ifPresent(props::reportName);
    new VendorFinopsCurOnExistingRole(stack, "VendorFinopsCurOnExistingRole", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
