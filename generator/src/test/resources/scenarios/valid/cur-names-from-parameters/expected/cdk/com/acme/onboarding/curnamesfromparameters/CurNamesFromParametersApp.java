package com.acme.onboarding.curnamesfromparameters;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link CurNamesFromParameters} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class CurNamesFromParametersApp {
  private CurNamesFromParametersApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "cur-names-from-parameters",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("A Cost and Usage Report whose bucket, prefix and name the customer chooses.")
                .build());
    CurNamesFromParametersProps.Builder props = CurNamesFromParametersProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "reportBucket").ifPresent(props::reportBucket);
    context(app, "reportPrefix").ifPresent(props::reportPrefix);
    context(app, "reportName").ifPresent(props::reportName);
    new CurNamesFromParameters(stack, "CurNamesFromParameters", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
