package dev.onramp.blueprint.bind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.Generator;
import dev.onramp.generate.Scenarios;
import dev.onramp.testing.NodeTool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published JSON Schema agrees with the plugin. Two validators we did not write check every
 * blueprint of a corpus against the schema the jar ships: npm {@code ajv} (draft 2020-12, strict,
 * with {@code ajv-formats}; YAML read by the {@code yaml} package, YAML 1.2, as the YAML language
 * server reads it) and Python {@code jsonschema} ({@code Draft202012Validator} with format
 * checking; YAML read by PyYAML, YAML 1.1). The plugin's own verdict is the generator's: read,
 * bind, validate and compile.
 *
 * <p>The corpus: every golden scenario ({@code scenarios/valid}, {@code scenarios/invalid}, a
 * scenario's member blueprints with it) and the small cases of {@code schema-corpus/}, one or more
 * for each rule the schema states ({@code valid/} the plugin accepts, {@code invalid/} it refuses).
 * Each validator must give the plugin's verdict, except for the cases {@code
 * schema-corpus/inexpressible.txt} lists, each with the reason a schema cannot state the rule; a
 * listed case on which both validators agree with the plugin fails the test, so the list stays
 * true.
 *
 * <p>Needs Node 20 and npm (the packages are pinned by {@code schema-validators/package-lock.json}
 * and installed by {@link NodeTool}) and {@code python3} with {@code jsonschema} and {@code yaml}
 * (PyYAML), which {@code .ci/run} installs. The agreement table is written to {@code
 * target/schema-corpus-agreement.txt}.
 */
class SchemaCorpusTest {
  private static final String FOLDER = "schema-validators";
  private static final NodeTool.Spec AJV =
      new NodeTool.Spec(
          SchemaCorpusTest.class,
          FOLDER,
          "schema-validators",
          "ajv schema validator",
          "Node.js 20 or newer and npm",
          List.of("ajv-validate.mjs"));
  private static final String PYTHON_SCRIPT = "jsonschema_validate.py";
  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  /** One blueprint, or a scenario's blueprint with its members, and the plugin's verdict. */
  private record Case(String id, List<Path> files, boolean expectAccepted) {}

  /** What the three said of one case. */
  private record Verdicts(boolean plugin, boolean ajv, boolean python, String why) {}

  @Test
  void bothValidatorsAgreeWithThePluginWhereverASchemaCanStateTheRule() throws Exception {
    Path schema = work.resolve("blueprint-v1.json");
    try (InputStream shipped =
        getClass().getClassLoader().getResourceAsStream(SchemaWriter.RESOURCE)) {
      assertThat(shipped).as("the jar's schema").isNotNull();
      Files.write(schema, shipped.readAllBytes());
    }
    List<Case> cases = cases();
    Map<String, String> listed = inexpressible();

    Map<String, Boolean> plugin = new LinkedHashMap<>();
    for (Case c : cases) {
      plugin.put(c.id(), pluginAccepts(c));
    }
    Map<String, Boolean> ajv = ajv(schema, cases);
    Map<String, Boolean> python = python(schema, cases);

    Map<String, Verdicts> table = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Case c : cases) {
      boolean accepted = plugin.get(c.id());
      if (accepted != c.expectAccepted()) {
        problems.add(
            c.id()
                + ": the plugin "
                + word(accepted)
                + " it, but it is in "
                + (c.expectAccepted() ? "valid/" : "invalid/"));
      }
      Verdicts verdicts =
          new Verdicts(accepted, ajv.get(c.id()), python.get(c.id()), listed.get(c.id()));
      table.put(c.id(), verdicts);
      boolean agree = verdicts.ajv() == accepted && verdicts.python() == accepted;
      if (!agree && verdicts.why() == null) {
        problems.add(
            String.format(
                Locale.ROOT,
                "%s: plugin %s, ajv %s, jsonschema %s; make the schema state the rule, or list"
                    + " the case in schema-corpus/inexpressible.txt with the reason it cannot",
                c.id(),
                word(accepted),
                word(verdicts.ajv()),
                word(verdicts.python())));
      }
      if (agree && verdicts.why() != null) {
        problems.add(
            c.id()
                + ": listed as inexpressible, but both validators agree with the plugin now;"
                + " remove it from schema-corpus/inexpressible.txt");
      }
    }
    for (String id : listed.keySet()) {
      if (!table.containsKey(id)) {
        problems.add(id + ": listed in schema-corpus/inexpressible.txt, but no such case");
      }
    }
    String report = report(table);
    Path out = moduleDirectory().resolve("target/schema-corpus-agreement.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println(report);
    assertThat(problems).as("disagreements (table in %s)", out).isEmpty();
  }

  private static String word(boolean accepted) {
    return accepted ? "accepts" : "refuses";
  }

  private static String report(Map<String, Verdicts> table) {
    StringBuilder text = new StringBuilder();
    int agreed = 0;
    int listedCount = 0;
    for (Map.Entry<String, Verdicts> row : table.entrySet()) {
      Verdicts v = row.getValue();
      boolean agree = v.ajv() == v.plugin() && v.python() == v.plugin();
      agreed += agree ? 1 : 0;
      listedCount += v.why() != null ? 1 : 0;
      text.append(
          String.format(
              Locale.ROOT,
              "%-70s plugin %-7s ajv %-7s jsonschema %-7s %s%n",
              row.getKey(),
              word(v.plugin()),
              word(v.ajv()),
              word(v.python()),
              v.why() == null ? "" : "listed: " + v.why()));
    }
    text.append(
        String.format(
            Locale.ROOT,
            "%d cases: %d where both validators agree with the plugin, %d listed as beyond a"
                + " schema (of which %d disagree)%n",
            table.size(),
            agreed,
            listedCount,
            table.size() - agreed));
    return text.toString();
  }

