package dev.onramp.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.diagnostic.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * cfn-lint's findings per template, kept as one JSON file per key in a folder (such as {@code
 * target/cfn-lint-cache}). The key is the SHA-256 of the template's bytes and file name and an
 * engine's {@link LintEngine#fingerprint() fingerprint} (cfn-lint version, image or executable,
 * arguments); cfn-lint's rule configuration for a template lives in the template's Metadata, so the
 * bytes cover it. A template with an entry is not linted again, and when every template has one, no
 * engine is chosen or started at all.
 */
public final class LintCache {
  private static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path directory;

  public LintCache(Path directory) {
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }

  /**
   * Findings for every template: from the cache where it has them (under any of the engine's {@link
   * LintEngine#cacheFingerprints() cache fingerprints}), else from one engine run whose findings
   * are then stored under the engine's {@link LintEngine#fingerprint() fingerprint}.
   */
  public CachedLint lint(LintEngine engine, List<Path> templates) throws LintException {
    List<String> accepted = engine.cacheFingerprints();
    Map<Path, byte[]> contents = new LinkedHashMap<>();
    Map<Path, Entry> hits = new LinkedHashMap<>();
    List<Path> misses = new ArrayList<>();
    for (Path template : templates) {
      if (contents.containsKey(template)) {
        continue;
      }
      byte[] bytes = read(template);
      contents.put(template, bytes);
      lookup(accepted, template, bytes)
          .ifPresentOrElse(entry -> hits.put(template, entry), () -> misses.add(template));
    }
    Map<Path, List<LintFinding>> fresh = new LinkedHashMap<>();
    String engineDescription;
    String version;
    if (misses.isEmpty() && !hits.isEmpty()) {
      Entry any = hits.values().iterator().next();
      engineDescription = any.engine();
      version = any.cfnLintVersion();
    } else {
      misses.forEach(template -> fresh.put(template, new ArrayList<>()));
      for (LintFinding finding : engine.lint(misses)) {
        List<LintFinding> sameTemplate = fresh.get(finding.template());
        if (sameTemplate != null) {
          sameTemplate.add(finding);
        }
      }
      engineDescription = engine.description();
      version = engine.cfnLintVersion();
      String fingerprint = engine.fingerprint();
      for (Path template : misses) {
        write(
            key(fingerprint, template, contents.get(template)),
            new Entry(
                FORMAT, fingerprint, engineDescription, version, stored(fresh.get(template))));
      }
    }
    List<TemplateLint> results = new ArrayList<>();
    for (Path template : templates) {
      Entry hit = hits.get(template);
      results.add(
          hit != null
              ? new TemplateLint(template, true, hit.findings(template))
              : new TemplateLint(template, false, fresh.get(template)));
    }
    return new CachedLint(engineDescription, version, results);
  }

