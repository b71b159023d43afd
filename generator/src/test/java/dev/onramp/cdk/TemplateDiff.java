package dev.onramp.cdk;

import dev.onramp.review.PolicyDiff;
import dev.onramp.review.PolicyInventory;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between an expected and an actual template, section by section: parameters,
 * conditions, rules, resources, outputs, then what the IAM policies grant. The template's
 * Description and Metadata, and resources' Metadata, are not compared: they describe the stack and
 * change nothing CloudFormation deploys.
 */
final class TemplateDiff {
  private final Template expected;
  private final Template actual;
  private final List<String> out = new ArrayList<>();

  private TemplateDiff(Template expected, Template actual) {
    this.expected = expected;
    this.actual = actual;
  }

  static List<String> between(Template expected, Template actual) {
    TemplateDiff diff = new TemplateDiff(expected, actual);
    diff.parameters();
    diff.named("condition", expected.conditions(), actual.conditions());
    diff.named("rule", expected.rules(), actual.rules());
    diff.resources();
    diff.outputs();
    diff.policies();
    return List.copyOf(diff.out);
  }

  private void parameters() {
    presence("parameter", expected.parameters().keySet(), actual.parameters().keySet());
    expected
        .parameters()
        .forEach(
            (name, parameter) -> {
              Template.Parameter other = actual.parameters().get(name);
              if (other != null) {
                ValueDiff diff = ValueDiff.of("parameter " + name);
                out.addAll(diff.between("Type", parameter.type(), other.type()));
                out.addAll(diff.between("Default", parameter.defaultValue(), other.defaultValue()));
              }
            });
  }

  /** A section of named bodies compared as values: Conditions, Rules. */
  private void named(
      String kind, Map<String, Object> expectedBodies, Map<String, Object> actualBodies) {
    presence(kind, expectedBodies.keySet(), actualBodies.keySet());
    expectedBodies.forEach(
        (name, body) -> {
          if (actualBodies.containsKey(name)) {
            out.addAll(ValueDiff.of(kind + " " + name).between("", body, actualBodies.get(name)));
          }
        });
  }

  private void resources() {
    expected
        .resources()
        .forEach(
            (id, resource) -> {
              Template.Resource other = actual.resources().get(id);
              if (other == null) {
                out.add("resource " + id + ": missing (" + resource.type() + ")");
              } else {
                resource(id, resource, other);
              }
            });
    actual
        .resources()
        .forEach(
            (id, resource) -> {
              if (!expected.resources().containsKey(id)) {
                out.add("resource " + id + ": unexpected (" + resource.type() + ")");
              }
            });
  }

  private void resource(String id, Template.Resource expected, Template.Resource actual) {
    String subject = "resource " + id;
    if (!expected.type().equals(actual.type())) {
      out.add(subject + ": Type: expected " + expected.type() + ", actual " + actual.type());
      return;
    }
    attribute(subject, "Condition", expected.condition(), actual.condition());
    attribute(subject, "DeletionPolicy", expected.deletionPolicy(), actual.deletionPolicy());
    attribute(
        subject,
        "UpdateReplacePolicy",
        expected.updateReplacePolicy(),
        actual.updateReplacePolicy());
    // CloudFormation orders by the dependency graph, not by the list.
    Set<String> missing = new TreeSet<>(expected.dependsOn());
    missing.removeAll(actual.dependsOn());
    Set<String> unexpected = new TreeSet<>(actual.dependsOn());
    unexpected.removeAll(expected.dependsOn());
    if (!missing.isEmpty()) {
      out.add(subject + ": DependsOn: missing " + missing);
    }
    if (!unexpected.isEmpty()) {
      out.add(subject + ": DependsOn: unexpected " + unexpected);
    }
    out.addAll(
        new ValueDiff(subject, PolicyDocumentPaths.of(expected.type()))
            .between("Properties", expected.properties(), actual.properties()));
  }

  private void outputs() {
    presence("output", expected.outputs().keySet(), actual.outputs().keySet());
    expected
        .outputs()
        .forEach(
            (name, output) -> {
              Template.Output other = actual.outputs().get(name);
              if (other != null) {
                String subject = "output " + name;
                attribute(subject, "Condition", output.condition(), other.condition());
                ValueDiff diff = ValueDiff.of(subject);
                // An empty description is no description: the template writers leave it out.
                out.addAll(
                    diff.between(
                        "Description",
                        emptyAsNone(output.description()),
                        emptyAsNone(other.description())));
                out.addAll(diff.between("Value", output.value(), other.value()));
                out.addAll(diff.between("Export.Name", output.exportName(), other.exportName()));
              }
            });
  }

  private static String emptyAsNone(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** What the templates' IAM policies grant, however they are written. */
  private void policies() {
    PolicyDiff diff = PolicyDiff.between(PolicyInventory.of(expected), PolicyInventory.of(actual));
    diff.render().forEach(change -> out.add("IAM: " + change));
  }

  private void presence(String kind, Set<String> expectedNames, Set<String> actualNames) {
    expectedNames.stream()
        .filter(name -> !actualNames.contains(name))
        .forEach(name -> out.add(kind + " " + name + ": missing"));
    actualNames.stream()
        .filter(name -> !expectedNames.contains(name))
        .forEach(name -> out.add(kind + " " + name + ": unexpected"));
  }

  /** A name-valued attribute; absent reads {@code none}. */
  private void attribute(String subject, String attribute, String expected, String actual) {
    if (!Objects.equals(expected, actual)) {
      out.add(
          subject
              + ": "
              + attribute
              + ": expected "
              + (expected == null ? "none" : expected)
              + ", actual "
              + (actual == null ? "none" : actual));
    }
  }
}
