package dev.onramp.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.guide.GuideAssertions;
import dev.onramp.guide.MermaidParser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every shipped blueprint's guide has a trust-flow diagram that Mermaid's own parser accepts. An
 * integration test: the parser runs in Node.
 */
class ShippedGuideDiagramsIT {

  @Test
  void everyShippedGuidesDiagramMermaidParses() throws Exception {
    Map<String, String> diagrams = new LinkedHashMap<>();
    ShippedGuidesTest.shippedGuides()
        .forEach((name, guide) -> diagrams.put(name, GuideAssertions.mermaidOf(name, guide)));
    try (MermaidParser parser = MermaidParser.start()) {
      assertThat(parser.parse(diagrams)).as("Mermaid's verdict").isEmpty();
    }
  }
}
