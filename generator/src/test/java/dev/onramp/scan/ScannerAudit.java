package dev.onramp.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.onramp.blueprint.model.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Holds generated templates to what a security team's scanner demands: checkov's CloudFormation
 * checks find nothing, except what the blueprint waived, on the resource it named, with its reason.
 * Each waiver must also be needed: the same template without the {@code Metadata.checkov} waivers
 * must fail exactly that check on that resource, so a waiver that has become pointless is reported
 * rather than carried along.
 */
public final class ScannerAudit {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private ScannerAudit() {}

  /** A scanner rule a template waives on one resource, with the blueprint's reason. */
  public record Waiver(Path template, String rule, String resource, String reason) {
    @Override
    public String toString() {
      return template + ": " + rule + " on " + resource;
    }
  }

  /** The outcome: both scans, the template's waivers, and every problem found (none if clean). */
  public record Report(
      Checkov.Scan scan, Checkov.Scan withoutWaivers, List<Waiver> waivers, List<String> problems) {
    public Report {
      waivers = List.copyOf(waivers);
      problems = List.copyOf(problems);
    }

    /** One line for the test log: what was scanned and found. */
    public String summary() {
      return String.format(
          java.util.Locale.ROOT,
          "%d templates, %d resources: %d checks passed, %d failed, %d skipped by %d waivers from"
              + " the blueprints; %d findings without the waivers",
          scan.all().stream().map(Checkov.Finding::file).distinct().count(),
          scan.resourceCount(),
          scan.passed().size(),
          scan.failed().size(),
          scan.skipped().size(),
          waivers.size(),
          withoutWaivers.failed().size());
    }

    /** Fails with every problem, one per line. */
    public void assertClean() {
      if (!problems.isEmpty()) {
        throw new AssertionError(
            problems.size()
                + " scanner problem(s) in the generated templates:\n  "
                + String.join("\n  ", problems));
      }
    }
  }

