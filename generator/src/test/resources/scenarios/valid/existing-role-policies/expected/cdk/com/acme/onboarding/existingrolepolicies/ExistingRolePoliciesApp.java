package com.acme.onboarding.existingrolepolicies;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link ExistingRolePolicies} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class ExistingRolePoliciesApp {
  private ExistingRolePoliciesApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "existing-role-policies",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Attaches the vendor's permissions to a role the customer already has.")
                .build());
    ExistingRolePoliciesProps.Builder props = ExistingRolePoliciesProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "existingRoleName").ifPresent(props::existingRoleName);
    context(app, "connectorBuckets").map(text -> List.of(text.split(",", -1))).ifPresent(props::connectorBuckets);
    new ExistingRolePolicies(stack, "ExistingRolePolicies", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
