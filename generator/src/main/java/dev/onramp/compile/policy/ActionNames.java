package dev.onramp.compile.policy;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.ActionPattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether an action a blueprint writes ({@code ec2:DescribeInstances}, {@code s3:List*}) names
 * actions of the {@link ActionCatalog}: an unknown service prefix, an unknown action and a wildcard
 * that matches nothing are problems, each with the nearest names the catalog knows. Case does not
 * matter, as in IAM. {@code *} alone is every action.
 */
public final class ActionNames {
  private static final int SUGGESTIONS = 3;

  private final ActionCatalog catalog;

  /** Service prefixes in lower case, to AWS's spelling. */
  private final Map<String, String> services = new TreeMap<>();

  public ActionNames(ActionCatalog catalog) {
    this.catalog = catalog;
    for (String action : catalog.expand("*")) {
      String service = action.substring(0, action.indexOf(':'));
      services.putIfAbsent(service.toLowerCase(Locale.ROOT), service);
    }
  }

  /** What is wrong with an action name, and the nearest names the catalog knows. */
  public record Problem(String message, String suggestion) {}

  /** The catalog the names are checked against. */
  public ActionCatalog catalog() {
    return catalog;
  }

  /**
   * The problem with {@code action}, a {@code service:Action} name or pattern of IAM's syntax;
   * empty when it names at least one action of the catalog (or is not of that syntax at all, which
   * other checks report).
   */
  public Optional<Problem> check(String action) {
    int colon = action.indexOf(':');
    if (action.equals("*") || colon <= 0) {
      return Optional.empty();
    }
    String service = action.substring(0, colon);
    String name = action.substring(colon + 1);
    if (!services.containsKey(service.toLowerCase(Locale.ROOT))) {
      List<String> near = DidYouMean.nearest(service, services.values(), SUGGESTIONS);
      // Prefer the near services that have the action: ec3:DescribeVolumes is ec2's.
      List<String> having =
          near.stream()
              .map(known -> known + ":" + name)
              .filter(candidate -> !catalog.expand(candidate).isEmpty())
              .toList();
      String message =
          "'" + action + "' names the service prefix '" + service + "', which IAM does not know";
      return Optional.of(
          new Problem(
              message,
              near.isEmpty()
                  ? "write the service prefix as the Service Authorization Reference spells it,"
                      + " such as ec2, s3 or iam."
                  : "did you mean " + String.join(" or ", having.isEmpty() ? near : having) + "?"));
    }
    if (!catalog.expand(action).isEmpty()) {
      return Optional.empty();
    }
    String spelled = services.get(service.toLowerCase(Locale.ROOT));
    List<String> actions = actionNames(spelled);
    if (new ActionPattern(action).hasWildcard()) {
      List<String> near = nearPatterns(spelled, name, actions);
      return Optional.of(
          new Problem(
              "'" + action + "' matches no action of " + spelled,
              near.isEmpty()
                  ? "write a pattern that matches "
                      + spelled
                      + "'s actions, such as "
                      + spelled
                      + ":Describe* or "
                      + spelled
                      + ":List*."
                  : "did you mean " + String.join(" or ", near) + "?"));
    }
    List<String> near = DidYouMean.nearest(name, actions, SUGGESTIONS);
    return Optional.of(
        new Problem(
            "'" + action + "' is not an action of " + spelled,
            near.isEmpty()
                ? "write one of "
                    + spelled
                    + "'s actions, as the Service Authorization Reference"
                    + " lists them."
                : "did you mean "
                    + String.join(", ", near.stream().map(known -> spelled + ":" + known).toList())
                    + "?"));
  }

  private List<String> actionNames(String service) {
    List<String> names = new ArrayList<>();
    for (String action : catalog.expand(service + ":*")) {
      names.add(action.substring(action.indexOf(':') + 1));
    }
    return names;
  }

  /**
   * Patterns near a pattern that matches nothing: its text before the first wildcard replaced by
   * the nearest start of an action name ({@code Descrbe*} gives {@code Describe*}) that matches.
   */
  private List<String> nearPatterns(String service, String pattern, List<String> actions) {
    int wildcard = firstWildcard(pattern);
    String stem = pattern.substring(0, wildcard);
    String rest = pattern.substring(wildcard);
    Set<String> starts = new LinkedHashSet<>();
    for (String action : actions) {
      for (int length = Math.max(1, stem.length() - 1);
          length <= stem.length() + 1 && length <= action.length();
          length++) {
        starts.add(action.substring(0, length));
      }
    }
    // The nearest start that makes the pattern match; only one, since nearby starts overlap
    // (Describe*, Describ*, Descri*).
    for (String start : DidYouMean.nearest(stem, starts, starts.size())) {
      String candidate = service + ":" + start + rest;
      if (!catalog.expand(candidate).isEmpty()) {
        return List.of(candidate);
      }
    }
    return List.of();
  }

  private static int firstWildcard(String pattern) {
    int star = pattern.indexOf('*');
    int question = pattern.indexOf('?');
    if (star < 0) {
      return question;
    }
    return question < 0 ? star : Math.min(star, question);
  }
}
