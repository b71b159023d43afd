package dev.onramp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.generate.GeneratedBlueprint;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

/**
 * Both sides of the ratio work on the same blueprints: what {@code generate} writes is what {@code
 * synth} synthesizes, a stack per construct, each with the resources of the generated template. An
 * integration test: synthesis runs the CDK in Node.
 */
class CdkSynthBenchmarkIT {

  @Test
  void generateAndSynthCoverTheSameBlueprints() throws Exception {
    CdkSynthBenchmark.Constructs state = new CdkSynthBenchmark.Constructs();
    state.blueprints = "both";
    state.generateAndCompile(true);
    try {
      CdkSynthBenchmark benchmark = new CdkSynthBenchmark();
      List<GeneratedBlueprint> generated = benchmark.generate(state).blueprints();
      CloudAssembly assembly = benchmark.synth(state);

      assertThat(generated)
          .extracting(GeneratedBlueprint::name)
          .containsExactlyInAnyOrder("acme-portal", "acme-finops-member");
      assertThat(generated).allSatisfy(blueprint -> assertThat(blueprint.cdkSources()).hasSize(3));
      assertThat(state.constructs)
          .containsExactlyInAnyOrder(
              "com.acme.cloud.onboarding.AcmePortal", "com.acme.cloud.onboarding.AcmeFinopsMember");
      assertThat(assembly.getStacks()).hasSize(2);
      for (CloudFormationStackArtifact stack : assembly.getStacks()) {
        assertThat(stack.getTemplate().toString()).contains("AWS::IAM::Role");
      }
    } finally {
      state.deleteWork();
    }
  }
}
