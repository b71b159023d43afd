package com.acme.onboarding.switchrolesandoutputs;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link SwitchRolesAndOutputs} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class SwitchRolesAndOutputsApp {
  private SwitchRolesAndOutputsApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "switch-roles-and-outputs",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Acme read access, and a remediation role when the customer wants one.")
                .build());
    SwitchRolesAndOutputsProps.Builder props = SwitchRolesAndOutputsProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "enableRemediation").map(Boolean::valueOf).ifPresent(props::enableRemediation);
    context(app, "remediationLevel").ifPresent(props::remediationLevel);
    new SwitchRolesAndOutputs(stack, "SwitchRolesAndOutputs", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
