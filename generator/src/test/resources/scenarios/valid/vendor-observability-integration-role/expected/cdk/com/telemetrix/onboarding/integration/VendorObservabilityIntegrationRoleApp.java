package com.telemetrix.onboarding.integration;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link VendorObservabilityIntegrationRole} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class VendorObservabilityIntegrationRoleApp {
  private VendorObservabilityIntegrationRoleApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "vendor-observability-integration-role",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Telemetrix collects metrics, tags and, if chosen, security posture data from this account.")
                .build());
    VendorObservabilityIntegrationRoleProps.Builder props = VendorObservabilityIntegrationRoleProps.builder();
    context(app, "telemetrixAccountId").ifPresent(props::telemetrixAccountId);
    context(app, "integrationRoleName").ifPresent(props::integrationRoleName);
    context(app, "telemetrixSite").ifPresent(props::telemetrixSite);
    context(app, "telemetrixApiKey").ifPresent(props::telemetrixApiKey);
    context(app, "securityPosture").map(Boolean::valueOf).ifPresent(props::securityPosture);
    context(app, "registrationRegion").ifPresent(props::registrationRegion);
    new VendorObservabilityIntegrationRole(stack, "VendorObservabilityIntegrationRole", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
