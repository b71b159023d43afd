package dev.onramp.review;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times {@link PolicyInventory#of} on both sides plus {@link PolicyDiff#between} in one JVM, on the
 * largest real pairs: a golden template whose wildcard actions (the built-in read-only and
 * billing-read sets) are all written out one by one, against the same template with its wildcards
 * and a few edits (an action pattern dropped, a write action added, {@code kms:List*} widened to
 * {@code kms:*}); then on a synthetic worst case, a NotAction statement over the whole catalog. Not
 * a test: nothing fails on a time. Run it as docs/benchmarks.md says; the arguments are the warm-up
 * and measured rounds (default 50 and 200; a fifth of each for the worst case).
 */
public final class PolicyDiffBenchmark {
  /** A list item holding one action pattern with a wildcard, as the compiler writes them. */
  private static final Pattern WILDCARD_ITEM =
      Pattern.compile("(?m)^( *- )([A-Za-z0-9-]+:[A-Za-z0-9]*[*?][A-Za-z0-9*?]*)$");

  private PolicyDiffBenchmark() {}

  public static void main(String[] args) throws IOException {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    long loadStart = System.nanoTime();
    ActionCatalog catalog = ActionCatalog.bundled();
    System.out.printf(
        Locale.ROOT,
        "catalog: %,d actions, loaded in %.1f ms (once per JVM, not in the figures below)%n",
        catalog.size(),
        millis(System.nanoTime() - loadStart));
    System.out.printf(
        Locale.ROOT,
        "JVM %s, %d processors; %d warm-up rounds, %d measured%n%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        warmUp,
        rounds);
    for (String scenario : List.of("cur-lambda-eu-west-1", "org-self-managed")) {
      String golden = resource("/scenarios/valid/" + scenario + "/expected/template.yaml");
      run(scenario, golden, expand(golden, catalog), edit(golden), catalog, warmUp, rounds);
    }
    // Not a pair a reviewer will see often, but the most grants a statement can make.
    run(
        "worst case: NotAction over the whole catalog",
        WHOLE_CATALOG.formatted("arn:aws:s3:::acme-x"),
        WHOLE_CATALOG.formatted("arn:aws:s3:::acme-x"),
        WHOLE_CATALOG.formatted("arn:aws:s3:::acme-y"),
        catalog,
        warmUp / 5,
        rounds / 5);
  }

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

  /**
   * Times the review of {@code expanded} against {@code edited}, after checking that {@code
   * expanded} grants exactly what {@code golden} does.
   */
  private static void run(
      String scenario,
      String golden,
      String expanded,
      String edited,
      ActionCatalog catalog,
      int warmUp,
      int rounds) {
    Template before = TemplateReader.read(expanded);
    Template after = TemplateReader.read(edited);

    long coldStart = System.nanoTime();
    PolicyInventory beforeInventory = PolicyInventory.of(before, catalog);
    PolicyDiff diff = PolicyDiff.between(beforeInventory, PolicyInventory.of(after, catalog));
    double cold = millis(System.nanoTime() - coldStart);
    PolicyDiff sanity =
        PolicyDiff.between(
            beforeInventory, PolicyInventory.of(TemplateReader.read(golden), catalog));
    if (!sanity.isEmpty()) {
      throw new IllegalStateException(
          "the expanded template should grant what the golden grants: " + sanity.render());
    }
    int actions = beforeInventory.statements().stream().mapToInt(s -> s.actions().size()).sum();
    int written = count(expanded) - count(golden);
    System.out.printf(
        Locale.ROOT,
        "%s: %,d bytes before%s, %,d bytes after; %,d statements and %,d granted actions"
            + " before; %d change(s), classification %s%n",
        scenario,
        expanded.length(),
        written > 0 ? " (wildcards written out: " + written + " more action lines)" : "",
        edited.length(),
        beforeInventory.statements().size(),
        actions,
        diff.changes().size(),
        diff.classification());

    diff.render()
        .forEach(
            line ->
                System.out.println(
                    "  " + (line.length() > 150 ? line.substring(0, 150) + "…" : line)));
    System.out.printf(Locale.ROOT, "  first round in this JVM (cold JIT): %.1f ms%n", cold);

    double[] review = new double[rounds];
    double[] read = new double[rounds];
    for (int i = -warmUp; i < rounds; i++) {
      long start = System.nanoTime();
      PolicyDiff measured =
          PolicyDiff.between(
              PolicyInventory.of(before, catalog), PolicyInventory.of(after, catalog));
      long reviewed = System.nanoTime();
      TemplateReader.read(expanded);
      TemplateReader.read(edited);
      long done = System.nanoTime();
      if (measured.changes().size() != diff.changes().size()) {
        throw new IllegalStateException("the diff changed between rounds");
      }
      if (i >= 0) {
        review[i] = millis(reviewed - start);
        read[i] = millis(done - reviewed);
      }
    }
    report("  inventory x2 + diff", review);
    report("  read both YAML texts (TemplateReader)", read);
    System.out.println();
  }

  /** Every wildcard list item replaced by the catalog's actions it matches, one per line. */
  private static String expand(String template, ActionCatalog catalog) {
    Matcher matcher = WILDCARD_ITEM.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      StringBuilder lines = new StringBuilder();
      for (String action : catalog.expand(matcher.group(2))) {
        lines.append(lines.length() == 0 ? "" : "\n").append(matcher.group(1)).append(action);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(lines.toString()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The edits a vendor's new release might bring. */
  private static String edit(String template) {
    return template
        .replaceAll("(?m)^ *- lambda:List\\*\n", "")
        .replaceAll("(?m)^( *- )s3:ListAllMyBuckets$", "$1s3:ListAllMyBuckets\n$1s3:PutObject")
        .replaceAll("(?m)^( *- )kms:List\\*$", "$1kms:*");
  }

  private static int count(String template) {
    return (int) template.lines().filter(line -> line.strip().startsWith("- ")).count();
  }

  private static void report(String what, double[] samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%s: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n",
        what,
        percentile(sorted, 50),
        percentile(sorted, 95),
        sorted[0],
        sorted[sorted.length - 1]);
  }

  /** Nearest-rank percentile of sorted samples. */
  private static double percentile(double[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = PolicyDiffBenchmark.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException(path + " is not on the classpath; add target/test-classes");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
