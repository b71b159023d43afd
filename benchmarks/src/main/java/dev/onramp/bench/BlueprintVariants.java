package dev.onramp.bench;

import dev.onramp.generate.BlueprintSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Any number of distinct, valid blueprints, made from a seed so that every run measures the same
 * work. They vary the way real vendors' blueprints do: how the vendor is trusted, one to three
 * roles, built-in policy sets switched by parameters, own statements, managed policies, tags,
 * naming, a Cost and Usage Report on every fourth, an SNS callback on every seventh, and an
 * organization (a StackSet of the next blueprint, its member, a lean one) on every tenth.
 */
public final class BlueprintVariants {
  private static final String[] SETS = {
    "read-only",
    "billing-read",
    "resource-tags-read",
    "organizations-read",
    "security-audit",
    "identity-center-read"
  };
  private static final String[] SMALL_SETS = {
    "billing-read", "resource-tags-read", "organizations-read", "identity-center-read"
  };
  private static final String[] ACTIONS = {
    "s3:GetObject",
    "s3:ListBucket",
    "ec2:DescribeInstances",
    "cloudwatch:GetMetricData",
    "logs:FilterLogEvents",
    "ce:GetCostAndUsage",
    "dynamodb:DescribeTable",
    "rds:DescribeDBInstances"
  };
  private static final String[] REGIONS = {
    "us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"
  };

  private BlueprintVariants() {}

