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

/** The sides that need git or a web server: a git ref (blueprints or templates) and a manifest. */
class SidesIT {
  private static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme, version: %s}
      vendor: {accountId: "111122223333", principal: account-root}
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

  private Side.Project project() {
    return new Side.Project(
        project, project.resolve("src/main/blueprints"), List.of(), Optional.empty());
  }

  @Test
  void aDirectoryWithTheOutputLayoutIsReadByBlueprintName() throws Exception {
    Files.createDirectories(project.resolve("baseline/acme"));
    Files.writeString(project.resolve("baseline/acme/template.yaml"), "Resources: {}\n");
    Files.createDirectories(project.resolve("baseline/notes"));

    Side baseline = Sides.resolve("baseline", project());

    assertThat(baseline.templates()).extracting(SideTemplate::name).containsExactly("acme");
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

    Side baseline = Sides.resolve("v1", project());

    assertThat(baseline.description()).isEqualTo("git ref v1");
    assertThat(baseline.templates()).extracting(SideTemplate::name).containsExactly("acme");
    SideTemplate acme = baseline.template("acme").orElseThrow();
    assertThat(acme.version()).isEqualTo("1.0.0");
    assertThat(acme.file()).isEmpty();
    assertThat(acme.template().toString())
        .contains("PolicySet=read-only")
        .doesNotContain("security-audit");
  }

  @Test
  void refColonPathIsTheTemplateFileOrFolderAtThatRef() throws Exception {
    git("init", "-q");
    Files.createDirectories(project.resolve("cfn/acme"));
    Files.writeString(
        project.resolve("cfn/acme/template.yaml"), SideTemplates.role("s3:GetObject"));
    Files.writeString(project.resolve("cfn/beta.json"), "{\"Resources\": {}}");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "first");
    Files.writeString(project.resolve("cfn/acme/template.yaml"), "not: [read");

    Side folder = Sides.resolve("HEAD:cfn", project());
    assertThat(folder.description()).isEqualTo("git ref HEAD:cfn");
    assertThat(folder.oneFile()).isFalse();
    assertThat(folder.templates()).extracting(SideTemplate::name).containsExactly("acme");
    assertThat(folder.templates().get(0).template().resources()).containsKey("AppRole");

    Side file = Sides.resolve("HEAD:cfn/beta.json", project());
    assertThat(file.oneFile()).isTrue();
    assertThat(file.templates()).extracting(SideTemplate::name).containsExactly("beta");

    assertThatThrownBy(() -> Sides.resolve("HEAD:", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("does not name a path after HEAD");
    Files.writeString(project.resolve("cfn/acme/app.yaml"), SideTemplates.role("s3:GetObject"));
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "second");
    assertThatThrownBy(() -> Sides.resolve("HEAD:cfn/acme", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessage("cfn/acme at HEAD holds no <name>/template.yaml or <name>/template.json")
        .satisfies(
            e ->
                assertThat(((BaselineException) e).hint())
                    .isEqualTo("give one template file, such as HEAD:cfn/acme/app.yaml"));
    assertThatThrownBy(() -> Sides.resolve("HEAD:cfn/gone.yaml", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessage("cfn/gone.yaml does not exist at HEAD");
  }

  @Test
  void aRefWithoutBlueprintsPointsToTheTemplatesAtThatRef() throws Exception {
    git("init", "-q");
    Files.writeString(project.resolve("template.yaml"), SideTemplates.role("s3:GetObject"));
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "first");

    assertThatThrownBy(() -> Sides.resolve("HEAD", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessage("git ref HEAD holds no blueprints in " + project.resolve("src/main/blueprints"))
        .satisfies(e -> assertThat(((BaselineException) e).hint()).contains("HEAD:<template"));
    assertThat(Sides.resolve("HEAD:template.yaml", project()).templates())
        .extracting(SideTemplate::name)
        .containsExactly("template");
  }

  @Test
  void aBareRefWithoutBlueprintsIsTheOtherSidesFileOrFolderAtThatRef() throws Exception {
    git("init", "-q");
    Files.createDirectories(project.resolve("cfn/acme"));
    Files.writeString(
        project.resolve("cfn/acme/template.yaml"), SideTemplates.role("s3:GetObject"));
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "first");
    Files.writeString(
        project.resolve("cfn/acme/template.yaml"),
        SideTemplates.role("s3:GetObject", "s3:PutObject"));
    Side current = Sides.resolve("cfn", project());

    Side baseline =
        Sides.resolve(
            "HEAD",
            new Side.Project(
                project,
                project.resolve("src/main/blueprints"),
                List.of(),
                Optional.empty(),
                current.source()));

    assertThat(baseline.description()).isEqualTo("git ref HEAD:cfn");
    assertThat(PolicyReview.compare(current, baseline).diffs())
        .singleElement()
        .satisfies(diff -> assertThat(diff.diff().verdict().toString()).isEqualTo("escalation"));
    Side file =
        Sides.resolve(
            "HEAD",
            new Side.Project(
                project,
                project.resolve("src/main/blueprints"),
                List.of(),
                Optional.empty(),
                Sides.resolve("cfn/acme/template.yaml", project()).source()));
    assertThat(file.description()).isEqualTo("git ref HEAD:cfn/acme/template.yaml");
    assertThat(file.oneFile()).isTrue();
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

    Side baseline = Sides.resolve(base + "/manifest.json", project());

    assertThat(baseline.templates()).extracting(SideTemplate::name).containsExactly("acme");
    assertThat(baseline.description()).isEqualTo("manifest " + base + "/manifest.json");

    files.put("/t/acme.yaml", "Resources: {Changed: {}}\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Sides.resolve(base + "/manifest.json", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("has SHA-256")
        .hasMessageContaining("not the manifest's " + ContentHash.sha256Hex(template));
    assertThatThrownBy(() -> Sides.resolve(base + "/missing.json", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("answered HTTP 404");
  }

  @Test
  void somethingThatIsNoneOfTheKindsIsRefusedWithTheChoices() {
    assertThatThrownBy(() -> Sides.resolve("no-such-thing", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("'no-such-thing' is not a folder")
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
