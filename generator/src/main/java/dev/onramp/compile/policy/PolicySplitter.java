package dev.onramp.compile.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Packs statements into as few policy documents as IAM's size limit allows, keeping the authored
 * order so a reviewer reads the parts in the order they were written. A statement too large on its
 * own is cut between its actions; each piece keeps the statement's effect, resources and
 * conditions, and its Sid gets the piece's number so Sids stay unique.
 */
public final class PolicySplitter {
  public static final String VERSION = "2012-10-17";

  private PolicySplitter() {}

  /** Thrown when one action with its resources and conditions alone exceeds the limit. */
  public static final class StatementTooLarge extends Exception {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final int size;

    StatementTooLarge(int index, int size) {
      super(null, null, false, false);
      this.index = index;
      this.size = size;
    }

    /** Index of the statement in the input list. */
    public int index() {
      return index;
    }

    /** Its size, as IAM counts it. */
    public int size() {
      return size;
    }
  }

  public static Map<String, Object> document(List<Map<String, Object>> statements) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("Version", VERSION);
    document.put("Statement", statements);
    return document;
  }

  /** Splits into documents of at most {@code limit} characters as IAM counts them. */
  public static List<Map<String, Object>> split(List<Map<String, Object>> statements, int limit)
      throws StatementTooLarge {
    List<Map<String, Object>> pieces = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      pieces.addAll(cut(statements.get(i), i, limit));
    }
    // Sizes add up: the empty document, each statement, and a comma between two statements.
    int empty = PolicySize.of(document(List.of()));
    List<Map<String, Object>> documents = new ArrayList<>();
    List<Map<String, Object>> current = new ArrayList<>();
    int currentSize = empty;
    for (Map<String, Object> piece : pieces) {
      int pieceSize = PolicySize.of(piece);
      int grown = currentSize + pieceSize + (current.isEmpty() ? 0 : 1);
      if (grown > limit && !current.isEmpty()) {
        documents.add(document(current));
        current = new ArrayList<>();
        grown = empty + pieceSize;
      }
      current.add(piece);
      currentSize = grown;
    }
    if (!current.isEmpty()) {
      documents.add(document(current));
    }
    return documents;
  }

  private static List<Map<String, Object>> cut(Map<String, Object> statement, int index, int limit)
      throws StatementTooLarge {
    int size = PolicySize.of(document(List.of(statement)));
    if (size <= limit) {
      return List.of(statement);
    }
    if (!(statement.get("Action") instanceof List<?> actions) || actions.size() < 2) {
      throw new StatementTooLarge(index, size);
    }
    List<Map<String, Object>> pieces = new ArrayList<>();
    List<Object> chunk = new ArrayList<>();
    for (Object action : actions) {
      chunk.add(action);
      if (PolicySize.of(document(List.of(withActions(statement, chunk, 99)))) > limit) {
        chunk.remove(chunk.size() - 1);
        if (chunk.isEmpty()) {
          throw new StatementTooLarge(index, size);
        }
        pieces.add(withActions(statement, chunk, pieces.size() + 1));
        chunk = new ArrayList<>(List.of(action));
      }
    }
    pieces.add(withActions(statement, chunk, pieces.size() + 1));
    if (PolicySize.of(document(List.of(pieces.get(pieces.size() - 1)))) > limit) {
      throw new StatementTooLarge(index, size);
    }
    return pieces;
  }

  private static Map<String, Object> withActions(
      Map<String, Object> statement, List<Object> actions, int piece) {
    Map<String, Object> copy = new LinkedHashMap<>();
    statement.forEach(
        (key, value) -> {
          if (key.equals("Sid")) {
            copy.put(key, value + "Part" + piece);
          } else if (key.equals("Action")) {
            copy.put(key, actions.size() == 1 ? actions.get(0) : List.copyOf(actions));
          } else {
            copy.put(key, value);
          }
        });
    return copy;
  }
}
