package dev.onramp.compile.policy;

import dev.onramp.blueprint.bind.RecordBinder;
import dev.onramp.blueprint.model.PolicySetSpec;
import dev.onramp.blueprint.model.StatementSpec;
import dev.onramp.blueprint.yaml.YamlNode;
import dev.onramp.blueprint.yaml.YamlReader;
import dev.onramp.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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

  /** The tag key prefix a set that writes tags is written with, and keeps without keyPrefix. */
  public static final String DEFAULT_KEY_PREFIX = "onramp:";

  /** The sets whose statements limit tag keys to a prefix a role may change ({@code keyPrefix}). */
  public static final Set<String> TAKE_KEY_PREFIX = Set.of("tag-write-back");

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

  /**
   * {@code set} with its tag key prefix {@value #DEFAULT_KEY_PREFIX} replaced by {@code keyPrefix}
   * in every {@code aws:TagKeys} pattern and in the description; {@code set} itself when {@code
   * keyPrefix} is null. Only for a set of {@link #TAKE_KEY_PREFIX} and a prefix that passed the
   * checks (no wildcard, so the pattern stays a literal prefix).
   */
  public static PolicySetSpec withKeyPrefix(PolicySetSpec set, String keyPrefix) {
    if (keyPrefix == null) {
      return set;
    }
    List<StatementSpec> statements = new ArrayList<>();
    for (StatementSpec statement : set.statements()) {
      Map<String, Map<String, Object>> condition = new LinkedHashMap<>();
      statement
          .condition()
          .forEach(
              (operator, keys) -> {
                Map<String, Object> rewritten = new LinkedHashMap<>();
                keys.forEach(
                    (key, value) ->
                        rewritten.put(
                            key, key.equals("aws:TagKeys") ? prefixed(value, keyPrefix) : value));
                condition.put(operator, rewritten);
              });
      statements.add(
          new StatementSpec(
              statement.sid(),
              statement.effect(),
              statement.action(),
              statement.notAction(),
              statement.resource(),
              statement.notResource(),
              condition));
    }
    return new PolicySetSpec(
        set.name(),
        set.description().replace("'" + DEFAULT_KEY_PREFIX + "'", "'" + keyPrefix + "'"),
        set.readOnly(),
        statements);
  }

  private static Object prefixed(Object value, String keyPrefix) {
    if (value instanceof List<?> list) {
      return list.stream().map(element -> prefixed(element, keyPrefix)).toList();
    }
    return value instanceof String text && text.equals(DEFAULT_KEY_PREFIX + "*")
        ? keyPrefix + "*"
        : value;
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
