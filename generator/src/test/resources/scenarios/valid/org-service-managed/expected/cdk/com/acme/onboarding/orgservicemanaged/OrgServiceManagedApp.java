package com.acme.onboarding.orgservicemanaged;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link OrgServiceManaged} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class OrgServiceManagedApp {
  private OrgServiceManagedApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "org-service-managed",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Acme in the delegated administrator account, and every member account through a StackSet.")
                .build());
    OrgServiceManagedProps.Builder props = OrgServiceManagedProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "includeIdentityCenter").map(Boolean::valueOf).ifPresent(props::includeIdentityCenter);
    context(app, "organizationalUnitIds").map(text -> List.of(text.split(",", -1))).ifPresent(props::organizationalUnitIds);
    context(app, "excludedAccountIds").map(text -> List.of(text.split(",", -1))).ifPresent(props::excludedAccountIds);
    context(app, "accessLevel").ifPresent(props::accessLevel);
    new OrgServiceManaged(stack, "OrgServiceManaged", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
