package dev.onramp.importer;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.review.MappingLookups;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the import units share while they turn one template into one draft blueprint: the original
 * (its mapping lookups resolved), the draft being written, which resources a unit has taken, the
 * log of where everything went, and the member drafts a StackSet's template becomes. Units run in
 * the order of {@link ImportUnits#ALL}; each takes what it can say exactly and leaves the rest.
 */
final class ImportContext {
  private final String name;
  private final Template original;
  private final Template template;
  private final ImportOptions options;
  private final DraftMap blueprint = new DraftMap();
  private final ImportLog log = new ImportLog();
  private final Set<String> taken = new LinkedHashSet<>();
  private final Map<String, ImportDraft> members = new LinkedHashMap<>();
  private final SwitchMapping switches;
  private final ValueText text;
  private final References references;
  private final Map<String, String> keptAsWritten = new LinkedHashMap<>();
  private final Map<String, Template.Resource> extracted = new LinkedHashMap<>();
  private final Map<String, Template.Resource> replaced = new LinkedHashMap<>();
  private final Map<String, String> replacedWhy = new LinkedHashMap<>();
  private final Set<String> vendorParameters = new LinkedHashSet<>();
  private final Map<String, String> renames = new LinkedHashMap<>();
  private String externalIdParameter;
  private final Map<String, Integer> roleNameRoom = new LinkedHashMap<>();
  private String vendorRoleArnParameter;

  ImportContext(String name, Template original, ImportOptions options) {
    this.name = name;
    this.original = original;
    this.template = MappingLookups.resolved(original);
    this.options = options;
    this.switches = new SwitchMapping(this.template);
    this.text = new ValueText(this.template);
    this.references = References.of(this.template);
  }

  String name() {
    return name;
  }

  /** The template with its mapping lookups resolved, which the units read. */
  Template template() {
    return template;
  }

  /** The template as read. */
  Template original() {
    return original;
  }

  ImportOptions options() {
    return options;
  }

  DraftMap blueprint() {
    return blueprint;
  }

  ImportLog log() {
    return log;
  }

  ValueText text() {
    return text;
  }

  References references() {
    return references;
  }

  /** The parameters the {@code vendor} and {@code externalId} sections name. */
  Set<String> vendorParameters() {
    return vendorParameters;
  }

  /**
   * Notes that {@code parameter} holds a role's name, or the part of it around {@code fixed}
   * characters: its value may be at most IAM's 64 characters less those.
   */
  void roleNameParameter(String parameter, int fixed) {
    roleNameRoom.merge(parameter, 64 - fixed, Math::min);
  }

  /** How long the value of a parameter that names roles may be, if it names one. */
  Optional<Integer> roleNameRoom(String parameter) {
    return Optional.ofNullable(roleNameRoom.get(parameter));
  }

  Optional<String> vendorRoleArnParameter() {
    return Optional.ofNullable(vendorRoleArnParameter);
  }

  void vendorRoleArnParameter(String name) {
    vendorRoleArnParameter = name;
  }

  Optional<String> externalIdParameter() {
    return Optional.ofNullable(externalIdParameter);
  }

  void externalIdParameter(String name) {
    externalIdParameter = name;
  }

  /** Whether a unit has already taken resource {@code id}. */
  boolean isTaken(String id) {
    return taken.contains(id);
  }

  void take(String id) {
    taken.add(id);
  }

  /** The resources of {@code type} that no unit has taken yet, in template order. */
  Map<String, Template.Resource> untaken(String type) {
    Map<String, Template.Resource> found = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              if (resource.type().equals(type) && !taken.contains(id)) {
                found.put(id, resource);
              }
            });
    return found;
  }

  /** Notes why resource {@code id} stays a raw resource, as written, for the report. */
  void keepAsWritten(String id, String reason) {
    keptAsWritten.putIfAbsent(id, reason);
  }

  Optional<String> whyKeptAsWritten(String id) {
    return Optional.ofNullable(keptAsWritten.get(id));
  }

  /**
   * Adds a raw resource that the original held inside another (a role's inline policy that no
   * statement can say), under a logical id no resource of the original has.
   */
  String extract(String wantedId, Template.Resource resource) {
    String id = wantedId;
    for (int n = 2; template.resources().containsKey(id) || extracted.containsKey(id); n++) {
      id = wantedId + n;
    }
    extracted.put(id, resource);
    return id;
  }

  /** Keeps resource {@code id} as a raw resource in a changed form, saying why. */
  void replaceAsWritten(String id, Template.Resource resource, String why) {
    replaced.put(id, resource);
    replacedWhy.put(id, why);
  }

  /** The resource as the raw resources write it: replaced, or as in the original. */
  Template.Resource asWritten(String id) {
    return replaced.getOrDefault(id, template.resources().get(id));
  }

  Optional<String> whyReplaced(String id) {
    return Optional.ofNullable(replacedWhy.get(id));
  }

  Map<String, Template.Resource> extracted() {
    return extracted;
  }

  /** The switch that says what condition {@code name} says, if one can. */
  Optional<Switch> switchFor(String condition) {
    return switches.of(condition);
  }

  /**
   * Declares template condition {@code name} as a named switch of the blueprint ({@code
   * conditions:}), for raw resources to name; false when no switch can say it.
   */
  boolean declareCondition(String name) {
    Optional<Switch> when = switches.of(name);
    when.ifPresent(
        on -> blueprint.map("conditions").put(name, Switches.draft(on), "Condition " + name + "."));
    return when.isPresent();
  }

  /** The switch that is on exactly when {@code condition} is false, if one can say it. */
  Optional<Switch> switchForNegation(String condition) {
    return switches.ofNegation(condition);
  }

  String whyNoSwitch(String condition) {
    return switches.why(condition);
  }

  /** Adds the draft of a StackSet's member template, written beside this one. */
  void addMember(ImportDraft member) {
    members.put(member.name(), member);
  }

  List<ImportDraft> members() {
    return List.copyOf(members.values());
  }

  /** The blueprint's list under {@code key} ({@code roles}, {@code parameters}, …). */
  List<Object> section(String key) {
    return blueprint.list(key);
  }

  /**
   * Notes that resource {@code from} of the original is {@code to} in the generated template (a
   * StackSet is MemberStackSet), for the proof to compare like with like.
   */
  void rename(String from, String to) {
    renames.put(from, to);
  }

  Map<String, String> renames() {
    return Map.copyOf(renames);
  }
}
