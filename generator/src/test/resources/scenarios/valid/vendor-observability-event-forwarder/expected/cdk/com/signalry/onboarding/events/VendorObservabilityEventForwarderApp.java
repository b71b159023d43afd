package com.signalry.onboarding.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link VendorObservabilityEventForwarder} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class VendorObservabilityEventForwarderApp {
  private VendorObservabilityEventForwarderApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "vendor-observability-event-forwarder",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Signalry receives this account's CloudTrail management events through EventBridge.")
                .build());
    VendorObservabilityEventForwarderProps.Builder props = VendorObservabilityEventForwarderProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "signalryRoleArn").ifPresent(props::signalryRoleArn);
    context(app, "ingestionUrl").ifPresent(props::ingestionUrl);
    context(app, "ingestionApiKey").ifPresent(props::ingestionApiKey);
    context(app, "rateLimit").map(BigDecimal::new).ifPresent(props::rateLimit);
    context(app, "ruleState").ifPresent(props::ruleState);
    context(app, "organizational").ifPresent(props::organizational);
    context(app, "organizationalUnitIds").map(text -> List.of(text.split(",", -1))).ifPresent(props::organizationalUnitIds);
    context(app, "excludedAccountIds").map(text -> List.of(text.split(",", -1))).ifPresent(props::excludedAccountIds);
    new VendorObservabilityEventForwarder(stack, "VendorObservabilityEventForwarder", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
