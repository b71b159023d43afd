package com.costwise.onboarding.role;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link VendorFinopsFixedRoleExistingCur} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class VendorFinopsFixedRoleExistingCurApp {
  private VendorFinopsFixedRoleExistingCurApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "vendor-finops-fixed-role-existing-cur",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Costwise Advisors reviews this account's spend, reading your existing Cost and Usage Report.")
                .build());
    VendorFinopsFixedRoleExistingCurProps.Builder props = VendorFinopsFixedRoleExistingCurProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "curBucketName").ifPresent(props::curBucketName);
    context(app, "curPrefix").ifPresent(props::curPrefix);
    context(app, "curReportName").ifPresent(props::curReportName);
    new VendorFinopsFixedRoleExistingCur(stack, "VendorFinopsFixedRoleExistingCur", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
