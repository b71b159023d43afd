package dev.onramp.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An IAM policy document of the template as blueprint statements ({@code sid}, {@code effect},
 * {@code action}, {@code resource}, {@code condition} …), where each value has a text form (see
 * {@link ValueText}). A document that names a principal, or whose values need a resource's
 * attribute, a list parameter or a choice by condition, has none: it stays a raw resource.
 */
final class StatementMapping {
  private static final Pattern ACTION = Pattern.compile("\\*|[a-zA-Z0-9-]+:[A-Za-z0-9*?]+");
  private static final Pattern SID = Pattern.compile("[A-Za-z0-9]{1,100}");
  private static final Set<String> KEYS =
      Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition");

  private final ValueText text;

  StatementMapping(ValueText text) {
    this.text = text;
  }

  /** The document's statements as draft maps, or empty when one of them has no blueprint form. */
  Optional<List<DraftMap>> of(Object document) {
    if (!(document instanceof Map<?, ?> fields)) {
      return Optional.empty();
    }
    Object statements = fields.get("Statement");
    List<?> list =
        statements instanceof List<?> many
            ? many
            : statements instanceof Map<?, ?> one ? List.of(one) : null;
    if (list == null || list.isEmpty()) {
      return Optional.empty();
    }
    List<DraftMap> drafts = new ArrayList<>();
    for (Object statement : list) {
      Optional<DraftMap> draft = statement(statement);
      if (draft.isEmpty()) {
        return Optional.empty();
      }
      drafts.add(draft.get());
    }
    return Optional.of(drafts);
  }

  /**
   * Gives each statement a Sid of its own among {@code used}: statements from several policies meet
   * in one, where IAM refuses a Sid twice. A Sid names a statement; it grants nothing.
   */
  static void uniqueSids(List<DraftMap> statements, Set<String> used) {
    for (DraftMap statement : statements) {
      Object sid = statement.get("sid").orElse(null);
      if (sid instanceof String name && !used.add(name)) {
        int n = 2;
        while (!used.add(name + n)) {
          n++;
        }
        statement.put("sid", name + n, "Sid " + name + " renamed: another statement has it too");
      }
    }
  }

  private Optional<DraftMap> statement(Object value) {
    if (!(value instanceof Map<?, ?> fields) || !KEYS.containsAll(keys(fields))) {
      return Optional.empty();
    }
    DraftMap draft = new DraftMap();
    if (fields.get("Sid") instanceof String sid && SID.matcher(sid).matches()) {
      draft.put("sid", sid);
    } else if (fields.get("Sid") != null) {
      return Optional.empty();
    }
    Object effect = fields.get("Effect");
    if ("Deny".equals(effect)) {
      draft.put("effect", "Deny");
    } else if (!"Allow".equals(effect)) {
      return Optional.empty();
    }
    for (String key : List.of("Action", "NotAction")) {
      if (fields.containsKey(key)) {
        Optional<List<String>> actions = texts(fields.get(key));
        if (actions.isEmpty()
            || !actions.get().stream().allMatch(a -> ACTION.matcher(a).matches())) {
          return Optional.empty();
        }
        draft.put(lowerFirst(key), oneOrMany(actions.get()));
      }
    }
    for (String key : List.of("Resource", "NotResource")) {
      if (fields.containsKey(key)) {
        Optional<List<String>> resources = texts(fields.get(key));
        if (resources.isEmpty()) {
          return Optional.empty();
        }
        draft.put(lowerFirst(key), oneOrMany(resources.get()));
      }
    }
    if (fields.containsKey("Condition")) {
      Optional<DraftMap> condition = condition(fields.get("Condition"));
      if (condition.isEmpty()) {
        return Optional.empty();
      }
      draft.put("condition", condition.get());
    }
    return Optional.of(draft);
  }

  private Optional<DraftMap> condition(Object value) {
    if (!(value instanceof Map<?, ?> operators) || operators.isEmpty()) {
      return Optional.empty();
    }
    DraftMap condition = new DraftMap();
    for (Map.Entry<?, ?> operator : operators.entrySet()) {
      if (!(operator.getKey() instanceof String name)
          || !(operator.getValue() instanceof Map<?, ?> keys)
          || keys.isEmpty()) {
        return Optional.empty();
      }
      DraftMap tests = condition.map(name);
      for (Map.Entry<?, ?> key : keys.entrySet()) {
        Optional<List<String>> values = texts(key.getValue());
        if (!(key.getKey() instanceof String conditionKey) || values.isEmpty()) {
          return Optional.empty();
        }
        tests.put(
            conditionKey,
            key.getValue() instanceof List<?>
                ? new ArrayList<Object>(values.get())
                : values.get().get(0));
      }
    }
    return Optional.of(condition);
  }

  private Optional<List<String>> texts(Object value) {
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    List<String> texts = new ArrayList<>();
    for (Object item : items) {
      Optional<String> itemText = text.of(item);
      if (itemText.isEmpty()) {
        return Optional.empty();
      }
      texts.add(itemText.get());
    }
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts);
  }

  private static Object oneOrMany(List<String> values) {
    return values.size() == 1 ? values.get(0) : new ArrayList<Object>(values);
  }

  private static Set<String> keys(Map<?, ?> fields) {
    Set<String> keys = new LinkedHashSet<>();
    fields.keySet().forEach(key -> keys.add(String.valueOf(key)));
    return keys;
  }

  private static String lowerFirst(String key) {
    return Character.toLowerCase(key.charAt(0)) + key.substring(1);
  }
}
