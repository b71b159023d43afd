package dev.onramp.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.generate.BlueprintSources;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.Generator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IAM analyzers Onramp did not write (cloudsplaining, parliament, policy_sentry and the simulator
 * {@code @cloud-copilot/iam-simulate}) over every IAM policy and trust policy of every template the
 * shipped blueprints generate and of the sample's committed templates (issue 23): no finding
 * outside the reasoned waivers of {@code scripts/security-waivers.yaml}, and no waiver that nothing
 * needs. The analyzers run as {@code scripts/security-analyzers.sh}, which a reviewer runs by hand
 * the same way (docs/security-analyzers.md); it installs the pinned tools into a virtualenv of its
 * own unless {@code ONRAMP_IAM_ANALYZERS} names one (CI's, from {@code .ci/run}).
 */
class SecurityAnalyzersIT {
  private static final Vendor VENDOR =
      new Vendor(null, "arn:aws:iam::444455556666:role/ExampleOnboarding", null);
  private static final ClassLoader LOADER = SecurityAnalyzersIT.class.getClassLoader();
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path SCRIPT = ROOT.resolve("scripts/security-analyzers.sh");
  private static final long TIMEOUT_MINUTES = 15;

  @TempDir Path work;

  @Test
  void everyShippedAndSampleTemplateHasNoFindingOutsideTheWaivers() throws Exception {
    // Kept under target/ so that a failure can be read and rerun by hand with the script.
    Path shipped = Path.of("target/security-analyzers/shipped").toAbsolutePath();
    deleteRecursively(shipped);
    new Generator()
        .generate(
            new GenerateRequest(
                BlueprintSources.select(List.of(), BlueprintSources.builtInNames(LOADER), LOADER),
                shipped,
                Optional.of(VENDOR)));
    Path sample = ROOT.resolve("samples/output/cfn");
    // No shipped or sample blueprint makes its report with Data Exports (CUR 2.0): the golden of
    // the scenario that does brings the report function's cur2 policy under the analyzers too.
    Path cur2 = ROOT.resolve("generator/src/test/resources/scenarios/valid/cur2-export/expected");
    assertThat(templatesUnder(shipped))
        .hasSizeGreaterThanOrEqualTo(BlueprintSources.builtInNames(LOADER).size());
    assertThat(templatesUnder(sample)).hasSizeGreaterThanOrEqualTo(5);

    Run run =
        analyze(
            "--report",
            shipped.resolveSibling("report.json").toString(),
            "shipped=" + shipped,
            "sample=" + sample,
            "scenario=" + cur2);

    System.out.println(run.output());
    assertThat(run.exitCode()).as("security-analyzers.sh:\n" + run.output()).isZero();
    assertThat(run.output())
        .contains("cloudsplaining", "parliament", "policy_sentry", "iam-simulate")
        .contains("0 unwaived finding(s), 0 unused waiver(s)");
  }

  @Test
  void aFindingNoWaiverCoversFailsAndAWaiverNothingNeedsIsReported() throws Exception {
    Path folder = Files.createDirectories(work.resolve("cfn/leaky"));
    Files.writeString(folder.resolve("template.json"), LEAKY_TEMPLATE, StandardCharsets.UTF_8);
    Path waivers = work.resolve("waivers.yaml");
    Files.writeString(
        waivers,
        """
        waivers:
          - tool: parliament
            finding: UNKNOWN_PREFIX
            template: leaky
            policy: LeakyRoleReadOnlyPolicy
            reason: A test waiver for a finding the template does not have.
        """,
        StandardCharsets.UTF_8);

    Run run = analyze("--waivers", waivers.toString(), "test=" + work.resolve("cfn"));

    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("UNWAIVED cloudsplaining PrivilegeEscalation test/leaky LeakyRoleReadOnlyPolicy")
        .contains("UNWAIVED policy_sentry WriteInReadOnlySet test/leaky LeakyRoleReadOnlyPolicy")
        .contains("iam:PassRole")
        .contains("UNWAIVED iam-simulate ExternalIdNotRequired test/leaky LeakyRole")
        .contains(
            "UNWAIVED iam-simulate WriteAllowedInReadOnlySet test/leaky LeakyRoleReadOnlyPolicy:"
                + " iam:PassRole")
        .contains("UNUSED WAIVER parliament UNKNOWN_PREFIX leaky LeakyRoleReadOnlyPolicy");
  }

  /** A role whose trust needs no ExternalId and whose "read-only" set can pass roles. */
  private static final String LEAKY_TEMPLATE =
      """
      {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Resources": {
          "LeakyRole": {
            "Type": "AWS::IAM::Role",
            "Properties": {
              "AssumeRolePolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [{
                  "Effect": "Allow",
                  "Principal": {"AWS": {"Fn::Sub": "arn:${AWS::Partition}:iam::444455556666:root"}},
                  "Action": "sts:AssumeRole"
                }]
              }
            }
          },
          "LeakyRoleReadOnlyPolicy": {
            "Type": "AWS::IAM::ManagedPolicy",
            "Metadata": {"Onramp": {"PolicySet": "read-only", "ReadOnly": true}},
            "Properties": {
              "PolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [{
                  "Effect": "Allow",
                  "Action": ["ec2:Describe*", "iam:PassRole", "ec2:RunInstances"],
                  "Resource": "*"
                }]
              },
              "Roles": [{"Ref": "LeakyRole"}]
            }
          }
        }
      }
      """;

  private record Run(int exitCode, String output) {}

  private Run analyze(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile(work, "analyzers", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(
          "security-analyzers.sh took longer than "
              + TIMEOUT_MINUTES
              + " minutes:\n"
              + Files.readString(log));
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static List<Path> templatesUnder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.getFileName().toString().equals("template.json")).toList();
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
