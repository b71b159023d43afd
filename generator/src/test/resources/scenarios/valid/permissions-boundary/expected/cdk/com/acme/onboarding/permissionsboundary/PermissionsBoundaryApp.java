package com.acme.onboarding.permissionsboundary;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link PermissionsBoundary} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class PermissionsBoundaryApp {
  private PermissionsBoundaryApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "permissions-boundary",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("A security-audit role that the customer can fence in with a permissions boundary.")
                .build());
    PermissionsBoundaryProps.Builder props = PermissionsBoundaryProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "auditBoundaryArn").ifPresent(props::auditBoundaryArn);
    context(app, "billingBoundaryArn").ifPresent(props::billingBoundaryArn);
    new PermissionsBoundary(stack, "PermissionsBoundary", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