  /** Every template.yaml and template.json below {@code root}, in a stable order. */
  public static List<Path> templatesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(
              p ->
                  p.getFileName().toString().equals("template.yaml")
                      || p.getFileName().toString().equals("template.json"))
          .sorted()
          .toList();
    }
  }

  /**
   * Scans {@code templates} (YAML or JSON) as they are and, from {@code workDirectory}, again with
   * their checkov waivers taken out.
   */
  public static Report audit(Checkov checkov, List<Path> templates, Path workDirectory)
      throws IOException {
    List<Path> absolute = templates.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    List<String> problems = new ArrayList<>();
    Checkov.Scan scan = checkov.scan(absolute);
    scan.parsingErrors().forEach(file -> problems.add("checkov could not parse " + file));
    Set<Path> scanned = new LinkedHashSet<>();
    scan.all().forEach(finding -> scanned.add(finding.file()));
    for (Path template : absolute) {
      if (!scanned.contains(template)) {
        problems.add("checkov checked nothing in " + template);
      }
    }
    scan.failed().forEach(finding -> problems.add("failed: " + finding));

    Map<Path, JsonNode> trees = new LinkedHashMap<>();
    List<Waiver> waivers = new ArrayList<>();
    for (Path template : absolute) {
      JsonNode tree = read(template);
      trees.put(template, tree);
      waivers.addAll(waiversOf(template, tree));
    }
    for (Checkov.Finding skipped : scan.skipped()) {
      Waiver waiver = find(waivers, skipped.file(), skipped.checkId(), skipped.logicalId());
      if (waiver == null) {
        problems.add("skipped without a waiver from the blueprint: " + skipped);
      } else if (!waiver.reason().equals(skipped.suppressComment())) {
        problems.add(
            "skipped with another reason than the blueprint's: "
                + skipped
                + ": '"
                + skipped.suppressComment()
                + "'");
      }
    }
    for (Waiver waiver : waivers) {
      boolean applied =
          scan.skipped().stream()
              .anyMatch(
                  f ->
                      f.file().equals(waiver.template())
                          && f.checkId().equals(waiver.rule())
                          && f.logicalId().equals(waiver.resource()));
      if (!applied) {
        problems.add(
            "waiver not applied by checkov (no such check for this resource type?): " + waiver);
      }
    }

    // The same templates without their checkov waivers, written as JSON (the YAML short forms
    // such as !Ref are not kept by the tree, and the JSON twin says the same).
    Files.createDirectories(workDirectory);
    Map<Path, Path> unwaived = new LinkedHashMap<>();
    int index = 0;
    for (Map.Entry<Path, JsonNode> entry : trees.entrySet()) {
      Path template = entry.getKey();
      if (waiversOf(template, entry.getValue()).isEmpty()
          || !unwaivedKey(template, trees.keySet()).equals(template)) {
        continue;
      }
      Path copy = workDirectory.resolve("unwaived-" + index++ + ".json").toAbsolutePath();
      JSON.writeValue(copy.toFile(), withoutCheckovWaivers(entry.getValue()));
      unwaived.put(copy, template);
    }
    Checkov.Scan withoutWaivers =
        unwaived.isEmpty()
            ? new Checkov.Scan(List.of(), List.of(), List.of(), List.of(), 0)
            : checkov.scan(List.copyOf(unwaived.keySet()));
    for (Waiver waiver : waivers) {
      Path twin = unwaivedKey(waiver.template(), trees.keySet());
      boolean needed =
          withoutWaivers.failed().stream()
              .anyMatch(
                  f ->
                      twin.equals(unwaived.get(f.file()))
                          && f.checkId().equals(waiver.rule())
                          && f.logicalId().equals(waiver.resource()));
      if (!needed) {
        problems.add(
            "waiver not needed (checkov passes without it; remove it from the blueprint): "
                + waiver);
      }
    }
    return new Report(scan, withoutWaivers, waivers, problems);
  }

  private static Waiver find(List<Waiver> waivers, Path file, String rule, String resource) {
    return waivers.stream()
        .filter(
            w ->
                w.template().equals(file) && w.rule().equals(rule) && w.resource().equals(resource))
        .findFirst()
        .orElse(null);
  }

  /**
   * Which scanned file stands for {@code template} in the scan without waivers: its JSON twin
   * (template.yaml → template.json) when that is scanned too, else the template itself.
   */
  private static Path unwaivedKey(Path template, Set<Path> scanned) {
    String name = template.getFileName().toString();
    if (!name.endsWith(".yaml")) {
      return template;
    }
    Path twin =
        template.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".json");
    return scanned.contains(twin) ? twin : template;
  }

  private static JsonNode read(Path template) throws IOException {
    return template.toString().endsWith(".json")
        ? JSON.readTree(template.toFile())
        : YAML.readTree(template.toFile());
  }

  /**
   * The scanner waivers a template carries: its {@code Metadata.Onramp.Suppressions} entries with
   * resources, one per resource, whose rule is neither cfn-lint's nor Onramp's.
   */
  private static List<Waiver> waiversOf(Path template, JsonNode tree) {
    List<Waiver> waivers = new ArrayList<>();
    for (JsonNode suppression : tree.path("Metadata").path("Onramp").path("Suppressions")) {
      String rule = suppression.path("Rule").asText();
      if (Suppression.Tool.of(rule) != Suppression.Tool.SCANNER) {
        continue;
      }
      for (JsonNode resource : suppression.path("Resources")) {
        waivers.add(
            new Waiver(template, rule, resource.asText(), suppression.path("Reason").asText()));
      }
    }
    return waivers;
  }

  private static JsonNode withoutCheckovWaivers(JsonNode template) {
    JsonNode copy = template.deepCopy();
    copy.path("Resources")
        .forEach(
            resource -> {
              if (resource.path("Metadata") instanceof ObjectNode metadata) {
                metadata.remove("checkov");
              }
            });
    return copy;
  }
}
