package dev.onramp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.generate.GeneratedBlueprint;
import org.junit.jupiter.api.Test;

/** The whole-sample benchmark generates the sample's four blueprints and the shipped one. */
class CdkSynthBenchmarkTest {

  @Test
  void theWholeSampleIsItsFourBlueprintsAndTheShippedOne() throws Exception {
    CdkSynthBenchmark.WholeSample sample = new CdkSynthBenchmark.WholeSample();
    sample.read();
    try {
      assertThat(new CdkSynthBenchmark().generateWholeSample(sample).blueprints())
          .extracting(GeneratedBlueprint::name)
          .containsExactlyInAnyOrder(
              "acme-finops",
              "acme-finops-member",
              "acme-identity",
              "acme-portal",
              "security-audit");
    } finally {
      sample.deleteWork();
    }
  }
}
