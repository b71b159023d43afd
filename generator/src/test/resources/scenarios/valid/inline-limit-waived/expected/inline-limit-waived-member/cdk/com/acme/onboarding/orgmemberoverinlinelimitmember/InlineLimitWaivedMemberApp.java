package com.acme.onboarding.orgmemberoverinlinelimitmember;

import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link InlineLimitWaivedMember} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class InlineLimitWaivedMemberApp {
  private InlineLimitWaivedMemberApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "inline-limit-waived-member",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("Five audit roles for Acme's products in every member account; too large to embed.")
                .build());
    InlineLimitWaivedMemberProps.Builder props = InlineLimitWaivedMemberProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    new InlineLimitWaivedMember(stack, "InlineLimitWaivedMember", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
