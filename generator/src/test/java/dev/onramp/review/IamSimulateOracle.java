package dev.onramp.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.testing.NodeTool;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An IAM evaluator that is not Onramp's, for the differential test of the policy review: {@code
 * label.mjs} beside this class reads a before and an after template on its own, samples requests
 * (actions, resources, condition contexts, principals) and evaluates each under both sides with
 * {@code @cloud-copilot/iam-simulate}, then labels the pair {@code equal}, {@code escalation},
 * {@code reduction} or {@code mixed}. One Node process serves every {@link #label} call until
 * {@link #close}.
 *
 * <p>Licence: {@code @cloud-copilot/iam-simulate} is AGPL-3.0-or-later. It is a test-time external
 * tool only: it runs in its own Node process during tests, is never shipped, never on the main
 * classpath and never linked from main code; only its answers (the corpus labels) are kept.
 *
 * <p>The Node packages are pinned by {@code oracle/package-lock.json} beside this class and
 * installed into {@code ~/.cache/onramp/iam-oracle/<digest>} by {@link NodeTool}. Node 20 and npm
 * must be on the PATH; without them {@link #start} fails (CI has both), it does not skip.
 */
public final class IamSimulateOracle implements AutoCloseable {

  private static final String SCRIPT = "label.mjs";
  private static final NodeTool.Spec SPEC =
      new NodeTool.Spec(
          IamSimulateOracle.class,
          "oracle",
          "iam-oracle",
          "IAM oracle",
          "Node.js 20 or newer and npm",
          List.of(
              SCRIPT,
              "template.mjs",
              "configurations.mjs",
              "subjects.mjs",
              "sampling.mjs",
              "evaluate.mjs"));
  private static final Duration PAIR_TIMEOUT = Duration.ofMinutes(15);

  private final NodeTool tool;

  private IamSimulateOracle(NodeTool tool) {
    this.tool = tool;
  }

  /** Installs the Node packages if needed and starts the evaluator process; close it when done. */
  public static IamSimulateOracle start() throws IOException {
    return new IamSimulateOracle(NodeTool.start(SPEC));
  }

  /**
   * Labels one pair of templates.
   *
   * @param name a name for failure messages (the corpus folder)
   * @param before the before template's text (YAML or JSON)
   * @param after the after template's text
   */
  public synchronized OracleLabel label(String name, String before, String after)
      throws IOException {
    Map<String, String> request = new java.util.LinkedHashMap<>();
    request.put("name", name);
    request.put("before", before);
    request.put("after", after);
    JsonNode reply = tool.ask(request, PAIR_TIMEOUT, "label " + name);
    if (reply.has("fatal")) {
      throw tool.failure(SCRIPT + " could not label " + name + ": " + reply.get("fatal").asText());
    }
    if (!name.equals(reply.path("name").asText())) {
      throw tool.failure("answered " + reply.path("name") + " for " + name);
    }
    String label = reply.path("label").asText();
    if (label.equals("unlabelled")) {
      return OracleLabel.unlabelled(reply.path("reason").asText());
    }
    List<String> witnesses = new ArrayList<>();
    reply.path("witnesses").path("escalation").forEach(w -> witnesses.add("+ " + w.asText()));
    reply.path("witnesses").path("reduction").forEach(w -> witnesses.add("- " + w.asText()));
    return OracleLabel.labelled(AccessVerdict.parse(label), witnesses);
  }

  /** Ends the Node process: it exits when its input closes. */
  @Override
  public void close() {
    tool.close();
  }
}
