package dev.onramp.bench;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.review.PolicyDiff;
import dev.onramp.review.PolicyInventory;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The policy review of a template pair: {@link PolicyInventory#of} on both sides plus {@link
 * PolicyDiff#between} ({@code review}), and reading both YAML texts apart ({@code read}); the
 * catalog is loaded once per trial. The real pairs are the largest a reviewer sees, built from a
 * golden template: its wildcard actions (the built-in read-only and billing-read sets) all written
 * out one by one, checked to grant exactly what the golden grants, against the golden with its
 * wildcards and three edits (an action pattern dropped, a write action added, {@code kms:List*}
 * widened to {@code kms:*}, AWS managed SecurityAudit swapped for ReadOnlyAccess: some 2,900
 * against 8,000 actions, read from the bundled snapshot). {@code worst-case} is synthetic: a
 * NotAction statement over the whole catalog against the same with another bucket denied.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PolicyDiffBenchmark {
  /** A list item holding one action pattern with a wildcard, as the compiler writes them. */
  private static final Pattern WILDCARD_ITEM =
      Pattern.compile("(?m)^( *- )([A-Za-z0-9-]+:[A-Za-z0-9]*[*?][A-Za-z0-9*?]*)$");

  /** Allows every action but IAM's and denies all on one bucket: 22,000 grants a side. */
  private static final String WHOLE_CATALOG =
      """
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - {Effect: Allow, Principal: {AWS: '111122223333'}, Action: sts:AssumeRole}
            Policies:
              - PolicyName: Everything
                PolicyDocument:
                  Statement:
                    - {Effect: Allow, NotAction: 'iam:*', Resource: '*'}
                    - {Effect: Deny, Action: '*', Resource: '%s'}
      """;

  @Param({
    "cur-lambda-eu-west-1",
    "org-self-managed",
    "combined-security-posture-org",
    "worst-case"
  })
  public String pair;

  ActionCatalog catalog;
  String beforeText;
  String afterText;
  Template before;
  Template after;

  @Setup(Level.Trial)
  public void buildPair() throws IOException {
    catalog = ActionCatalog.bundled();
    if (pair.equals("worst-case")) {
      beforeText = WHOLE_CATALOG.formatted("arn:aws:s3:::acme-x");
      afterText = WHOLE_CATALOG.formatted("arn:aws:s3:::acme-y");
    } else {
      String golden = resource("/scenarios/valid/" + pair + "/expected/template.yaml");
      beforeText = expand(golden, catalog);
      afterText = edit(golden);
      PolicyDiff sanity =
          PolicyDiff.between(
              PolicyInventory.of(TemplateReader.read(beforeText), catalog),
              PolicyInventory.of(TemplateReader.read(golden), catalog));
      if (!sanity.isEmpty()) {
        throw new IllegalStateException(
            "the expanded template should grant what the golden grants: " + sanity.render());
      }
    }
    before = TemplateReader.read(beforeText);
    after = TemplateReader.read(afterText);
  }

  @Benchmark
  public PolicyDiff review() {
    return PolicyDiff.between(
        PolicyInventory.of(before, catalog), PolicyInventory.of(after, catalog));
  }

  @Benchmark
  public void read(Blackhole sink) {
    sink.consume(TemplateReader.read(beforeText));
    sink.consume(TemplateReader.read(afterText));
  }

  /** Every wildcard list item replaced by the catalog's actions it matches, one per line. */
  static String expand(String template, ActionCatalog catalog) {
    Matcher matcher = WILDCARD_ITEM.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      List<String> actions = catalog.expand(matcher.group(2));
      if (actions.isEmpty()) {
        // Not an action pattern (a tag-key pattern such as postura:* in a condition): kept.
        matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
        continue;
      }
      StringBuilder lines = new StringBuilder();
      for (String action : actions) {
        lines.append(lines.length() == 0 ? "" : "\n").append(matcher.group(1)).append(action);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(lines.toString()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The edits a vendor's new release might bring. */
  static String edit(String template) {
    return template
        .replaceAll("(?m)^ *- dynamodb:List\\*\n", "")
        .replaceAll("(?m)^( *- )s3:ListAllMyBuckets$", "$1s3:ListAllMyBuckets\n$1s3:PutObject")
        .replaceAll("(?m)^( *- )kms:List\\*$", "$1kms:*")
        // An AWS managed policy swapped for a wider one: thousands of actions on each side.
        .replace("iam::aws:policy/SecurityAudit", "iam::aws:policy/ReadOnlyAccess");
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = PolicyDiffBenchmark.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException(path + " is not on the class path (onramp-generator's test-jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
