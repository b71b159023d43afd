package dev.onramp.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Where every part of the original went: one entry per resource, parameter, condition, mapping,
 * output and other section, with what had to change and why. The report lists them all; an entry
 * whose destination is {@code dropped} is gone from the draft.
 */
public final class ImportLog {
  /** The kinds of parts a template has, in the order the report lists them. */
  public enum Kind {
    RESOURCE("resource"),
    PARAMETER("parameter"),
    CONDITION("condition"),
    MAPPING("mapping"),
    OUTPUT("output"),
    SECTION("section");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One part of the original.
   *
   * @param kind what it is
   * @param id its name in the original
   * @param type its resource or parameter type, empty when it has none
   * @param destination where it went in the draft ({@code roles[AcmeRole]}, {@code
   *     resources.AcmeRule}, {@code dropped})
   * @param changes what changed on the way, each with its reason
   */
  public record Entry(Kind kind, String id, String type, String destination, List<String> changes) {
    public Entry {
      changes = List.copyOf(changes);
    }

    public boolean dropped() {
      return destination.equals(DROPPED);
    }
  }

  public static final String DROPPED = "dropped";

  private final List<Entry> entries = new ArrayList<>();

  void add(Kind kind, String id, String type, String destination, List<String> changes) {
    entries.add(new Entry(kind, id, type, destination, changes));
  }

  void add(Kind kind, String id, String type, String destination) {
    add(kind, id, type, destination, List.of());
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  boolean has(Kind kind, String id) {
    return entries.stream().anyMatch(entry -> entry.kind() == kind && entry.id().equals(id));
  }
}
