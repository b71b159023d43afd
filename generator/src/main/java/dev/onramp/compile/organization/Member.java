package dev.onramp.compile.organization;

import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.compile.section.MemberTemplates;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The member blueprint of an organization and its compiled template, which member accounts get. */
record Member(ParsedBlueprint blueprint, CompiledTemplate compiled) {

  Template template() {
    return compiled.template();
  }

  String version() {
    return blueprint.model().metadata().version();
  }

  String externalIdParameter() {
    return blueprint.model().externalId().parameter();
  }

  /** The parameters that name the account of the hub role the member's roles trust. */
  Set<String> hubAccountParameters() {
    Set<String> names = new TreeSet<>();
    blueprint.model().roles().stream()
        .filter(role -> role.trust() != null && role.trust().hub() != null)
        .forEach(role -> names.add(role.trust().hub().accountParameter()));
    return names;
  }

  /**
   * The member {@code parent} names, among {@code members}. Empty after reporting why at {@code
   * where} when it is not in the build or fans out itself; empty without a report when it failed on
   * its own (could not be read, or compiled with errors), since its errors are reported where that
   * blueprint is read and compiled.
   */
  static Optional<Member> find(
      ParsedBlueprint parent,
      MemberTemplates members,
      SourceLocation where,
      Diagnostics diagnostics) {
    String name = parent.model().organization().memberBlueprint();
    Optional<ParsedBlueprint> parsed = members.blueprint(name);
    if (parsed.isEmpty() && members.unreadable(name)) {
      // The member is in the build but could not be read: its own errors say why, and saying
      // here that it is missing would send the user to create a file that is there.
      return Optional.empty();
    }
    if (parsed.isEmpty()) {
      Set<String> others = new TreeSet<>(members.names());
      others.remove(parent.model().metadata().name());
      diagnostics.error(
          DiagnosticCode.MEMBER_NOT_FOUND,
          where,
          "member blueprint '"
              + name
              + "' is not in this build (it has "
              + String.join(", ", members.names())
              + ")",
          DidYouMean.closest(name, others)
              .map(close -> "did you mean '" + close + "'?")
              .orElse(
                  "add a blueprint with metadata.name: "
                      + name
                      + " next to this one, in the same blueprint directory"));
      return Optional.empty();
    }
    if (parsed.get().model().organization() != null) {
      diagnostics.error(
          DiagnosticCode.INVALID_ORGANIZATION,
          where,
          "member blueprint '"
              + name
              + "' has an organization section of its own; fan-outs do not nest",
          "name a blueprint without an organization section, the one member accounts get");
      return Optional.empty();
    }
    return members.template(name).map(template -> new Member(parsed.get(), template));
  }
}
