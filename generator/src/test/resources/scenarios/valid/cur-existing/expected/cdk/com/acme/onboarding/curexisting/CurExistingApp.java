package com.acme.onboarding.curexisting;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link CurExisting} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class CurExistingApp {
  private CurExistingApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "cur-existing",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Reads the customer's existing Cost and Usage Report; creates no bucket and no report.")
                .build());
    CurExistingProps.Builder props = CurExistingProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "curBucketName").ifPresent(props::curBucketName);
    context(app, "curPrefix").ifPresent(props::curPrefix);
    context(app, "curReportName").ifPresent(props::curReportName);
    context(app, "curBucketRegion").ifPresent(props::curBucketRegion);
    new CurExisting(stack, "CurExisting", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
