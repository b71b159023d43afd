package com.acme.onboarding.ssmtags;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link SsmParametersAndTags} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class SsmParametersAndTagsApp {
  private SsmParametersAndTagsApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "ssm-parameters-and-tags",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("An Acme role tagged with values the customer keeps in Systems Manager Parameter Store.")
                .build());
    SsmParametersAndTagsProps.Builder props = SsmParametersAndTagsProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "teamTag").ifPresent(props::teamTag);
    context(app, "costCenter").ifPresent(props::costCenter);
    context(app, "allowedRegions").ifPresent(props::allowedRegions);
    context(app, "auditRegions").ifPresent(props::auditRegions);
    context(app, "configParameter").ifPresent(props::configParameter);
    new SsmParametersAndTags(stack, "SsmParametersAndTags", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
