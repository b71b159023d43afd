package dev.onramp.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every guide's trust-flow diagram, of every scenario and of a published vendor's stack, is a
 * flowchart that Mermaid's own parser accepts. An integration test: the parser runs in Node.
 */
class OnboardingGuideDiagramsIT {

  @Test
  void everyDiagramIsAFlowchartMermaidParses() throws Exception {
    Map<String, String> diagrams = new LinkedHashMap<>();
    OnboardingGuideTest.scenarioGuides()
        .forEach((name, guide) -> diagrams.put(name, GuideAssertions.mermaidOf(name, guide)));
    String published =
        new OnboardingGuide()
            .renderAll(OnboardingGuideTest.compile(OnboardingGuideTest.PUBLISHED))
            .get("acme-payer");
    diagrams.put("acme-payer", GuideAssertions.mermaidOf("acme-payer", published));
    try (MermaidParser parser = MermaidParser.start()) {
      assertThat(parser.parse(diagrams)).isEmpty();
    }
  }
}
