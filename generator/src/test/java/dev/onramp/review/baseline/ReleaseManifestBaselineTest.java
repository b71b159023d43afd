package dev.onramp.review.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.onramp.publish.Manifest;
import dev.onramp.template.ContentHash;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dcfn.baseline=<URL>} names any release: its own manifest, {@code
 * <prefix>/releases/<release id>.json}, is read as {@code <prefix>/manifest.json} is.
 */
class ReleaseManifestBaselineTest {
  @TempDir Path project;
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void serve(String path, byte[] bytes) {
    server.createContext(
        path,
        exchange -> {
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }

  private Side.Project project() {
    return new Side.Project(
        project, project.resolve("src/main/blueprints"), List.of(), Optional.empty());
  }

  @Test
  void aReleaseManifestUrlIsABaseline() throws Exception {
    byte[] template = SideTemplates.role("s3:GetObject").getBytes(StandardCharsets.UTF_8);
    String sha256 = ContentHash.sha256Hex(template);
    String key = "/onramp/acme/1.0.0/" + sha256 + ".yaml";
    serve(key, template);
    byte[] manifest =
        new Manifest(
                List.of(
                    new Manifest.Entry(
                        "acme",
                        "1.0.0",
                        sha256,
                        template.length,
                        Map.of("us-east-1", base + key),
                        List.of())))
            .toJson()
            .getBytes(StandardCharsets.UTF_8);
    String release = ContentHash.sha256Hex(manifest).substring(0, 16);
    serve("/onramp/releases/" + release + ".json", manifest);

    Side side = Sides.resolve(base + "/onramp/releases/" + release + ".json", project());

    assertThat(side.description())
        .isEqualTo("manifest " + base + "/onramp/releases/" + release + ".json");
    assertThat(side.template("acme")).isPresent();
  }

  @Test
  void aUrlThatIsNoManifestNamesBothKindsOfManifest() throws Exception {
    serve("/onramp/releases/nothing.json", "<html/>".getBytes(StandardCharsets.UTF_8));

    BaselineException e =
        catchThrowableOfType(
            BaselineException.class,
            () -> Sides.resolve(base + "/onramp/releases/nothing.json", project()));

    assertThat(e.hint())
        .contains("<prefix>/manifest.json (the latest release)")
        .contains("<prefix>/releases/<release id>.json");
  }
}
