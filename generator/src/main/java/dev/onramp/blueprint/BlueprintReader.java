package dev.onramp.blueprint;

import dev.onramp.blueprint.bind.RecordBinder;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.yaml.YamlNode;
import dev.onramp.blueprint.yaml.YamlReader;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a blueprint file into the model: YAML with locations, the header, then the shape of every
 * element. Meaning (references, names, limits) is checked afterwards by each compile section's
 * validator on the bound model.
 */
public final class BlueprintReader {
  private BlueprintReader() {}

  /** The outcome: the blueprint when it could be bound, and every problem found. */
  public record Result(Optional<ParsedBlueprint> blueprint, List<Diagnostic> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  public static Result read(String file, byte[] content) {
    YamlReader.Result yaml = YamlReader.read(file, content);
    List<Diagnostic> problems = new ArrayList<>(yaml.problems());
    if (yaml.root().isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    YamlNode root = yaml.root().get();
    SourceMap source = SourceMap.of(file, root);
    if (!checkHeader(root, source, problems)) {
      return new Result(Optional.empty(), problems);
    }
    RecordBinder binder = new RecordBinder();
    Blueprint model = binder.bind(root, Blueprint.class);
    problems.addAll(binder.problems());
    // Shape problems leave parts of the model unset: checking its meaning would only add noise.
    if (!problems.isEmpty() || model == null) {
      return new Result(Optional.empty(), problems);
    }
    return new Result(
        Optional.of(new ParsedBlueprint(model, source.with(binder.spellings()))), problems);
  }

  /**
   * Checks {@code apiVersion} and {@code kind} before anything else: a file for another version of
   * the language would otherwise drown in unknown-key errors.
   */
  private static boolean checkHeader(YamlNode root, SourceMap source, List<Diagnostic> problems) {
    if (!(root instanceof YamlNode.Mapping mapping)) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.WRONG_TYPE,
              root.location(),
              "a blueprint must be a mapping, found " + root.kindName(),
              "start with 'apiVersion: " + Blueprint.API_VERSION + "' and 'kind: Blueprint'"));
      return false;
    }
    boolean versionOk =
        headerMatches(
            mapping,
            "apiVersion",
            Blueprint.API_VERSION,
            "this generator reads 'apiVersion: " + Blueprint.API_VERSION + "'",
            source,
            problems);
    boolean kindOk =
        headerMatches(
            mapping,
            "kind",
            Blueprint.KIND,
            "write 'kind: " + Blueprint.KIND + "'",
            source,
            problems);
    return versionOk && kindOk;
  }

  /** Absent is fine here (binding reports it as missing); a different value is not. */
  private static boolean headerMatches(
      YamlNode.Mapping mapping,
      String key,
      String expected,
      String hint,
      SourceMap source,
      List<Diagnostic> problems) {
    if (mapping.entries().get(key) instanceof YamlNode.Scalar scalar
        && !scalar.isNull()
        && !scalar.text().equals(expected)) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.UNSUPPORTED_VERSION,
              source.at(key),
              "unsupported " + key + " '" + scalar.text() + "'",
              hint));
      return false;
    }
    return true;
  }
}
