package dev.onramp.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.cdk.CdkOptions;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.generate.Generator.Compilation;
import dev.onramp.guide.OnboardingGuide;
import dev.onramp.link.Secret;
import dev.onramp.link.TenantExternalIds;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintFinding;
import dev.onramp.publish.LinkFiles;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.PublishedTemplate;
import dev.onramp.publish.StoredObject;
import dev.onramp.publish.Tenant;
import dev.onramp.publish.TenantFile;
import dev.onramp.publish.TenantLinks;
import dev.onramp.review.baseline.BaselineTemplates;
import dev.onramp.review.baseline.PolicyReview;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.validate.ConsoleSummary;
import dev.onramp.validate.ReportFiles;
import dev.onramp.validate.ValidateRequest;
import dev.onramp.validate.ValidationReport;
import dev.onramp.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 3: every output the library makes, for every blueprint of every valid scenario
 * (members included), is the same bytes whatever the default locale and time zone, whether the
 * inputs have LF or CRLF line endings and a byte order mark, and in whatever order the blueprints
 * come. The outputs: templates (YAML and JSON), CDK construct sources, onboarding guides, compiler
 * warnings, permission inventories (Markdown and JSON), the policy diff against a baseline
 * (Markdown, JSON, SARIF), validation reports (JSON, SARIF, JUnit, console lines), the publication
 * plan's stored objects and manifests, and tenant links (JSON and CSV).
 */
class DeterminismTest {
  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static final TenantExternalIds EXTERNAL_IDS =
      new TenantExternalIds(
          Secret.of(
              "a fixed determinism secret, 32 bytes or more".getBytes(StandardCharsets.UTF_8)));

  /** Tenants with letters that case mapping changes under a Turkish locale. */
  private static final String TENANTS =
      "tenant,region,stackName\nacme,,\nInitech-İı,,Tenant-Stack\n\"globex, inc\",,\n";

  /** How one run differs from the reference: locale, zone, the inputs' bytes, their order. */
  record Variant(
      String name,
      Locale locale,
      String zone,
      boolean crlf,
      boolean byteOrderMark,
      boolean reversed) {
    String lineEndings() {
      return (crlf ? "CRLF" : "LF") + (byteOrderMark ? " + BOM" : "");
    }
  }

  static final List<Variant> VARIANTS =
      List.of(
          new Variant("a", Locale.ROOT, "UTC", false, false, false),
          new Variant("b", Locale.forLanguageTag("tr-TR"), "Pacific/Kiritimati", true, false, true),
          new Variant(
              "c",
              Locale.forLanguageTag("ar-SA-u-nu-arab"),
              "America/St_Johns",
              true,
              true,
              false));

  @TempDir Path work;

  @Test
  void everyOutputIsTheSameBytesUnderEveryLocaleZoneLineEndingAndOrder() throws Exception {
    List<Path> scenarios = Scenarios.all("valid");
    List<BlueprintSource> sources = new ArrayList<>();
    for (Path scenario : scenarios) {
      sources.addAll(Scenarios.sources(scenario));
    }
    for (BlueprintSource source : sources) {
      assertThat(new String(source.content(), StandardCharsets.UTF_8))
          .as("%s is the LF reference input", source.displayName())
          .doesNotContain("\r")
          .doesNotStartWith("\uFEFF");
    }

    Map<String, byte[]> reference = produce(VARIANTS.get(0), sources);
    assertIsTheGoldenOutput(reference, scenarios);
    for (Variant variant : VARIANTS.subList(1, VARIANTS.size())) {
      assertSameBytes(reference, produce(variant, sources), variant);
    }
  }

