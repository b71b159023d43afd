package com.acme.onboarding.switchnotifyandorganization;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link SwitchNotifyAndOrganization} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class SwitchNotifyAndOrganizationApp {
  private SwitchNotifyAndOrganizationApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "switch-notify-and-organization",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Acme in the payer account and in each listed account, every part chosen by the customer.")
                .build());
    SwitchNotifyAndOrganizationProps.Builder props = SwitchNotifyAndOrganizationProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "registerWithAcme").ifPresent(props::registerWithAcme);
    context(app, "enableAudit").map(Boolean::valueOf).ifPresent(props::enableAudit);
    context(app, "onboardMembers").ifPresent(props::onboardMembers);
    context(app, "createAdministrationRole").ifPresent(props::createAdministrationRole);
    context(app, "accountIds").map(text -> List.of(text.split(",", -1))).ifPresent(props::accountIds);
    context(app, "includeManagementAccount").map(Boolean::valueOf).ifPresent(props::includeManagementAccount);
    context(app, "registrationRegion").ifPresent(props::registrationRegion);
    new SwitchNotifyAndOrganization(stack, "SwitchNotifyAndOrganization", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
