package com.acme.onboarding.trusthubspoke;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link TrustHubSpoke} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class TrustHubSpokeApp {
  private TrustHubSpokeApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "trust-hub-spoke",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Acme's hub role in the management account, and a spoke role in every member account.")
                .build());
    TrustHubSpokeProps.Builder props = TrustHubSpokeProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "organizationalUnitIds").map(text -> List.of(text.split(",", -1))).ifPresent(props::organizationalUnitIds);
    new TrustHubSpoke(stack, "TrustHubSpoke", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
