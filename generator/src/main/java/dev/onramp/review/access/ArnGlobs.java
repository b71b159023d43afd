package dev.onramp.review.access;

import dev.onramp.iam.Wildcards;
import dev.onramp.review.access.GlobWitnesses.Glob;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resource and principal patterns as IAM matches them: {@code *} alone matches everything; an ARN
 * pattern matches segment by segment, the partition, service, region and account ignoring case and
 * never across a colon, the resource part (everything after the fifth colon) case-sensitive and
 * across colons; a short ARN pattern has its missing segments as {@code *}; any other pattern is
 * one glob over the whole text.
 */
final class ArnGlobs {
  /** Segments of {@code arn:partition:service:region:account:resource}. */
  private static final int SEGMENTS = 6;

  /** Products of segment witnesses beyond this are cut short, marked inexact. */
  static final int MAX_WITNESSES = 20_000;

  private ArnGlobs() {}

  static boolean isArn(String text) {
    return text.regionMatches(true, 0, "arn:", 0, 4);
  }

  /** Whether {@code pattern} matches {@code text}. */
  static boolean matches(String pattern, String text) {
    return matches(pattern, isArn(pattern) ? segments(pattern) : null, text, given(text));
  }

  /**
   * {@link #matches(String, String)} with the pattern's segments ({@code null} unless an ARN) and
   * the text's ({@code null} unless an ARN of six segments) split beforehand: a signature matches
   * every pattern against every candidate.
   */
  private static boolean matches(String pattern, String[] wanted, String text, String[] given) {
    if (pattern.equals("*")) {
      return true;
    }
    if (wanted == null) {
      return Wildcards.matches(pattern, text);
    }
    if (given == null) {
      return false;
    }
    for (int i = 1; i < SEGMENTS - 1; i++) {
      if (!Wildcards.matchesIgnoringCase(wanted[i], given[i])) {
        return false;
      }
    }
    return Wildcards.matches(wanted[SEGMENTS - 1], given[SEGMENTS - 1]);
  }

  private static String[] given(String text) {
    if (!isArn(text)) {
      return null;
    }
    String[] given = split(text);
    return given.length < SEGMENTS ? null : given;
  }