  @Test
  void aDifferenceNamesTheVariantTheFileAndTheFirstOtherLine() {
    Map<String, byte[]> expected = new TreeMap<>();
    expected.put("a.txt", "same\n".getBytes(UTF8));
    expected.put("b.yaml", "one\ntwo\nthree\n".getBytes(UTF8));
    Map<String, byte[]> actual = new TreeMap<>(expected);
    actual.put("b.yaml", "one\ntwo\nthrее\n".getBytes(UTF8));

    assertThatThrownBy(() -> assertSameBytes(expected, actual, VARIANTS.get(1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("variant b (tr-TR, Pacific/Kiritimati, CRLF, sources reversed)")
        .hasMessageContaining("differs in b.yaml: line 3: expected [three] but was [thrее]");
    actual.put("b.yaml", "one\r\ntwo\r\nthree\r\n".getBytes(UTF8));
    assertThatThrownBy(() -> assertSameBytes(expected, actual, VARIANTS.get(1)))
        .hasMessageContaining("b.yaml: same lines, other bytes");
    actual.remove("b.yaml");
    actual.put("c.md", new byte[0]);
    assertThatThrownBy(() -> assertSameBytes(expected, actual, VARIANTS.get(1)))
        .hasMessageContaining("missing [b.yaml], extra [c.md]");
  }

  /** Every output of {@code sources} as {@code variant} runs it, by path. */
  private Map<String, byte[]> produce(Variant variant, List<BlueprintSource> lfSources)
      throws Exception {
    List<BlueprintSource> sources = new ArrayList<>();
    for (BlueprintSource source : lfSources) {
      sources.add(new BlueprintSource(source.displayName(), input(variant, source.content())));
    }
    if (variant.reversed()) {
      java.util.Collections.reverse(sources);
    }
    Locale locale = Locale.getDefault();
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(variant.locale());
      TimeZone.setDefault(TimeZone.getTimeZone(variant.zone()));
      assertThat(TimeZone.getDefault().getID()).isEqualTo(variant.zone());
      return outputs(variant, List.copyOf(sources));
    } finally {
      Locale.setDefault(locale);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
      TimeZone.setDefault(zone);
    }
  }

  private Map<String, byte[]> outputs(Variant variant, List<BlueprintSource> sources)
      throws Exception {
    Path root = work.resolve(variant.name());
    Path out = root.resolve("out");
    Map<String, byte[]> bytes = new TreeMap<>();

    // Templates and construct sources, as cfn:generate writes them.
    Path cfn = out.resolve("cfn");
    GenerateResult generated =
        new Generator()
            .generate(
                new GenerateRequest(sources, cfn)
                    .withCdk(out.resolve("generated-sources/onramp-cdk"), CdkOptions.DEFAULT));
    bytes.put("warnings/generate.txt", rendered(generated.warnings()));

    Generator.Compilation compilation = new Generator().compileAll(sources, Optional.empty());
    bytes.put("warnings/compile.txt", rendered(compilation.warnings()));

    new OnboardingGuide().writeAll(compilation, out.resolve("guides"));

    PolicyReview.writeInventories(compilation.templates(), out.resolve("review"));
    PolicyReview.Comparison comparison = policyDiff(variant, compilation);
    PolicyReview.writeDiff(
        comparison, out.resolve("review"), name -> "target/cfn/" + name + "/template.yaml");

    ValidationReport validation =
        Validator.validate(
            new ValidateRequest(sources, cfn, Optional.empty(), root.resolve("lint-cache"), out),
            new NoFindingsEngine());
    ReportFiles.writeAll(validation, out.resolve("validate"));
    bytes.put(
        "validate/console.txt",
        String.join("\n", ConsoleSummary.lines(validation)).getBytes(StandardCharsets.UTF_8));

    publishAndLink(variant, sources, out, bytes);

    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String path = out.relativize(file).toString().replace('\\', '/');
        assertThat(bytes.put(path, Files.readAllBytes(file))).as(path).isNull();
      }
    }
    return bytes;
  }

  /**
   * The publication plan and tenant links, of the same blueprints each given a publishing section
   * (most scenarios have none): stored objects by region and S3 URI, manifests, links files.
   */
  private static void publishAndLink(
      Variant variant, List<BlueprintSource> sources, Path out, Map<String, byte[]> bytes)
      throws Exception {
    List<BlueprintSource> publishable = new ArrayList<>();
    for (BlueprintSource source : sources) {
      String text = new String(source.content(), StandardCharsets.UTF_8);
      boolean member = source.displayName().contains("/members/");
      String newline = variant.crlf() ? "\r\n" : "\n";
      if (!member && !text.contains(newline + "regions:")) {
        text += "regions: [us-east-1, eu-west-1]" + newline;
      }
      if (!member && !text.contains(newline + "publishing:")) {
        text += "publishing:" + newline + "  bucket: determinism-templates-{region}" + newline;
      }
      publishable.add(
          new BlueprintSource(source.displayName(), text.getBytes(StandardCharsets.UTF_8)));
    }
    Compilation compilation = new Generator().compileAll(publishable, Optional.empty());
    PublicationPlan plan = PublicationPlan.of(compilation, Optional.empty());
    for (StoredObject object : plan.objects()) {
      put(bytes, "publish/objects/" + object.region() + "/" + object.s3Uri(), object.bytes());
    }
    for (StoredObject object : plan.manifests()) {
      put(bytes, "publish/manifests/" + object.region() + "/" + object.s3Uri(), object.bytes());
    }
    bytes.put("publish/manifest.json", plan.manifest().toJson().getBytes(StandardCharsets.UTF_8));

    List<Tenant> tenants =
        TenantFile.read(
            "tenants.csv",
            new String(input(variant, TENANTS.getBytes(StandardCharsets.UTF_8)), UTF8));
    for (PublishedTemplate template : plan.templates()) {
      TenantLinks links = TenantLinks.of(template, EXTERNAL_IDS, Optional.empty());
      LinkFiles.write(
          out.resolve("links").resolve(template.name()),
          template.name(),
          template.version(),
          links.links(tenants, template.name()));
    }
  }

