package dev.onramp.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mapping of the draft blueprint as it will be written: keys in the order they were put, each
 * with an optional comment written above it (where the value came from in the original). Values are
 * strings, booleans, numbers, lists and other draft maps. Mutable while the import builds it, then
 * only written.
 */
final class DraftMap {
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, String> comments = new LinkedHashMap<>();
  private String headComment = "";

  /** Puts {@code value} under {@code key}; {@code null} values are left out. */
  DraftMap put(String key, Object value) {
    if (value != null) {
      values.put(key, value);
    }
    return this;
  }

  /** Puts {@code value} with a comment above its key. */
  DraftMap put(String key, Object value, String comment) {
    put(key, value);
    if (value != null && comment != null && !comment.isBlank()) {
      comments.put(key, comment);
    }
    return this;
  }

  /** The map under {@code key}, made the first time. */
  DraftMap map(String key) {
    return (DraftMap) values.computeIfAbsent(key, unused -> new DraftMap());
  }

  /** The list under {@code key}, made the first time. */
  @SuppressWarnings("unchecked")
  List<Object> list(String key) {
    return (List<Object>) values.computeIfAbsent(key, unused -> new ArrayList<>());
  }

  Optional<Object> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  void remove(String key) {
    values.remove(key);
    comments.remove(key);
  }

  /** A comment written above this map where it is a list item. */
  DraftMap headComment(String comment) {
    headComment = comment == null ? "" : comment;
    return this;
  }

  String headComment() {
    return headComment;
  }

  Map<String, Object> values() {
    return values;
  }

  String comment(String key) {
    return comments.getOrDefault(key, "");
  }

  boolean isEmpty() {
    return values.isEmpty();
  }
}
