package dev.onramp.compile.resources;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the names raw resources refer to against the template the sections generated: parameters
 * (the ExternalId included) and pseudo parameters, resources generated or raw, and conditions
 * (generated ones, and those the raw resources' switches add). Runs when raw resources compile,
 * since only then is every generated logical id known.
 */
final class RawReferences {
  static final Set<String> PSEUDO_PARAMETERS =
      Set.of(
          "AWS::AccountId",
          "AWS::NotificationARNs",
          "AWS::NoValue",
          "AWS::Partition",
          "AWS::Region",
          "AWS::StackId",
          "AWS::StackName",
          "AWS::URLSuffix");

  private final TemplateBuilder template;
  private final Set<String> generatedResources;
  private final Set<String> resources;

  /** References into {@code template} as generated so far, and to raw resources {@code rawIds}. */
  RawReferences(TemplateBuilder template, Collection<String> rawIds) {
    this.template = template;
    this.generatedResources = new LinkedHashSet<>(template.resources().keySet());
    this.resources = new LinkedHashSet<>(generatedResources);
    resources.addAll(rawIds);
  }

  /** A raw resource whose logical id a generated resource or a parameter already has. */
  Optional<RawProblem> checkClash(RawResource raw) {
    String taken =
        generatedResources.contains(raw.id())
            ? "a resource the blueprint generates"
            : template.parameters().containsKey(raw.id()) ? "a parameter of the template" : null;
    if (taken == null) {
      return Optional.empty();
    }
    return Optional.of(
        new RawProblem(
            DiagnosticCode.UNDEFINED_RAW_REFERENCE,
            raw.path(),
            "raw resource '" + raw.id() + "' has the logical id of " + taken,
            "rename the raw resource; logical ids are unique in a template, and a raw resource"
                + " never replaces what a section generates"));
  }

  /** The references of {@code raw} that name nothing the template has. */
  List<RawProblem> check(RawResource raw) {
    List<RawProblem> problems = new ArrayList<>();
    for (RawReference reference : raw.references()) {
      String name = reference.name();
      boolean found =
          switch (reference.kind()) {
            case VALUE ->
                PSEUDO_PARAMETERS.contains(name)
                    || template.parameters().containsKey(name)
                    || resources.contains(name);
            case ATTRIBUTE, RESOURCE -> resources.contains(name) && !name.equals(raw.id());
            case CONDITION -> template.conditions().containsKey(name);
          };
      if (!found) {
        problems.add(undefined(raw, reference));
      }
    }
    return problems;
  }

  private RawProblem undefined(RawResource raw, RawReference reference) {
    String name = reference.name();
    Set<String> known = new TreeSet<>();
    String kind;
    String declare;
    switch (reference.kind()) {
      case VALUE -> {
        known.addAll(template.parameters().keySet());
        known.addAll(resources);
        kind = "a parameter or resource";
        declare = "declare the parameter under parameters:, or write the resource";
      }
      case CONDITION -> {
        known.addAll(template.conditions().keySet());
        kind = "a condition";
        declare =
            "switch the resource with when: {parameter: P, equals: V}; condition: names only"
                + " conditions the blueprint generates";
      }
      default -> {
        known.addAll(resources);
        known.remove(raw.id());
        kind = "another resource";
        declare = "name a resource the blueprint generates or writes under resources:";
      }
    }
    String message =
        reference.form()
            + " names '"
            + name
            + "', which is not "
            + kind
            + " of the template"
            + (name.equals(raw.id()) ? " (a resource cannot refer to itself)" : "");
    return new RawProblem(
        DiagnosticCode.UNDEFINED_RAW_REFERENCE,
        reference.path(),
        message,
        DidYouMean.closest(name, known).map(hit -> "did you mean '" + hit + "'?").orElse(declare));
  }
}
