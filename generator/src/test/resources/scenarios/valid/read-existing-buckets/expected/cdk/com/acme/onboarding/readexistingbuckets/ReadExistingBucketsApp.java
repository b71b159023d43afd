package com.acme.onboarding.readexistingbuckets;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes {@link ReadExistingBuckets} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class ReadExistingBucketsApp {
  private ReadExistingBucketsApp() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            "read-existing-buckets",
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
                .description("A scanner role that reads the buckets the customer lists, and nothing else of S3.")
                .build());
    ReadExistingBucketsProps.Builder props = ReadExistingBucketsProps.builder();
    context(app, "externalId").ifPresent(props::externalId);
    context(app, "exportBuckets").map(text -> List.of(text.split(",", -1))).ifPresent(props::exportBuckets);
    context(app, "scannedBuckets").map(text -> List.of(text.split(",", -1))).ifPresent(props::scannedBuckets);
    new ReadExistingBuckets(stack, "ReadExistingBuckets", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
