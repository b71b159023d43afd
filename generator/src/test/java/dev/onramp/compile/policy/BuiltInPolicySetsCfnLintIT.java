package dev.onramp.compile.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.blueprint.model.PolicySetSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in policy set, as a managed policy of a role, passes cfn-lint (an integration test).
 */
class BuiltInPolicySetsCfnLintIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * cfn-lint knows every IAM action (rule W3037): a misspelt action, or a wildcard that matches
   * none, is reported. Informational rules are included; the sets must pass without any finding.
   */
  @Test
  void cfnLintFindsNothingInAnySet(@TempDir Path folder) throws Exception {
    Optional<Path> cfnLint = onPath("cfn-lint");
    assumeTrue(cfnLint.isPresent(), "cfn-lint is not on the PATH");
    List<String> command =
        new ArrayList<>(List.of(cfnLint.get().toString(), "--include-checks", "I", "--"));
    for (PolicySetSpec set : BuiltInPolicySets.all().values()) {
      Path file = folder.resolve(set.name() + ".json");
      JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), template(set));
      command.add(file.toString());
    }

    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(output).as("cfn-lint output").isEmpty();
    assertThat(process.exitValue()).as("cfn-lint exit code").isZero();
  }

  /** A template with a role and the set as its managed policy, as cfn-lint checks it. */
  private static Map<String, Object> template(PolicySetSpec set) {
    Map<String, Object> trust =
        Map.of(
            "Version",
            "2012-10-17",
            "Statement",
            List.of(
                Map.of(
                    "Effect",
                    "Allow",
                    "Principal",
                    Map.of(
                        "AWS", Map.of("Fn::Sub", "arn:${AWS::Partition}:iam::111122223333:root")),
                    "Action",
                    "sts:AssumeRole",
                    "Condition",
                    Map.of("StringEquals", Map.of("sts:ExternalId", "example")))));
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put(
        "Role",
        Map.of("Type", "AWS::IAM::Role", "Properties", Map.of("AssumeRolePolicyDocument", trust)));
    resources.put(
        "Policy",
        Map.of(
            "Type",
            "AWS::IAM::ManagedPolicy",
            "Properties",
            Map.of(
                "Description", set.description(),
                "Roles", List.of(Map.of("Ref", "Role")),
                "PolicyDocument", BuiltInPolicySetsTest.policyDocument(set))));
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("AWSTemplateFormatVersion", "2010-09-09");
    template.put("Description", "Built-in policy set " + set.name());
    template.put("Resources", resources);
    return template;
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String folder : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(folder, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
