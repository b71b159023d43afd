package com.ledgerly.onboarding.payer;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link VendorFinopsPayerCur} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class VendorFinopsPayerCurApp {
  private VendorFinopsPayerCurApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "vendor-finops-payer-cur",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Ledgerly reads billing data in the payer account, from a new or an existing Cost and Usage Report.")
                .build());
    VendorFinopsPayerCurProps.Builder props = VendorFinopsPayerCurProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "ledgerlyAccountId").ifPresent(props::ledgerlyAccountId);
    context(app, "curSource").ifPresent(props::curSource);
    context(app, "curBucketName").ifPresent(props::curBucketName);
    context(app, "curPrefix").ifPresent(props::curPrefix);
    context(app, "curReportName").ifPresent(props::curReportName);
    context(app, "extraBillingBuckets").map(text -> List.of(text.split(",", -1))).ifPresent(props::extraBillingBuckets);
    new VendorFinopsPayerCur(stack, "VendorFinopsPayerCur", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
