package com.postura.onboarding.org;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link VendorCspmOrgScanner} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class VendorCspmOrgScannerApp {
  private VendorCspmOrgScannerApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "vendor-cspm-org-scanner",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Postura checks this account's configuration and, if chosen, every account of the organization.")
                .build());
    VendorCspmOrgScannerProps.Builder props = VendorCspmOrgScannerProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "posturaRoleArn").ifPresent(props::posturaRoleArn);
    context(app, "organizational").map(Boolean::valueOf).ifPresent(props::organizational);
    context(app, "organizationalUnitIds").map(text -> List.of(text.split(",", -1))).ifPresent(props::organizationalUnitIds);
    context(app, "excludedAccountIds").map(text -> List.of(text.split(",", -1))).ifPresent(props::excludedAccountIds);
    new VendorCspmOrgScanner(stack, "VendorCspmOrgScanner", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
