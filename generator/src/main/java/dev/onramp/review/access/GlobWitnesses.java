package dev.onramp.review.access;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One text for every combination of "matches" and "does not match" that some text achieves against
 * a set of glob patterns ({@code *} any run, {@code ?} any one character, or literal text): the
 * patterns' automata walked together, breadth first, so each combination gets its shortest text.
 * Deciding this by samples would miss the text that only a pattern's corner matches; the walk
 * cannot.
 */
final class GlobWitnesses {
  /** More states than patterns of policies produce; beyond it the walk stops, marked inexact. */
  static final int MAX_STATES = 4_000;

  private GlobWitnesses() {}

  /** A pattern: its text, and whether {@code *} and {@code ?} are wildcards in it. */
  record Glob(String text, boolean wildcards) {
    static Glob pattern(String text) {
      return new Glob(text, true);
    }

    static Glob literal(String text) {
      return new Glob(text, false);
    }

    boolean matches(String candidate) {
      return wildcards ? dev.onramp.iam.Wildcards.matches(text, candidate) : text.equals(candidate);
    }
  }

  /** The witnesses, and whether the walk saw every state. */
  record Result(List<String> texts, boolean complete) {}

  static Result of(List<Glob> globs) {
    TreeSet<Character> alphabet = new TreeSet<>();
    for (Glob glob : globs) {
      for (char c : glob.text().toCharArray()) {
        if (!glob.wildcards() || (c != '*' && c != '?')) {
          alphabet.add(c);
        }
      }
    }
    char other = fresh(alphabet);

    Map<List<BitSet>, Boolean> seen = new HashMap<>();
    Map<BitSet, String> bySignature = new LinkedHashMap<>();
    Deque<Map.Entry<List<BitSet>, String>> queue = new ArrayDeque<>();
    List<BitSet> start = new ArrayList<>();
    for (Glob glob : globs) {
      BitSet state = new BitSet();
      state.set(0);
      start.add(closure(glob, state));
    }
    queue.add(Map.entry(start, ""));
    seen.put(start, true);
    boolean complete = true;
    while (!queue.isEmpty()) {
      Map.Entry<List<BitSet>, String> entry = queue.poll();
      List<BitSet> state = entry.getKey();
      BitSet signature = new BitSet();
      boolean alive = false;
      for (int g = 0; g < globs.size(); g++) {
        BitSet positions = state.get(g);
        if (positions.get(globs.get(g).text().length())) {
          signature.set(g);
        }
        alive |= !positions.isEmpty();
      }
      bySignature.putIfAbsent(signature, entry.getValue());
      if (!alive) {
        continue;
      }
      for (char symbol : symbolsAt(globs, state, other)) {
        List<BitSet> next = new ArrayList<>(globs.size());
        for (int g = 0; g < globs.size(); g++) {
          next.add(step(globs.get(g), state.get(g), symbol));
        }
        if (seen.putIfAbsent(next, true) == null) {
          if (seen.size() > MAX_STATES) {
            complete = false;
            queue.clear();
            break;
          }
          queue.add(Map.entry(next, entry.getValue() + symbol));
        }
      }
    }
    return new Result(List.copyOf(bySignature.values()), complete);
  }

  /**
   * The characters worth trying from {@code state}: those some pattern wants next, and one that no
   * pattern names, which stands for every other character (they all lead to the same state).
   */
  private static char[] symbolsAt(List<Glob> globs, List<BitSet> state, char other) {
    TreeSet<Character> wanted = new TreeSet<>();
    for (int g = 0; g < globs.size(); g++) {
      Glob glob = globs.get(g);
      String text = glob.text();
      BitSet positions = state.get(g);
      for (int p = positions.nextSetBit(0);
          p >= 0 && p < text.length();
          p = positions.nextSetBit(p + 1)) {
        char token = text.charAt(p);
        if (!glob.wildcards() || (token != '*' && token != '?')) {
          wanted.add(token);
        }
      }
    }
    wanted.add(other);
    char[] symbols = new char[wanted.size()];
    int i = 0;
    for (char c : wanted) {
      symbols[i++] = c;
    }
    return symbols;
  }

  private static BitSet step(Glob glob, BitSet positions, char symbol) {
    String text = glob.text();
    BitSet next = new BitSet();
    for (int p = positions.nextSetBit(0);
        p >= 0 && p < text.length();
        p = positions.nextSetBit(p + 1)) {
      char token = text.charAt(p);
      if (glob.wildcards() && token == '*') {
        next.set(p);
      } else if ((glob.wildcards() && token == '?') || token == symbol) {
        next.set(p + 1);
      }
    }
    return closure(glob, next);
  }

  /** A {@code *} may match nothing: a position before one reaches the position after it. */
  private static BitSet closure(Glob glob, BitSet positions) {
    if (!glob.wildcards()) {
      return positions;
    }
    String text = glob.text();
    for (int p = positions.nextSetBit(0);
        p >= 0 && p < text.length();
        p = positions.nextSetBit(p + 1)) {
      if (text.charAt(p) == '*') {
        positions.set(p + 1);
      }
    }
    return positions;
  }

  /** A character no pattern names, standing for "anything else". */
  private static char fresh(TreeSet<Character> used) {
    for (char c : "xzqjkw0123456789XZQ_".toCharArray()) {
      if (!used.contains(c)) {
        return c;
      }
    }
    char c = '\u00e9';
    while (used.contains(c)) {
      c++;
    }
    return c;
  }
}
