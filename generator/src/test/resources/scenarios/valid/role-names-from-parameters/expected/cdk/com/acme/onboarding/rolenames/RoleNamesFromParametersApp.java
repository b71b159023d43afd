package com.acme.onboarding.rolenames;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link RoleNamesFromParameters} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class RoleNamesFromParametersApp {
  private RoleNamesFromParametersApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "role-names-from-parameters",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Roles for Acme whose names the customer chooses, or that carry the stack name.")
                .build());
    RoleNamesFromParametersProps.Builder props = RoleNamesFromParametersProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "auditRoleName").ifPresent(props::auditRoleName);
    context(app, "rolePrefix").ifPresent(props::rolePrefix);
    context(app, "inventoryRoleName").ifPresent(props::inventoryRoleName);
    new RoleNamesFromParameters(stack, "RoleNamesFromParameters", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
