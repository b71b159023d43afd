package com.scanbridge.onboarding.agentless;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link VendorAgentlessScannerDelegate} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class VendorAgentlessScannerDelegateApp {
  private VendorAgentlessScannerDelegateApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "vendor-agentless-scanner-delegate",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Scanbridge scanners snapshot and read this account's volumes to find vulnerabilities.")
                .build());
    VendorAgentlessScannerDelegateProps.Builder props = VendorAgentlessScannerDelegateProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "scannerAccountId").ifPresent(props::scannerAccountId);
    context(app, "delegateRoleName").ifPresent(props::delegateRoleName);
    context(app, "scanbridgeApiKey").ifPresent(props::scanbridgeApiKey);
    context(app, "sensitiveDataScanning").map(Boolean::valueOf).ifPresent(props::sensitiveDataScanning);
    context(app, "extendIntegrationRole").ifPresent(props::extendIntegrationRole);
    context(app, "integrationRoleName").ifPresent(props::integrationRoleName);
    context(app, "registrationRegion").ifPresent(props::registrationRegion);
    new VendorAgentlessScannerDelegate(stack, "VendorAgentlessScannerDelegate", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
