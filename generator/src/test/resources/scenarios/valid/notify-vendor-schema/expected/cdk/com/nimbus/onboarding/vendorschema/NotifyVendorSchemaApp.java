package com.nimbus.onboarding.vendorschema;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link NotifyVendorSchema} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class NotifyVendorSchemaApp {
  private NotifyVendorSchemaApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "notify-vendor-schema",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Security posture role for Nimbus, registered in Nimbus's own message schema with the tenant's API token.")
                .build());
    NotifyVendorSchemaProps.Builder props = NotifyVendorSchemaProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "tenantName").ifPresent(props::tenantName);
    context(app, "apiToken").ifPresent(props::apiToken);
    context(app, "registrationRegion").ifPresent(props::registrationRegion);
    new NotifyVendorSchema(stack, "NotifyVendorSchema", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
