package com.acme.onboarding.switchnotifyandorganizationmember;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link SwitchNotifyAndOrganizationMember} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class SwitchNotifyAndOrganizationMemberApp {
  private SwitchNotifyAndOrganizationMemberApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "switch-notify-and-organization-member",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Read access for Acme in each listed account, and audit access when chosen.")
                .build());
    SwitchNotifyAndOrganizationMemberProps.Builder props = SwitchNotifyAndOrganizationMemberProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "registerWithAcme").ifPresent(props::registerWithAcme);
    context(app, "enableAudit").map(Boolean::valueOf).ifPresent(props::enableAudit);
    context(app, "registrationRegion").ifPresent(props::registrationRegion);
    new SwitchNotifyAndOrganizationMember(stack, "SwitchNotifyAndOrganizationMember", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
