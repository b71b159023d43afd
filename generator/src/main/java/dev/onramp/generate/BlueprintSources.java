package dev.onramp.generate;

import dev.onramp.blueprint.BlueprintReader;
import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Finds blueprint sources: files in a project's folder, or shipped blueprints by name. */
public final class BlueprintSources {
  /** Where the onramp-blueprints jar keeps its blueprints. */
  public static final String BUILT_IN_FOLDER = "dev/onramp/blueprints/";

  static final String BUILT_IN_PREFIX = "onramp-blueprints:";

  private BlueprintSources() {}

  /**
   * Every {@code .yaml}/{@code .yml} file under {@code blueprintDirectory}, sorted by path, named
   * relative to {@code baseDirectory} with forward slashes so messages read the same everywhere.
   */
  public static List<BlueprintSource> fromDirectory(Path baseDirectory, Path blueprintDirectory)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(blueprintDirectory)) {
      files = walk.filter(Files::isRegularFile).filter(BlueprintSources::isYaml).sorted().toList();
    }
    List<BlueprintSource> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(new BlueprintSource(displayName(baseDirectory, file), Files.readAllBytes(file)));
    }
    return sources;
  }

  /** A blueprint shipped in the onramp-blueprints jar, found on {@code loader}'s classpath. */
  public static BlueprintSource builtIn(String name, ClassLoader loader) throws BlueprintException {
    String resource = BUILT_IN_FOLDER + name + ".yaml";
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new BlueprintException(
            List.of(
                Diagnostic.error(
                    DiagnosticCode.BLUEPRINT_NOT_FOUND,
                    SourceLocation.ofFile(BUILT_IN_PREFIX + name),
                    "no shipped blueprint is named '" + name + "'",
                    builtInNames(loader).isEmpty()
                        ? "add dev.onramp:onramp-blueprints to the plugin's dependencies, or put"
                            + " the blueprint in src/main/blueprints"
                        : DidYouMean.hint(name, builtInNames(loader)))));
      }
      return new BlueprintSource(BUILT_IN_PREFIX + name, in.readAllBytes());
    } catch (IOException e) {
      throw new BlueprintException(
          List.of(
              Diagnostic.error(
                  DiagnosticCode.UNREADABLE_FILE,
                  SourceLocation.ofFile(BUILT_IN_PREFIX + name),
                  "cannot read the shipped blueprint: " + e.getMessage(),
                  "check that the onramp-blueprints jar is intact")));
    }
  }

  /**
   * What one build generates: the project's own blueprints, then the shipped blueprints named (each
   * once). A shipped blueprint whose organization section embeds a member blueprint brings that
   * shipped member along, right after it, unless a blueprint of that name is selected already
   * (named too, or one of the project's own): naming {@code finops-payer} is enough, and naming
   * {@code finops-payer} and {@code finops-member} gives each once. Unknown names are reported
   * together, as located errors.
   */
  public static List<BlueprintSource> select(
      List<BlueprintSource> own, List<String> shippedNames, ClassLoader loader)
      throws BlueprintException {
    List<Diagnostic> unknown = new ArrayList<>();
    List<BlueprintSource> shipped = new ArrayList<>();
    for (String name : new LinkedHashSet<>(shippedNames)) {
      try {
        shipped.add(builtIn(name, loader));
      } catch (BlueprintException e) {
        unknown.addAll(e.diagnostics());
      }
    }
    if (!unknown.isEmpty()) {
      throw new BlueprintException(unknown);
    }
    Set<String> selected = new HashSet<>();
    own.forEach(source -> read(source).ifPresent(parsed -> selected.add(parsed.name())));
    shipped.forEach(source -> read(source).ifPresent(parsed -> selected.add(parsed.name())));
    List<BlueprintSource> all = new ArrayList<>(own);
    for (BlueprintSource source : shipped) {
      all.add(source);
      // A member may itself be an organization's stack: follow the chain until it ends.
      Optional<String> member = memberOf(source);
      while (member.isPresent() && selected.add(member.get())) {
        BlueprintSource added = builtIn(member.get(), loader);
        all.add(added);
        member = memberOf(added);
      }
    }
    return List.copyOf(all);
  }

  /** The blueprint in {@code source}, or empty when it does not read (reported when compiled). */
  private static Optional<ParsedBlueprint> read(BlueprintSource source) {
    return BlueprintReader.read(source.displayName(), source.content()).blueprint();
  }

  private static Optional<String> memberOf(BlueprintSource source) {
    return read(source)
        .map(parsed -> parsed.model().organization())
        .map(organization -> organization.memberBlueprint());
  }

  /** Names of the shipped blueprints on {@code loader}'s classpath, from their index. */
  public static List<String> builtInNames(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(BUILT_IN_FOLDER + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index of shipped blueprints", e);
    }
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static String displayName(Path base, Path file) {
    Path shown =
        file.isAbsolute() && base.isAbsolute() && file.startsWith(base)
            ? base.relativize(file)
            : file;
    return shown.toString().replace('\\', '/');
  }
}
