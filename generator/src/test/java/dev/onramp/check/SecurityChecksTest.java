package dev.onramp.check;

import static dev.onramp.check.CheckFixtures.document;
import static dev.onramp.check.CheckFixtures.map;
import static dev.onramp.check.CheckFixtures.rendered;
import static dev.onramp.check.CheckFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SecurityChecksTest {
  private static final Vendor VENDOR =
      new Vendor("444455556666", null, Vendor.Principal.ACCOUNT_ROOT);

  @Test
  void everyRuleHasOneCheckInIdOrder() {
    // ONR508 and ONR509 are the one check that needs a newer IAM catalog (ReadOnlyWildcardDrift),
    // which cfn:validate runs when given one.
    assertThat(SecurityChecks.all())
        .extracting(SecurityCheck::code)
        .containsExactly(
            Stream.of(SecurityCheckCode.values())
                .filter(code -> code.id().compareTo("ONR508") < 0)
                .toArray(SecurityCheckCode[]::new));
    assertThat(SecurityCheckCode.values())
        .extracting(SecurityCheckCode::id)
        .containsExactly(
            "ONR501", "ONR502", "ONR503", "ONR504", "ONR505", "ONR506", "ONR508", "ONR509");
    assertThat(ReadOnlyWildcardDrift.against(ActionCatalog.bundled()).code().id())
        .isEqualTo("ONR508");
    assertThat(SecurityCheckCode.values()).allMatch(code -> code.tool().equals("onramp"));
  }

  /** The golden scenarios and the shipped blueprints, built-in policy sets included, pass. */
  @TestFactory
  Stream<DynamicTest> everyScenarioAndShippedBlueprintPassesEveryCheck() throws Exception {
    List<BlueprintSource> sources = new ArrayList<>();
    for (Path scenario : folders(moduleDirectory().resolve("src/test/resources/scenarios/valid"))) {
      sources.add(
          new BlueprintSource(
              scenario.getFileName() + "/blueprint.yaml",
              Files.readAllBytes(scenario.resolve("blueprint.yaml"))));
      // Member blueprints an organization scenario embeds are checked on their own too.
      Path members = scenario.resolve("members");
      for (Path member : Files.isDirectory(members) ? yamlFiles(members) : List.<Path>of()) {
        sources.add(
            new BlueprintSource(
                scenario.getFileName() + "/members/" + member.getFileName(),
                Files.readAllBytes(member)));
      }
    }
    Path shipped =
        moduleDirectory().resolve("../blueprints/src/main/resources/dev/onramp/blueprints");
    for (Path blueprint : yamlFiles(shipped)) {
      String name = blueprint.getFileName().toString().replaceFirst("\\.yaml$", "");
      sources.add(new BlueprintSource("onramp-blueprints:" + name, Files.readAllBytes(blueprint)));
    }
    assertThat(sources)
        .extracting(BlueprintSource::displayName)
        .contains("root-principal/blueprint.yaml", "onramp-blueprints:cross-account-read-only");
    List<CompiledTemplate> templates =
        new Generator().compileAll(sources, Optional.of(VENDOR)).templates();
    assertThat(templates).hasSameSizeAs(sources);
    return templates.stream()
        .map(
            template ->
                DynamicTest.dynamicTest(
                    template.blueprintFile(),
                    () -> assertThat(rendered(SecurityChecks.run(template))).isEmpty()));
  }

  @Test
  void aWaivedRuleReportsNothingAndTheOthersStillRun() throws Exception {
    String blueprint =
        """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata: {name: acme}
        vendor: {accountId: "111122223333", principal: account-root}
        policySets:
          - name: inventory
            readOnly: true
            statements:
              - {action: [ec2:DescribeInstances, ec2:CreateTags], resource: "*"}
        roles:
          - id: VendorRole
            policySets: [inventory]
        %s
        """;
    CompiledTemplate unwaived = CheckFixtures.compile(blueprint.formatted(""));
    assertThat(SecurityChecks.run(unwaived))
        .extracting(finding -> finding.code().id())
        .containsExactly("ONR502");

    CompiledTemplate waived =
        CheckFixtures.compile(
            blueprint.formatted(
                """
                suppressions:
                  - rule: ONR502
                    reason: The vendor tags instances it has inventoried; reviewed by security.
                """));
    assertThat(SecurityChecks.waivedRules(waived.template())).containsExactly("ONR502");
    assertThat(SecurityChecks.run(waived)).isEmpty();
  }

  @Test
  void aWaiverCoversOnlyItsOwnRule() {
    var role =
        resource(
            "AWS::IAM::Role",
            "AssumeRolePolicyDocument",
            document(
                map(
                    "Effect",
                    "Allow",
                    "Principal",
                    map("AWS", "arn:aws:iam::111122223333:root"),
                    "Action",
                    "sts:AssumeRole")));
    Map<String, Object> metadata =
        Map.of(
            "Onramp",
            map(
                "Suppressions",
                List.of(map("Rule", "ONR501", "Reason", "The vendor's broker cannot send one."))));
    List<Diagnostic> findings =
        SecurityChecks.run(CheckFixtures.template(metadata, Map.of(), "BrokerRole", role));
    assertThat(findings).extracting(finding -> finding.code().id()).containsExactly("ONR505");
  }

  private static Path moduleDirectory() throws URISyntaxException {
    // target/test-classes -> the module
    return Paths.get(SecurityChecksTest.class.getResource("/scenarios").toURI())
        .getParent()
        .getParent()
        .getParent();
  }

  private static List<Path> folders(Path root) throws IOException {
    try (Stream<Path> entries = Files.list(root)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<Path> yamlFiles(Path root) throws IOException {
    assertThat(root).as("the shipped blueprints, next to this module").isDirectory();
    try (Stream<Path> entries = Files.list(root)) {
      return entries.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
