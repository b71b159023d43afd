package dev.onramp.review.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.onramp.template.ContentHash;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineIT {
  private static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme, version: %s}
      vendor: {accountId: "111122223333"}
      roles: [{id: AcmeRole, policySets: [%s]}]
      """;

  @TempDir Path project;

  private HttpServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  private Baseline.Project project() {
    return new Baseline.Project(
        project, project.resolve("src/main/blueprints"), List.of(), Optional.empty());
  }

  @Test
  void aDirectoryWithTheOutputLayoutIsReadByBlueprintName() throws Exception {
    Files.createDirectories(project.resolve("baseline/acme"));
    Files.writeString(project.resolve("baseline/acme/template.yaml"), "Resources: {}\n");
    Files.createDirectories(project.resolve("baseline/notes"));

    BaselineTemplates baseline = Baseline.resolve("baseline", project());

    assertThat(baseline.templates()).containsExactly(Map.entry("acme", "Resources: {}\n"));
    assertThat(baseline.description()).isEqualTo("directory baseline");
  }

  @Test
  void aGitRefIsTheProjectsBlueprintsAtThatRefCompiledNow() throws Exception {
    Path blueprints = Files.createDirectories(project.resolve("src/main/blueprints"));
    git("init", "-q");
    Files.writeString(blueprints.resolve("acme.yaml"), BLUEPRINT.formatted("1.0.0", "read-only"));
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "first");
    git("tag", "v1");
    Files.writeString(
        blueprints.resolve("acme.yaml"), BLUEPRINT.formatted("2.0.0", "security-audit"));

    BaselineTemplates baseline = Baseline.resolve("v1", project());

    assertThat(baseline.description()).isEqualTo("git ref v1");
    assertThat(baseline.templates()).containsOnlyKeys("acme");
    assertThat(baseline.templates().get("acme"))
        .contains("BlueprintVersion: '1.0.0'")
        .contains("PolicySet: read-only")
        .doesNotContain("security-audit");
  }

  @Test
  void aManifestIsFollowedToEachTemplateAndItsHashChecked() throws Exception {
    byte[] template = "Resources: {}\n".getBytes(StandardCharsets.UTF_8);
    Map<String, byte[]> files = new ConcurrentHashMap<>();
    files.put("/t/acme.yaml", template);
    files.put(
        "/manifest.json",
        ("{\"blueprints\":[{\"name\":\"acme\",\"version\":\"1.0.0\",\"sha256\":\""
                + ContentHash.sha256Hex(template)
                + "\",\"templates\":{\"us-east-1\":\"/t/acme.yaml\"}}]}")
            .getBytes(StandardCharsets.UTF_8));
    String base = serve(files);

    BaselineTemplates baseline = Baseline.resolve(base + "/manifest.json", project());

    assertThat(baseline.templates()).containsExactly(Map.entry("acme", "Resources: {}\n"));

    files.put("/t/acme.yaml", "Resources: {Changed: {}}\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Baseline.resolve(base + "/manifest.json", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("has SHA-256")
        .hasMessageContaining("not the manifest's " + ContentHash.sha256Hex(template));
    assertThatThrownBy(() -> Baseline.resolve(base + "/missing.json", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("answered HTTP 404");
  }

  @Test
  void somethingThatIsNoneOfTheThreeIsRefusedWithTheChoices() {
    assertThatThrownBy(() -> Baseline.resolve("no-such-thing", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("baseline 'no-such-thing' is not a directory")
        .satisfies(
            e ->
                assertThat(((BaselineException) e).hint())
                    .contains("git ref")
                    .contains("manifest"));
  }

  private void git(String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", project.toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
  }

  private String serve(Map<String, byte[]> files) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = files.get(exchange.getRequestURI().getPath());
          exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
          if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }
}