  /** The scenarios, then the schema corpus's own cases. */
  private static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String group : List.of("valid", "invalid")) {
      for (Path scenario : Scenarios.all(group)) {
        List<Path> files = new ArrayList<>();
        files.add(scenario.resolve("blueprint.yaml"));
        Path members = scenario.resolve("members");
        if (Files.isDirectory(members)) {
          try (Stream<Path> list = Files.list(members)) {
            list.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
          }
        }
        cases.add(
            new Case(
                "scenarios/" + group + "/" + scenario.getFileName(), files, group.equals("valid")));
      }
    }
    Path corpus = corpusRoot();
    for (String group : List.of("valid", "invalid")) {
      try (Stream<Path> list = Files.list(corpus.resolve(group))) {
        for (Path file : list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
          cases.add(
              new Case(
                  "schema-corpus/" + group + "/" + name, List.of(file), group.equals("valid")));
        }
      }
    }
    return cases;
  }

  /** {@code id: reason} lines of {@code inexpressible.txt}; {@code #} starts a comment. */
  private static Map<String, String> inexpressible() throws IOException {
    Map<String, String> listed = new LinkedHashMap<>();
    for (String line : Files.readAllLines(corpusRoot().resolve("inexpressible.txt"))) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      int colon = text.indexOf(": ");
      assertThat(colon).as("'id: reason' in inexpressible.txt: %s", text).isPositive();
      String previous = listed.put(text.substring(0, colon), text.substring(colon + 2));
      assertThat(previous).as("listed twice: %s", text).isNull();
    }
    return listed;
  }

  /** The plugin's verdict: the generator reads, binds, validates and compiles the blueprints. */
  private boolean pluginAccepts(Case c) throws IOException {
    List<BlueprintSource> sources = new ArrayList<>();
    for (Path file : c.files()) {
      sources.add(new BlueprintSource(c.id() + "/" + file.getFileName(), Files.readAllBytes(file)));
    }
    Path target = Files.createTempDirectory(work, "generated");
    try {
      new Generator().generate(new GenerateRequest(sources, target));
      return true;
    } catch (BlueprintException e) {
      return false;
    }
  }

  /** ajv's verdicts: a case is accepted when every one of its files is. */
  private Map<String, Boolean> ajv(Path schema, List<Case> cases) throws IOException {
    List<Map<String, String>> files = requests(cases);
    JsonNode reply;
    try (NodeTool tool = NodeTool.start(AJV)) {
      reply =
          tool.ask(
              Map.of("schema", schema.toString(), "files", files),
              TIMEOUT,
              "validate the corpus with ajv");
    }
    assertThat(reply.path("compileError").asText("")).as("ajv compiling the schema").isEmpty();
    return verdicts(reply.get("results"), cases);
  }

  /** Python jsonschema's verdicts, by a process of its own. */
  private Map<String, Boolean> python(Path schema, List<Case> cases) throws Exception {
    Path script = work.resolve(PYTHON_SCRIPT);
    try (InputStream in = getClass().getResourceAsStream(FOLDER + "/" + PYTHON_SCRIPT)) {
      assertThat(in).as(PYTHON_SCRIPT + " beside this class").isNotNull();
      Files.write(script, in.readAllBytes());
    }
    Path requests = work.resolve("requests.json");
    JSON.writeValue(requests.toFile(), requests(cases));
    Path output = work.resolve("python-output.json");
    Path errors = work.resolve("python-errors.txt");
    Process python =
        new ProcessBuilder("python3", script.toString(), schema.toString(), requests.toString())
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile())
            .start();
    if (!python.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      python.destroyForcibly();
      throw new AssertionError("python3 " + PYTHON_SCRIPT + " took longer than " + TIMEOUT);
    }
    assertThat(python.exitValue())
        .as(
            "python3 %s (needs jsonschema and PyYAML: pip install jsonschema pyyaml); stderr:%n%s",
            PYTHON_SCRIPT, Files.readString(errors))
        .isZero();
    JsonNode reply = JSON.readTree(output.toFile());
    assertThat(reply.path("schemaError").asText(""))
        .as("jsonschema checking the schema against the draft 2020-12 meta-schema")
        .isEmpty();
    return verdicts(reply.get("results"), cases);
  }

  private static List<Map<String, String>> requests(List<Case> cases) {
    List<Map<String, String>> files = new ArrayList<>();
    for (Case c : cases) {
      for (int i = 0; i < c.files().size(); i++) {
        files.add(Map.of("id", c.id() + "#" + i, "path", c.files().get(i).toString()));
      }
    }
    return files;
  }

  private static Map<String, Boolean> verdicts(JsonNode results, List<Case> cases) {
    Map<String, Boolean> byFile = new LinkedHashMap<>();
    for (JsonNode result : results) {
      assertThat(result.path("crashed").asBoolean(false))
          .as("validator crashed on %s: %s", result.get("id"), result.get("errors"))
          .isFalse();
      byFile.put(result.get("id").asText(), result.get("valid").asBoolean());
    }
    Map<String, Boolean> byCase = new LinkedHashMap<>();
    for (Case c : cases) {
      boolean accepted = true;
      for (int i = 0; i < c.files().size(); i++) {
        Boolean file = byFile.get(c.id() + "#" + i);
        assertThat(file).as("a verdict on %s#%d", c.id(), i).isNotNull();
        accepted &= file;
      }
      byCase.put(c.id(), accepted);
    }
    return byCase;
  }

  private static Path corpusRoot() {
    return Scenarios.all("valid")
        .get(0)
        .getParent()
        .getParent()
        .getParent()
        .resolve("schema-corpus");
  }

  /** The generator module's folder: Maven runs tests there and says so in {@code basedir}. */
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  }
}