  /**
   * cfn-lint's findings for {@code bytes} under the file name of {@code template}, if any engine
   * that ran into this cache linted exactly these bytes; nothing is run. cfn:publish reads it so
   * that templates cfn:validate already linted are not linted twice.
   */
  public Optional<List<LintFinding>> lookup(Path template, byte[] bytes) {
    java.util.Set<String> fingerprints = new java.util.TreeSet<>();
    if (Files.isDirectory(directory)) {
      try (var files = Files.list(directory)) {
        files
            .filter(file -> file.getFileName().toString().endsWith(".json"))
            .forEach(
                file -> {
                  try {
                    JsonNode root = JSON.readTree(file.toFile());
                    if (root.path("format").asInt() == FORMAT) {
                      fingerprints.add(root.path("fingerprint").asText());
                    }
                  } catch (IOException | RuntimeException e) {
                    // An unreadable entry vouches for nothing.
                  }
                });
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return lookup(List.copyOf(fingerprints), template, bytes)
        .map(entry -> entry.findings(template));
  }

  /** The key of a template's entry: SHA-256 of the fingerprint, file name and bytes. */
  static String key(String fingerprint, Path template, byte[] bytes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String head =
          "onramp cfn-lint cache "
              + FORMAT
              + "\n"
              + fingerprint
              + "\n"
              + template.getFileName()
              + "\n";
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      sha.update(bytes);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private Optional<Entry> lookup(List<String> fingerprints, Path template, byte[] bytes) {
    for (String fingerprint : fingerprints) {
      Optional<Entry> entry = read(key(fingerprint, template, bytes), fingerprint);
      if (entry.isPresent()) {
        return entry;
      }
    }
    return Optional.empty();
  }

  private static byte[] read(Path template) throws LintException {
    try {
      return Files.readAllBytes(template);
    } catch (IOException e) {
      throw new LintException("cannot lint " + template + ": cannot read it: " + e.getMessage(), e);
    }
  }

  /** An entry that cannot be read or is of another format is a miss, and is written anew. */
  private Optional<Entry> read(String key, String fingerprint) {
    Path file = directory.resolve(key + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (root.path("format").asInt() != FORMAT
          || !fingerprint.equals(root.path("fingerprint").asText())
          || !root.path("findings").isArray()) {
        return Optional.empty();
      }
      List<StoredFinding> findings = new ArrayList<>();
      for (JsonNode item : root.get("findings")) {
        List<String> path = new ArrayList<>();
        item.path("path").forEach(step -> path.add(step.asText()));
        findings.add(
            new StoredFinding(
                item.get("ruleId").asText(),
                Severity.valueOf(item.get("severity").asText()),
                item.path("line").asInt(),
                item.path("column").asInt(),
                item.path("message").asText(),
                item.path("ruleDescription").asText(),
                item.path("ruleSource").asText(),
                path));
      }
      return Optional.of(
          new Entry(
              FORMAT,
              fingerprint,
              root.path("engine").asText(),
              root.path("cfnLintVersion").asText(),
              findings));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Written with the tree model: cheaper to start than binding records, and the shape is plain. */
  private static byte[] json(Entry entry) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", entry.format());
    root.put("fingerprint", entry.fingerprint());
    root.put("engine", entry.engine());
    root.put("cfnLintVersion", entry.cfnLintVersion());
    ArrayNode findings = root.putArray("findings");
    for (StoredFinding finding : entry.findings()) {
      ObjectNode item = findings.addObject();
      item.put("ruleId", finding.ruleId());
      item.put("severity", finding.severity().name());
      item.put("line", finding.line());
      item.put("column", finding.column());
      item.put("message", finding.message());
      item.put("ruleDescription", finding.ruleDescription());
      item.put("ruleSource", finding.ruleSource());
      ArrayNode path = item.putArray("path");
      finding.path().forEach(path::add);
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  private void write(String key, Entry entry) throws LintException {
    Path file = directory.resolve(key + ".json");
    try {
      Files.createDirectories(directory);
      Path partial = Files.createTempFile(directory, key, ".partial");
      Files.write(partial, json(entry));
      try {
        Files.move(
            partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new LintException(
          "cannot write the cfn-lint cache entry "
              + file
              + ": "
              + e.getMessage()
              + "\nfix: delete "
              + directory
              + " or make it writable",
          e);
    }
  }

  private static List<StoredFinding> stored(List<LintFinding> findings) {
    return findings.stream()
        .map(
            finding ->
                new StoredFinding(
                    finding.ruleId(),
                    finding.severity(),
                    finding.line(),
                    finding.column(),
                    finding.message(),
                    finding.ruleDescription(),
                    finding.ruleSource(),
                    finding.path()))
        .toList();
  }

  /**
   * One cache file: what ran and its findings, without the template's path, which may differ on a
   * hit.
   */
  record Entry(
      int format,
      String fingerprint,
      String engine,
      String cfnLintVersion,
      List<StoredFinding> findings) {
    List<LintFinding> findings(Path template) {
      return findings.stream().map(finding -> finding.in(template)).toList();
    }
  }

  record StoredFinding(
      String ruleId,
      Severity severity,
      int line,
      int column,
      String message,
      String ruleDescription,
      String ruleSource,
      List<String> path) {
    LintFinding in(Path template) {
      return new LintFinding(
          ruleId, severity, template, line, column, message, ruleDescription, ruleSource, path);
    }
  }
}
