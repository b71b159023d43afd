package com.acme.onboarding.switcheverythingconditional;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link SwitchEverythingConditional} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class SwitchEverythingConditionalApp {
  private SwitchEverythingConditionalApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "switch-everything-conditional",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Acme read access, created only when the customer connects the account.")
                .build());
    SwitchEverythingConditionalProps.Builder props = SwitchEverythingConditionalProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "connect").ifPresent(props::connect);
    new SwitchEverythingConditional(stack, "SwitchEverythingConditional", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
