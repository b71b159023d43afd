package dev.onramp.iam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The IAM actions that read configuration which often holds secrets (environment variables, user
 * data, API key values, stack parameters and outputs, ...): a curated list shipped beside the
 * action catalog as {@code dev/onramp/iam/configuration-secrets.tsv}, which says, for each action,
 * on which resources it reveals them and what. AWS's access levels call all of them Read or List;
 * this list is what lets the permission inventory and the read-only set tell them apart. It applies
 * to any catalog, the bundled one or a newer one.
 */
public final class ConfigurationSecrets {
  static final String RESOURCE = ActionCatalog.RESOURCE_FOLDER + "configuration-secrets.tsv";

  /**
   * One action of the list.
   *
   * @param action the action in AWS's spelling
   * @param resources the resource patterns on which it reveals secrets; {@code [*]} for any
   * @param reveals what a reader learns, completing "It can reveal …"
   */
  public record SecretRead(String action, List<String> resources, String reveals) {
    public SecretRead {
      resources = List.copyOf(resources);
    }

    /**
     * Whether a statement on {@code statementResources} may reach a resource this action reveals
     * secrets on: a pattern of each may match the same ARN. Template variables ({@code ${…}}) may
     * stand for anything, and a {@code NotResource} text for nearly everything.
     */
    public boolean revealedOn(Collection<String> statementResources) {
      for (String granted : statementResources) {
        for (String revealing : resources) {
          if (arnsMayMeet(widened(granted), revealing)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether an ARN may match both patterns. A real ARN's partition, service, region and account
     * hold no colon, so two ARN patterns are compared field by field there ({@code
     * apigateway:*::/restapis*} never meets {@code apigateway:*::/apikeys}, though a region of
     * {@code ::/restapis} would make the texts meet); other patterns as a whole.
     */
    private static boolean arnsMayMeet(String a, String b) {
      String[] x = a.split(":", 6);
      String[] y = b.split(":", 6);
      if (x.length < 6 || y.length < 6 || !x[0].equals("arn") || !y[0].equals("arn")) {
        return Wildcards.mayOverlap(a, b);
      }
      for (int i = 1; i < 6; i++) {
        if (!Wildcards.mayOverlap(x[i], y[i])) {
          return false;
        }
      }
      return true;
    }

    /** The pattern with every template variable, and a NotResource text, read as {@code *}. */
    private static String widened(String pattern) {
      if (pattern.startsWith("* except ")) {
        return "*";
      }
      return pattern.replaceAll("\\$\\{[^}]*}", "*");
    }
  }

  private final Map<String, SecretRead> byAction;

  private ConfigurationSecrets(Map<String, SecretRead> byAction) {
    this.byAction = byAction;
  }

  /** The list shipped with Onramp, read on first use. */
  public static ConfigurationSecrets bundled() {
    return Bundled.LIST;
  }

  /** The list from the text of a {@code configuration-secrets.tsv} file. */
  public static ConfigurationSecrets parse(String text) {
    Map<String, SecretRead> reads = new TreeMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] columns = lines[i].split("\t", -1);
      if (columns.length != 3 || columns[0].indexOf(':') <= 0 || columns[2].isBlank()) {
        throw new IllegalArgumentException(
            "line "
                + (i + 1)
                + " of the list of configuration secrets is not"
                + " 'service:Action<TAB>resources<TAB>what it reveals'");
      }
      List<String> resources = new ArrayList<>();
      for (String resource : columns[1].split(",")) {
        resources.add(resource.strip());
      }
      SecretRead read = new SecretRead(columns[0].strip(), resources, columns[2].strip());
      if (reads.put(key(read.action()), read) != null) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " lists " + read.action() + " a second time");
      }
    }
    return new ConfigurationSecrets(reads);
  }

  /** What {@code action} reveals, ignoring case; empty when it is not on the list. */
  public Optional<SecretRead> of(String action) {
    return Optional.ofNullable(byAction.get(key(action)));
  }

  /** Every action of the list, by name ignoring case. */
  public List<SecretRead> all() {
    return List.copyOf(byAction.values());
  }

  private static String key(String action) {
    return action.toLowerCase(Locale.ROOT);
  }

  /** Loads the shipped list on first use of {@link #bundled()}, once. */
  private static final class Bundled {
    static final ConfigurationSecrets LIST = load();

    private static ConfigurationSecrets load() {
      try (InputStream in = ConfigurationSecrets.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "the list of configuration secrets is missing from the classpath ("
                  + RESOURCE
                  + "); the onramp-generator jar is incomplete");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the list of configuration secrets", e);
      }
    }
  }
}