  private static void put(Map<String, byte[]> bytes, String path, byte[] content) {
    assertThat(bytes.put(path, content)).as("one output at %s", path).isNull();
  }

  /**
   * The policy diff of every third blueprint (by name) against a baseline made of this build's own
   * templates, so that the diff has every status and stays quick: of those, each third's baseline
   * is the next one's template (changed), each third's its own (unchanged), each third has none
   * (added); and a baseline blueprint, as JSON, is gone from the build (removed). The baseline's
   * texts get the variant's line endings.
   */
  private static PolicyReview.Comparison policyDiff(Variant variant, Compilation compilation)
      throws Exception {
    Map<String, CompiledTemplate> byName = new TreeMap<>();
    compilation.templates().forEach(template -> byName.put(template.name(), template));
    List<String> all = List.copyOf(byName.keySet());
    List<CompiledTemplate> compared = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 3) {
      compared.add(byName.get(all.get(i)));
    }
    Map<String, String> baseline = new LinkedHashMap<>();
    for (int i = 0; i < compared.size(); i++) {
      CompiledTemplate template = compared.get(i);
      CompiledTemplate next = compared.get((i + 1) % compared.size());
      switch (i % 3) {
        case 0 -> baseline.put(template.name(), baselineText(variant, next.yamlBytes()));
        case 1 -> baseline.put(template.name(), baselineText(variant, template.yamlBytes()));
        default -> {}
      }
    }
    baseline.put("retired-blueprint", baselineText(variant, byName.get(all.get(1)).jsonBytes()));
    return PolicyReview.compare(compared, new BaselineTemplates("determinism baseline", baseline));
  }

  private static String baselineText(Variant variant, byte[] template) {
    String text = new String(template, UTF8);
    return variant.crlf() ? text.replace("\n", "\r\n") : text;
  }

  /** The variant's input bytes: LF turned into CRLF, a UTF-8 byte order mark put first. */
  private static byte[] input(Variant variant, byte[] lf) {
    byte[] content = lf;
    if (variant.crlf()) {
      content = new String(content, UTF8).replace("\n", "\r\n").getBytes(UTF8);
    }
    if (variant.byteOrderMark()) {
      byte[] withMark = new byte[content.length + 3];
      withMark[0] = (byte) 0xEF;
      withMark[1] = (byte) 0xBB;
      withMark[2] = (byte) 0xBF;
      System.arraycopy(content, 0, withMark, 3, content.length);
      content = withMark;
    }
    return content;
  }

  private static byte[] rendered(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(Diagnostic::render)
        .collect(Collectors.joining("\n"))
        .getBytes(UTF8);
  }

  /**
   * The reference run made what the golden tests expect (so the comparison is of real output): each
   * scenario's templates, construct sources and guide are its expected files, and every kind of
   * output is there for every blueprint.
   */
  private static void assertIsTheGoldenOutput(Map<String, byte[]> reference, List<Path> scenarios)
      throws IOException {
    for (Path scenario : scenarios) {
      String name = blueprintName(scenario);
      Path expected = scenario.resolve("expected");
      for (String file : List.of(Generator.YAML_FILE, Generator.JSON_FILE)) {
        assertThat(reference.get("cfn/" + name + "/" + file))
            .as("%s/%s", name, file)
            .isEqualTo(Files.readAllBytes(expected.resolve(file)));
      }
      assertThat(reference.get("guides/" + name + "/" + OnboardingGuide.FILE))
          .as("guide of %s", name)
          .isEqualTo(Files.readAllBytes(expected.resolve(OnboardingGuide.FILE)));
      Path cdk = expected.resolve("cdk");
      if (Files.isDirectory(cdk)) {
        try (Stream<Path> files = Files.walk(cdk)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            String path =
                "generated-sources/onramp-cdk/"
                    + cdk.relativize(file).toString().replace('\\', '/');
            assertThat(reference.get(path)).as(path).isEqualTo(Files.readAllBytes(file));
          }
        }
      }
      for (String file : List.of(PolicyReview.INVENTORY_MARKDOWN, PolicyReview.INVENTORY_JSON)) {
        assertThat(reference).containsKey("review/" + name + "/" + file);
      }
    }
    for (String file :
        List.of(
            "review/" + PolicyReview.DIFF_MARKDOWN,
            "review/" + PolicyReview.DIFF_JSON,
            "review/" + PolicyReview.DIFF_SARIF,
            "validate/" + ReportFiles.JSON,
            "validate/" + ReportFiles.SARIF,
            "validate/" + ReportFiles.JUNIT,
            "publish/manifest.json")) {
      assertThat(reference).containsKey(file);
    }
    String diff = new String(reference.get("review/" + PolicyReview.DIFF_MARKDOWN), UTF8);
    assertThat(diff).contains("| added |", "| removed |", "| unchanged |", "| changed |");
    Set<String> linked = new TreeSet<>();
    reference.keySet().stream()
        .filter(path -> path.startsWith("links/") && path.endsWith("/" + LinkFiles.CSV))
        .forEach(linked::add);
    assertThat(linked).hasSizeGreaterThanOrEqualTo(scenarios.size());
    assertThat(reference.keySet().stream().filter(path -> path.startsWith("publish/objects/")))
        .isNotEmpty();
  }

  private static String blueprintName(Path scenario) throws IOException {
    BlueprintSource source = Scenarios.source(scenario);
    ParsedBlueprint parsed =
        dev.onramp.blueprint.BlueprintReader.read(source.displayName(), source.content())
            .blueprint()
            .orElseThrow();
    Blueprint model = parsed.model();
    return model.metadata().name();
  }

  /** Fails at the first file that is missing, extra or different, naming its first other line. */
  static void assertSameBytes(
      Map<String, byte[]> expected, Map<String, byte[]> actual, Variant variant) {
    String run =
        "variant "
            + variant.name()
            + " ("
            + variant.locale().toLanguageTag()
            + ", "
            + variant.zone()
            + ", "
            + variant.lineEndings()
            + (variant.reversed() ? ", sources reversed" : "")
            + ")";
    Set<String> missing = new TreeSet<>(expected.keySet());
    missing.removeAll(actual.keySet());
    Set<String> extra = new TreeSet<>(actual.keySet());
    extra.removeAll(expected.keySet());
    if (!missing.isEmpty() || !extra.isEmpty()) {
      fail(run + " made other files: missing " + missing + ", extra " + extra);
    }
    for (Map.Entry<String, byte[]> entry : expected.entrySet()) {
      byte[] other = actual.get(entry.getKey());
      if (!Arrays.equals(entry.getValue(), other)) {
        fail(
            run
                + " differs in "
                + entry.getKey()
                + ": "
                + firstDifference(entry.getValue(), other));
      }
    }
  }

  static String firstDifference(byte[] expected, byte[] actual) {
    List<String> a = new String(expected, UTF8).lines().toList();
    List<String> b = new String(actual, UTF8).lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String left = i < a.size() ? a.get(i) : "(end of file)";
      String right = i < b.size() ? b.get(i) : "(end of file)";
      if (!left.equals(right)) {
        return "line " + (i + 1) + ": expected [" + left + "] but was [" + right + "]";
      }
    }
    return "same lines, other bytes (line endings, byte order mark or a trailing newline): "
        + expected.length
        + " bytes expected, "
        + actual.length
        + " made";
  }

  /** cfn-lint stands in: no findings, a fixed version, so the reports depend on Onramp alone. */
  private static final class NoFindingsEngine implements LintEngine {
    @Override
    public String description() {
      return "no-findings engine (determinism test)";
    }

    @Override
    public String cfnLintVersion() {
      return "0.0.0";
    }

    @Override
    public String fingerprint() {
      return "determinism-no-findings";
    }

    @Override
    public List<LintFinding> lint(List<Path> templates) {
      return List.of();
    }

    @Override
    public void close() {}
  }
}
