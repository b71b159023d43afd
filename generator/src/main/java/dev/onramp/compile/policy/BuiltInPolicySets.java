package dev.onramp.compile.policy;

import dev.onramp.blueprint.bind.RecordBinder;
import dev.onramp.blueprint.model.PolicySetSpec;
import dev.onramp.blueprint.yaml.YamlNode;
import dev.onramp.blueprint.yaml.YamlReader;
import dev.onramp.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The policy sets that ship with the generator, one YAML file per set under {@value #FOLDER},
 * listed in {@code index.txt}. They are written in the blueprint language itself (a document shaped
 * like {@link PolicySetSpec}) so reviewers read them like any blueprint's own sets. A set that does
 * not load is a bug in the generator, not in the user's blueprint, so it fails loudly.
 */
public final class BuiltInPolicySets {
  /** Classpath folder of the set files. */
  public static final String FOLDER = "dev/onramp/policy-sets/";

  private static volatile Map<String, PolicySetSpec> all;

  private BuiltInPolicySets() {}

  /**
   * Every built-in set by name, sorted by name; unmodifiable, loaded on first use.
   *
   * @throws IllegalStateException naming the file when a set does not load (a generator bug)
   */
  public static Map<String, PolicySetSpec> all() {
    Map<String, PolicySetSpec> loaded = all;
    if (loaded == null) {
      synchronized (BuiltInPolicySets.class) {
        loaded = all;
        if (loaded == null) {
          loaded = load(BuiltInPolicySets.class.getClassLoader());
          all = loaded;
        }
      }
    }
    return loaded;
  }

  /** The names of the built-in sets, sorted; unmodifiable. */
  public static Set<String> names() {
    return all().keySet();
  }

  /** Loads the sets {@code loader} finds under {@link #FOLDER}; tests pass their own loader. */
  static Map<String, PolicySetSpec> load(ClassLoader loader) {
    Map<String, PolicySetSpec> sets = new TreeMap<>();
    for (String name : index(loader)) {
      PolicySetSpec set = loadSet(loader, name);
      if (sets.put(name, set) != null) {
        throw new IllegalStateException(FOLDER + "index.txt lists '" + name + "' twice");
      }
    }
    return Collections.unmodifiableMap(sets);
  }

  private static List<String> index(ClassLoader loader) {
    String text = new String(resource(loader, "index.txt"), StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException(FOLDER + "index.txt lists no policy set");
    }
    return names;
  }

  private static PolicySetSpec loadSet(ClassLoader loader, String name) {
    String file = name + ".yaml";
    String path = FOLDER + file;
    YamlReader.Result read = YamlReader.read(path, resource(loader, file));
    if (!read.problems().isEmpty() || read.root().isEmpty()) {
      throw broken(path, read.problems());
    }
    YamlNode root = read.root().get();
    RecordBinder binder = new RecordBinder();
    PolicySetSpec set = binder.bind(root, PolicySetSpec.class);
    if (binder.hasProblems() || set == null) {
      throw broken(path, binder.problems());
    }
    if (!name.equals(set.name())) {
      throw new IllegalStateException(
          "built-in policy set " + path + " is named '" + set.name() + "', not '" + name + "'");
    }
    return set;
  }

  private static byte[] resource(ClassLoader loader, String file) {
    String path = FOLDER + file;
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("built-in policy set file " + path + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read built-in policy set file " + path, e);
    }
  }

  private static IllegalStateException broken(String path, List<Diagnostic> problems) {
    String details =
        problems.isEmpty()
            ? " the file is empty"
            : problems.stream().map(Diagnostic::render).collect(Collectors.joining("\n", "\n", ""));
    return new IllegalStateException("built-in policy set " + path + " does not load:" + details);
  }
}
