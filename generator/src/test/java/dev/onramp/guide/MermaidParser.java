package dev.onramp.guide;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.testing.NodeTool;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mermaid's own parser ({@code mermaid.parse}, Mermaid 11 in Node with jsdom), for tests that must
 * prove a generated diagram renders: a hand-written grammar check would accept what Mermaid
 * refuses. One Node process serves every {@link #parse} call until {@link #close}, because loading
 * Mermaid and jsdom takes about two seconds and parsing a guide-sized flowchart about 17 ms.
 *
 * <p>The Node packages are pinned by {@code mermaid/package-lock.json} beside this class and
 * installed into {@code ~/.cache/onramp/mermaid/<digest>} by {@link NodeTool}. Node 20.19+ and npm
 * must be on the PATH; without them {@link #start} fails (CI has both), it does not skip.
 */
public final class MermaidParser implements AutoCloseable {

  private static final String SCRIPT = "parse.mjs";
  private static final NodeTool.Spec SPEC =
      new NodeTool.Spec(
          MermaidParser.class,
          "mermaid",
          "mermaid",
          "Mermaid parser",
          "Node.js 20.19 or newer and npm",
          List.of(SCRIPT));
  private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(2);

  private final NodeTool tool;

  private MermaidParser(NodeTool tool) {
    this.tool = tool;
  }

  /** Installs the Node packages if needed and starts the parser process; close it when done. */
  public static MermaidParser start() throws IOException {
    return new MermaidParser(NodeTool.start(SPEC));
  }

  /**
   * Parses each diagram with {@code mermaid.parse}.
   *
   * @param diagramsByName diagram text by a name used in the problems (a Markdown file and block)
   * @return one problem per diagram Mermaid refused, in the map's order; empty if all parse
   */
  public synchronized List<MermaidProblem> parse(Map<String, String> diagramsByName)
      throws IOException {
    if (diagramsByName.isEmpty()) {
      return List.of();
    }
    JsonNode reply =
        tool.ask(diagramsByName, BATCH_TIMEOUT, "parse " + diagramsByName.size() + " diagrams");
    if (reply.has("fatal")) {
      throw tool.failure(SCRIPT + " refused the request: " + reply.get("fatal").asText());
    }
    List<MermaidProblem> problems = new ArrayList<>();
    Set<String> answered = new HashSet<>();
    for (JsonNode result : reply) {
      String name = result.path("name").asText();
      answered.add(name);
      if (!result.path("ok").asBoolean()) {
        problems.add(new MermaidProblem(name, result.path("error").asText()));
      }
    }
    // A diagram without an answer would otherwise count as valid.
    if (!answered.equals(diagramsByName.keySet())) {
      throw tool.failure("answered " + answered + " for " + diagramsByName.keySet());
    }
    return problems;
  }

  /** Ends the Node process: it exits when its input closes. */
  @Override
  public void close() {
    tool.close();
  }
}
