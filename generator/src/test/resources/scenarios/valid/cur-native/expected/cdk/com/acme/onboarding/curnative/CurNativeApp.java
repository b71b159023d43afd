package com.acme.onboarding.curnative;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link CurNative} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class CurNativeApp {
  private CurNativeApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "cur-native",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("The Cost and Usage Report created natively; the stack runs in us-east-1 only.")
                .build());
    CurNativeProps.Builder props = CurNativeProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    new CurNative(stack, "CurNative", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
