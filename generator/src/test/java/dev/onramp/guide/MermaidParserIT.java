package dev.onramp.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser says yes to a diagram like the guides' and no, with Mermaid's message, to each kind of
 * mistake a generator could make in it: a check that cannot fail would prove nothing. Each broken
 * diagram is the good one with a single defect, so the refusal is about that defect.
 */
class MermaidParserIT {

  /** The trust and data flow of an onboarding guide, with every construct the guides use. */
  private static final String ONBOARDING =
      """
      flowchart LR
        subgraph vendor["Vendor account 111122223333"]
          saas["Onramp SaaS (ingest workers)"]
        end
        subgraph customer["Customer account"]
          role["OnrampReadOnly role"]
          cur[("CUR bucket: s3://acme-cur/reports")]
          billing["Billing & Cost Management"]
          sns(["SNS callback topic"])
        end
        subgraph org["AWS Organization"]
          stackset{{"StackSet: onramp-member-roles"}}
          members["Member accounts (OU ou-ab12-cdef3456)"]
        end
        saas -->|"sts:AssumeRole + ExternalId"| role
        role -.->|"s3:GetObject, s3:ListBucket"| cur
        billing -- "hourly CUR 2.0 export" --> cur
        stackset ==>|"CREATE/UPDATE/DELETE"| members
        role -. "cloudformation:DescribeStacks" .-> stackset
        sns -->|"POST https://api.example.com/onboard?tenant=acme&step=2"| saas
        classDef vendorNode fill:#e8f0fe,stroke:#1a73e8,stroke-width:2px
        classDef customerNode fill:#fef7e0,stroke:#f9ab00
        class saas vendorNode
        class role,cur,billing,sns customerNode
      """;

  private static MermaidParser parser;

  @BeforeAll
  static void start() throws Exception {
    parser = MermaidParser.start();
  }

  @AfterAll
  static void stop() {
    if (parser != null) {
      parser.close();
    }
  }

  @Test
  void acceptsTheOnboardingFlowchart() throws Exception {
    assertThat(parser.parse(Map.of("onboarding", ONBOARDING))).isEmpty();
  }

  @Test
  void acceptsTheOldGraphKeywordAndEveryLinkKind() throws Exception {
    String links =
        """
        graph TD
          a --> b
          a --- c
          a -.- d
          a ==> e
          a --o f
          a --x g
          a <--> h
          a ~~~ i
          a -->|plain label| b
          a --> b & c
        """;
    assertThat(parser.parse(Map.of("links", links))).isEmpty();
  }

  @Test
  void refusesAnUnbalancedBracket() throws Exception {
    String broken = replaceOnce(ONBOARDING, "role\"]\n", "role\"\n");

    assertThat(parser.parse(Map.of("unbalanced", broken)))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.name()).isEqualTo("unbalanced");
              // The node on line 6 never closes, so the parser meets the next node's "[(".
              assertThat(problem.message())
                  .startsWith("Parse error on line 7:")
                  .contains("Expecting 'SQE'")
                  .endsWith("got 'CYLINDERSTART'");
            });
  }

  @Test
  void refusesArrowsMermaidDoesNotHave() throws Exception {
    Map<String, String> diagrams = new LinkedHashMap<>();
    // "->" is Graphviz's and PlantUML's arrow; Mermaid's shortest is "-->".
    diagrams.put("single-dash", replaceOnce(ONBOARDING, "saas -->|", "saas ->|"));
    diagrams.put("tilde", replaceOnce(ONBOARDING, "saas -->|", "saas ~~>|"));

    List<MermaidProblem> problems = parser.parse(diagrams);

    assertThat(problems).extracting(MermaidProblem::name).containsExactly("single-dash", "tilde");
    assertThat(problems.get(0).message())
        .startsWith("Parse error on line 15:")
        .contains("saas ->|")
        .endsWith(
            "Expecting 'SEMI', 'NEWLINE', 'EOF', 'AMP', 'START_LINK', 'LINK', 'LINK_ID',"
                + " got 'MINUS'");
    assertThat(problems.get(1).message())
        .startsWith("Lexical error on line 15. Unrecognized text.")
        .contains("saas ~~>|");
  }

  @Test
  void refusesASubgraphWithoutEnd() throws Exception {
    String broken = replaceOnce(ONBOARDING, "  end\n  saas -->|", "  saas -->|");

    assertThat(parser.parse(Map.of("no-end", broken)))
        .singleElement()
        .satisfies(
            problem ->
                // Mermaid reads to the end of the text still inside the subgraph: it wants "end"
                // where the input ends ('1' is its end-of-input token).
                assertThat(problem.message())
                    .startsWith("Parse error on line 25:")
                    .contains("'subgraph', 'end'")
                    .endsWith("got '1'"));
  }

  @Test
  void refusesTextThatIsNoDiagram() throws Exception {
    assertThat(parser.parse(Map.of("typo", "flowchrt LR\n  a --> b", "empty", "")))
        .extracting(MermaidProblem::message)
        .allSatisfy(
            message ->
                assertThat(message)
                    .startsWith("No diagram type detected matching given configuration"));
  }

  @Test
  void reportsOnlyTheBrokenDiagramsOfABatchInItsOrder() throws Exception {
    // Many diagrams per call and many calls per process: the guides' tests send all their blocks at
    // once, and a refusal must name its diagram, not the batch.
    Map<String, String> diagrams = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      diagrams.put("guide-" + i + ".md#1", i % 7 == 3 ? ONBOARDING + "  x[\"open\n" : ONBOARDING);
    }

    for (int round = 0; round < 2; round++) {
      assertThat(parser.parse(diagrams))
          .extracting(MermaidProblem::name)
          .containsExactly("guide-3.md#1", "guide-10.md#1", "guide-17.md#1");
    }
    assertThat(parser.parse(Map.of())).isEmpty();
  }

  private static String replaceOnce(String text, String target, String replacement) {
    int at = text.indexOf(target);
    assertThat(at).as("%s in the diagram", target).isNotNegative();
    assertThat(text.indexOf(target, at + 1)).as("%s once in the diagram", target).isNegative();
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }
}