  /** Blueprints number {@code 0} to {@code count - 1}; the same list for the same count. */
  public static List<BlueprintSource> of(int count) {
    List<BlueprintSource> sources = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sources.add(
          new BlueprintSource(
              "bench/" + name(i) + ".yaml", yaml(i, count).getBytes(StandardCharsets.UTF_8)));
    }
    return sources;
  }

  /** The name of blueprint {@code index}. */
  public static String name(int index) {
    return String.format(Locale.ROOT, "vendor-%05d", index);
  }

  /**
   * Blueprint {@code index} of {@code count}: an organization only when its member, the next
   * blueprint, is among the {@code count}.
   */
  public static String yaml(int index, int count) {
    SplittableRandom random = new SplittableRandom(0x0A5EED + index);
    boolean organization = index % 10 == 0 && index + 1 < count;
    StringBuilder yaml = new StringBuilder(2048);
    yaml.append("apiVersion: onramp.dev/v1\nkind: Blueprint\nmetadata:\n")
        .append("  name: ")
        .append(name(index))
        .append("\n  description: Onboarding variant ")
        .append(index)
        .append(" for the benchmarks.\n  version: 1.")
        .append(index % 7)
        .append(".0\n");
    String account = String.format(Locale.ROOT, "%012d", 100_000_000_000L + index * 7_919L);
    yaml.append("vendor:\n");
    switch (index % 3) {
      case 0 ->
          yaml.append("  accountId: \"").append(account).append("\"\n  principal: account-root\n");
      case 1 ->
          yaml.append("  roleArn: arn:aws:iam::")
              .append(account)
              .append(":role/Collector")
              .append(index)
              .append("\n  principal: role\n");
      default ->
          yaml.append("  roleArn: arn:aws:iam::")
              .append(account)
              .append(":role/ingest/Ingest")
              .append(index)
              .append("\n  principal: account-root-narrowed\n");
    }
    if (index % 5 != 1) {
      yaml.append("regions: [")
          .append(REGIONS[index % REGIONS.length])
          .append(index % 2 == 0 ? ", " + REGIONS[(index + 2) % REGIONS.length] : "")
          .append("]\n");
    }
    boolean accessLevel = random.nextBoolean();
    boolean costSwitch = random.nextBoolean();
    yaml.append("parameters:\n");
    yaml.append("  - name: AccessLevel\n    label: Access level\n    group: Access\n")
        .append("    default: resources-only\n")
        .append("    allowedValues: [resources-only, resources-and-tags, tag-write-back]\n");
    yaml.append("  - name: SyncCosts\n    type: Boolean\n    label: Sync cost data\n")
        .append("    group: Access\n    default: \"")
        .append(costSwitch)
        .append("\"\n");
    // A member is embedded in its organization's StackSet, whose TemplateBody holds 51,200 bytes:
    // one role with the smaller sets.
    boolean member = index % 10 == 1;
    int roles = member ? 1 : 1 + random.nextInt(3);
    yaml.append("roles:\n");
    for (int r = 0; r < roles; r++) {
      role(yaml, index, r, random, accessLevel, member ? SMALL_SETS : SETS);
    }
    if (index % 4 == 3 && !organization && !member) {
      yaml.append("costReport:\n  prefix: cur")
          .append(index)
          .append("\n  bucket:\n    namePattern: bench-cur-")
          .append(index)
          .append("-${AWS::AccountId}-${AWS::Region}\n    expirationDays: ")
          .append(30 + index % 700)
          .append("\n  report:\n    name: bench-cur-")
          .append(index)
          .append("\n    timeUnit: ")
          .append(index % 8 == 3 ? "DAILY" : "HOURLY")
          .append("\n    format: parquet\n");
    }
    if (organization) {
      yaml.append("organization:\n  memberBlueprint: ")
          .append(name(index + 1))
          .append("\n  regions: [us-east-1, eu-west-1]\n")
          .append("  autoDeployment:\n    retainStacksOnAccountRemoval: ")
          .append(random.nextBoolean())
          .append("\n  organizationalUnits:\n    label: Target OUs\n");
    }
    yaml.append("outputs:\n");
    for (int r = 0; r < roles; r++) {
      yaml.append("  - name: Role").append(r).append("Arn\n    role: Role").append(r).append('\n');
    }
    if (index % 7 == 6 && !organization) {
      yaml.append("notify:\n  topicArn: arn:aws:sns:{region}:")
          .append(account)
          .append(":onboarding\n  outputs: [Role0Arn]\n");
    }
    if (index % 2 == 0) {
      yaml.append("cdk:\n  package: com.example.bench.v").append(index).append('\n');
    }
    return yaml.toString();
  }

  private static void role(
      StringBuilder yaml,
      int index,
      int role,
      SplittableRandom random,
      boolean accessLevel,
      String[] sets) {
    yaml.append("  - id: Role").append(role).append('\n');
    yaml.append("    description: Role ").append(role).append(" of variant ").append(index);
    yaml.append('\n');
    switch (random.nextInt(3)) {
      case 0 -> yaml.append("    naming: generated\n");
      case 1 ->
          yaml.append("    naming: stack-prefixed\n    name: Bench")
              .append(index)
              .append('R')
              .append(role)
              .append('\n');
      default ->
          yaml.append("    naming: fixed\n    name: BenchAccess")
              .append(index)
              .append('R')
              .append(role)
              .append('\n');
    }
    if (random.nextInt(4) == 0) {
      yaml.append("    path: /bench/\n    maxSessionDuration: ")
          .append(3600 * (1 + random.nextInt(12)));
      yaml.append('\n');
    }
    yaml.append("    tags:\n      vendor: bench\n      variant: \"").append(index).append("\"\n");
    yaml.append("    policySets:\n");
    int first = random.nextInt(sets.length);
    yaml.append("      - ").append(sets[first]).append('\n');
    String second = sets[(first + 1 + random.nextInt(sets.length - 1)) % sets.length];
    yaml.append("      - set: ")
        .append(second)
        .append("\n        when: {parameter: SyncCosts, equals: \"true\"}\n");
    if (accessLevel && role == 0) {
      yaml.append("      - set: tag-write-back\n")
          .append("        when: {parameter: AccessLevel, equals: tag-write-back}\n");
    }
    if (random.nextBoolean()) {
      yaml.append("    managedPolicies: [job-function/ViewOnlyAccess]\n");
    }
    if (random.nextInt(3) == 0) {
      yaml.append("    statements:\n      - sid: Own").append(role).append('\n');
      yaml.append("        action: [")
          .append(ACTIONS[random.nextInt(ACTIONS.length)])
          .append(", ")
          .append(ACTIONS[random.nextInt(ACTIONS.length)])
          .append("]\n        resource:\n          - arn:aws:s3:::bench-")
          .append(index)
          .append("-${AWS::AccountId}\n          - arn:aws:s3:::bench-")
          .append(index)
          .append("-${AWS::AccountId}/*\n");
    }
  }
}
