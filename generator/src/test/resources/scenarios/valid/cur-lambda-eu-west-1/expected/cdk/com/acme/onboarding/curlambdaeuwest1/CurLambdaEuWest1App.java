package com.acme.onboarding.curlambdaeuwest1;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link CurLambdaEuWest1} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class CurLambdaEuWest1App {
  private CurLambdaEuWest1App() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "cur-lambda-eu-west-1",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("FinOps onboarding of a payer account in eu-west-1, with the Cost and Usage Report.")
                .build());
    CurLambdaEuWest1Props.Builder props = CurLambdaEuWest1Props.builder();
    context(app, "externalId").ifPresent(props::externalId);
    new CurLambdaEuWest1(stack, "CurLambdaEuWest1", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
