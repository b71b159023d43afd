package com.acme.onboarding.cur2export;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link Cur2Export} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class Cur2ExportApp {
  private Cur2ExportApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "cur2-export",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("A CUR 2.0 export through Data Exports, created by the Lambda from any region.")
                .build());
    Cur2ExportProps.Builder props = Cur2ExportProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    new Cur2Export(stack, "Cur2Export", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
