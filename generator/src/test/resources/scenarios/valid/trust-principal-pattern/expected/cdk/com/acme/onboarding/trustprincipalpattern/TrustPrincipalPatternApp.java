package com.acme.onboarding.trustprincipalpattern;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link TrustPrincipalPattern} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class TrustPrincipalPatternApp {
  private TrustPrincipalPatternApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "trust-principal-pattern",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Scanner roles of a per-region vendor account chosen at deploy time.")
                .build());
    TrustPrincipalPatternProps.Builder props = TrustPrincipalPatternProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "vendorAccountId").ifPresent(props::vendorAccountId);
    new TrustPrincipalPattern(stack, "TrustPrincipalPattern", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