  /**
   * One text for every combination of the patterns that some text matches: each segment's witnesses
   * combined with the others', kept when the combination is new.
   */
  static GlobWitnesses.Result witnesses(List<String> patterns) {
    // Patterns of different services never match the same ARN: each service's patterns are walked
    // apart (with those whose service is a wildcard), which keeps the automata small.
    Map<String, List<String>> byService = new java.util.TreeMap<>();
    List<String> anyService = new ArrayList<>();
    for (String pattern : patterns) {
      String[] segments = isArn(pattern) ? segments(pattern) : null;
      if (segments == null || segments[2].contains("*") || segments[2].contains("?")) {
        anyService.add(pattern);
      } else {
        byService
            .computeIfAbsent(segments[2].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(pattern);
      }
    }
    if (byService.size() <= 1) {
      return walked(patterns);
    }
    boolean complete = true;
    List<String[]> wanted = split(patterns);
    Map<BitSet, String> bySignature = new LinkedHashMap<>();
    for (List<String> group : byService.values()) {
      List<String> together = new ArrayList<>(group);
      together.addAll(anyService);
      GlobWitnesses.Result result = walked(together);
      complete &= result.complete();
      for (String candidate : result.texts()) {
        bySignature.putIfAbsent(signature(patterns, wanted, candidate), candidate);
      }
    }
    return new GlobWitnesses.Result(List.copyOf(bySignature.values()), complete);
  }

  /** Each pattern's segments, {@code null} for one that is not an ARN. */
  private static List<String[]> split(List<String> patterns) {
    List<String[]> out = new ArrayList<>(patterns.size());
    patterns.forEach(pattern -> out.add(isArn(pattern) ? segments(pattern) : null));
    return out;
  }

  private static BitSet signature(List<String> patterns, List<String[]> wanted, String candidate) {
    String[] given = given(candidate);
    BitSet signature = new BitSet();
    for (int p = 0; p < patterns.size(); p++) {
      if (matches(patterns.get(p), wanted.get(p), candidate, given)) {
        signature.set(p);
      }
    }
    return signature;
  }

  private static GlobWitnesses.Result walked(List<String> patterns) {
    List<String[]> arns = new ArrayList<>();
    List<Glob> others = new ArrayList<>();
    for (String pattern : patterns) {
      if (pattern.equals("*")) {
        continue;
      }
      if (isArn(pattern)) {
        arns.add(segments(pattern));
      } else {
        others.add(Glob.pattern(pattern));
      }
    }
    boolean complete = true;
    List<List<String>> perSegment = new ArrayList<>();
    for (int i = 1; i < SEGMENTS; i++) {
      List<Glob> globs = new ArrayList<>();
      for (String[] arn : arns) {
        String segment = arn[i];
        globs.add(
            Glob.pattern(
                i < SEGMENTS - 1 ? outsidePlaceholders(segment, Character::toLowerCase) : segment));
      }
      GlobWitnesses.Result result = GlobWitnesses.of(globs);
      complete &= result.complete();
      List<String> texts = new ArrayList<>();
      for (String text : result.texts()) {
        // Colons belong to the resource part only; elsewhere they would shift the segments.
        texts.add(i < SEGMENTS - 1 ? outsidePlaceholders(text, c -> c == ':' ? '_' : c) : text);
      }
      perSegment.add(texts);
    }
    Map<BitSet, String> bySignature = new LinkedHashMap<>();
    List<String> prefixes = List.of("arn");
    long product = 1;
    for (List<String> texts : perSegment) {
      product *= texts.size();
    }
    if (product > MAX_WITNESSES) {
      complete = false;
    }
    for (List<String> texts : perSegment) {
      List<String> longer = new ArrayList<>();
      for (String prefix : prefixes) {
        for (String text : texts) {
          if (longer.size() < MAX_WITNESSES) {
            longer.add(prefix + ":" + text);
          }
        }
      }
      prefixes = longer;
    }
    GlobWitnesses.Result plain = GlobWitnesses.of(others);
    complete &= plain.complete();
    List<String> candidates = new ArrayList<>(prefixes);
    candidates.addAll(plain.texts());
    List<String[]> wanted = split(patterns);
    for (String candidate : candidates) {
      bySignature.putIfAbsent(signature(patterns, wanted, candidate), candidate);
    }
    return new GlobWitnesses.Result(List.copyOf(bySignature.values()), complete);
  }

  /**
   * An ARN's segments, at most six: split at the colons that are not inside a template placeholder
   * ({@code ${AWS::Region}} is one value of the region segment, not three).
   */
  static String[] split(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int depth = 0;
    for (int i = 0; i < text.length() && parts.size() < SEGMENTS - 1; i++) {
      char c = text.charAt(i);
      if (c == '$'
          && i + 1 < text.length()
          && text.charAt(i + 1) == '{'
          && text.indexOf('}', i) > 0) {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ':' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts.toArray(String[]::new);
  }

  /** {@code text} with each character changed by {@code change} except inside placeholders. */
  private static String outsidePlaceholders(
      String text, java.util.function.IntUnaryOperator change) {
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$'
          && i + 1 < text.length()
          && text.charAt(i + 1) == '{'
          && text.indexOf('}', i) > 0) {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      out.append(depth == 0 ? (char) change.applyAsInt(c) : c);
    }
    return out.toString();
  }

  /** The six segments of an ARN pattern, missing ones as {@code *}. */
  private static String[] segments(String pattern) {
    String[] parts = split(pattern);
    String[] out = new String[SEGMENTS];
    for (int i = 0; i < SEGMENTS; i++) {
      out[i] = i < parts.length ? parts[i] : "*";
    }
    return out;
  }
}
