package dev.onramp.review.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.template.ContentHash;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The templates of a published release, found through its manifest ({@code <prefix>/manifest.json}
 * for the latest release, {@code <prefix>/releases/<release id>.json} for any): a JSON document
 * listing each blueprint with the SHA-256 of its template and the URL of the template in each
 * region. Each template is fetched from its first region (in name order) and checked against its
 * SHA-256, so a baseline is never a template that changed under a published link.
 *
 * <pre>{"blueprints": [{"name": "acme-portal", "version": "1.0.0", "sha256": "…",
 *   "templates": {"us-east-1": "https://…/acme-portal/1.0.0/….yaml"}}]}</pre>
 */
final class ManifestSide {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Either manifest cfn:publish writes has the same format. */
  private static final String MANIFEST_HINT =
      "give the URL of a manifest that cfn:publish wrote: <prefix>/manifest.json (the latest"
          + " release) or <prefix>/releases/<release id>.json (any release, as listed in"
          + " <prefix>/<blueprint>/releases.json)";

  private ManifestSide() {}

  static Side read(URI manifest) throws BaselineException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    JsonNode root;
    try {
      root = JSON.readTree(fetch(client, manifest));
    } catch (IOException e) {
      throw new BaselineException(
          "the manifest at " + manifest + " is not JSON: " + e.getMessage(), MANIFEST_HINT);
    }
    JsonNode blueprints = root.path("blueprints");
    if (!blueprints.isArray() || blueprints.isEmpty()) {
      throw new BaselineException(
          "the manifest at " + manifest + " lists no blueprints", MANIFEST_HINT);
    }
    List<SideTemplate> templates = new ArrayList<>();
    for (JsonNode blueprint : blueprints) {
      String name = blueprint.path("name").asText("");
      String sha256 = blueprint.path("sha256").asText("");
      TreeMap<String, String> byRegion = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = blueprint.path("templates").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        byRegion.put(entry.getKey(), entry.getValue().asText(""));
      }
      if (name.isEmpty() || sha256.isEmpty() || byRegion.isEmpty()) {
        throw new BaselineException(
            "an entry of the manifest at " + manifest + " lacks its name, sha256 or templates",
            "republish the release with cfn:publish");
      }
      URI url = manifest.resolve(byRegion.firstEntry().getValue());
      byte[] body = fetch(client, url);
      String actual = ContentHash.sha256Hex(body);
      if (!actual.equals(sha256)) {
        throw new BaselineException(
            "the template of "
                + name
                + " at "
                + url
                + " has SHA-256 "
                + actual
                + ", not the manifest's "
                + sha256,
            "the published template changed under its manifest; republish it and find out who"
                + " overwrote it");
      }
      templates.add(
          SideTemplate.read(
              name, new String(body, StandardCharsets.UTF_8), url.toString(), Optional.empty()));
    }
    return new Side("manifest " + manifest, templates, false);
  }

  private static byte[] fetch(HttpClient client, URI uri) throws BaselineException {
    try {
      HttpResponse<byte[]> response =
          client.send(
              HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new BaselineException(
            "GET " + uri + " answered HTTP " + response.statusCode(),
            response.statusCode() == 403
                ? "the URL may have expired or need credentials; use a fresh presigned URL"
                : "check the URL");
      }
      return response.body();
    } catch (IOException e) {
      throw new BaselineException(
          "cannot fetch " + uri + ": " + e, "check the URL and the network", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BaselineException("interrupted while fetching " + uri, "run the build again", e);
    }
  }
}
