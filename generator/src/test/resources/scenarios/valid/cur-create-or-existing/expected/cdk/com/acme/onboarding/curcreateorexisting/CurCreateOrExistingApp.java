package com.acme.onboarding.curcreateorexisting;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link CurCreateOrExisting} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class CurCreateOrExistingApp {
  private CurCreateOrExistingApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "cur-create-or-existing",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Creates a CUR 2.0 export, or reads the customer's existing one, as the customer chooses.")
                .build());
    CurCreateOrExistingProps.Builder props = CurCreateOrExistingProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "curSource").ifPresent(props::curSource);
    context(app, "curBucketName").ifPresent(props::curBucketName);
    context(app, "curPrefix").ifPresent(props::curPrefix);
    context(app, "curReportName").ifPresent(props::curReportName);
    context(app, "curBucketRegion").ifPresent(props::curBucketRegion);
    new CurCreateOrExisting(stack, "CurCreateOrExisting", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
