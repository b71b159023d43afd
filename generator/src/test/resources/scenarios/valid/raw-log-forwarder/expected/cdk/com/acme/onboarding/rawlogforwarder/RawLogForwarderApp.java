package com.acme.onboarding.rawlogforwarder;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link RawLogForwarder} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class RawLogForwarderApp {
  private RawLogForwarderApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "raw-log-forwarder",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Read-only role for Acme Observability, with an optional forwarder of one log group to Acme.")
                .build());
    RawLogForwarderProps.Builder props = RawLogForwarderProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "forwardLogs").ifPresent(props::forwardLogs);
    context(app, "logGroupName").ifPresent(props::logGroupName);
    new RawLogForwarder(stack, "RawLogForwarder", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
