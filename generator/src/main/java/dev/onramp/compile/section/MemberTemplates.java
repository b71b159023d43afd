package dev.onramp.compile.section;

import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.template.CompiledTemplate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The blueprints of one build as an organization blueprint sees them when it looks up its member:
 * the name of every blueprint read (to tell "does not exist" from "failed"), and the member's
 * blueprint and compiled template when it has them.
 *
 * @param names every blueprint name of the build; not copied (a build may have thousands, and an
 *     organization needs them only to say which exist when its member does not)
 * @param unreadable the names the build's unreadable blueprints may have (the name they declare, as
 *     far as it can be read, and their file's name): a member among them is there but broken, and
 *     its own errors say why; not copied
 */
public record MemberTemplates(
    Set<String> names,
    Set<String> unreadable,
    Map<String, ParsedBlueprint> blueprints,
    Map<String, CompiledTemplate> compiled) {

  public static final MemberTemplates NONE =
      new MemberTemplates(Set.of(), Set.of(), Map.of(), Map.of());

  public MemberTemplates {
    blueprints = Map.copyOf(blueprints);
    compiled = Map.copyOf(compiled);
  }

  /** The names of every blueprint in the build, sorted. */
  @Override
  public Set<String> names() {
    return new TreeSet<>(names);
  }

  /** Whether a blueprint of the build that could not be read may be the one called {@code name}. */
  public boolean unreadable(String name) {
    return unreadable.contains(name);
  }

  public Optional<ParsedBlueprint> blueprint(String name) {
    return Optional.ofNullable(blueprints.get(name));
  }

  /** The member's template; empty when that blueprint has errors of its own. */
  public Optional<CompiledTemplate> template(String name) {
    return Optional.ofNullable(compiled.get(name));
  }
}
