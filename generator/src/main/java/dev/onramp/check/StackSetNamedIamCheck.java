package dev.onramp.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ONR507 (warning): a StackSet that deploys its embedded template ({@code TemplateBody}) to more
 * than one region gets one stack per region in each account; IAM names are global to an account, so
 * a named IAM resource in that template fails in every region after the first. Names built from
 * {@code AWS::Region}, {@code AWS::StackName} or {@code AWS::StackId} differ per stack and pass.
 */
public final class StackSetNamedIamCheck implements SecurityCheck {
  /** The property that names each IAM resource type whose names are global to an account. */
  public static final Map<String, String> NAME_PROPERTIES =
      Map.of(
          "AWS::IAM::Role", "RoleName",
          "AWS::IAM::ManagedPolicy", "ManagedPolicyName",
          "AWS::IAM::User", "UserName",
          "AWS::IAM::Group", "GroupName",
          "AWS::IAM::InstanceProfile", "InstanceProfileName");

  private static final List<String> PER_STACK =
      List.of("AWS::Region", "AWS::StackName", "AWS::StackId");

  /**
   * Reads a TemplateBody given as text. It drops CloudFormation's short-form tags ({@code !Ref},
   * {@code !Sub}) and keeps their arguments, which is all this check needs.
   */
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Override
  public SecurityCheckCode code() {
    return SecurityCheckCode.NAMED_IAM_ACROSS_REGIONS;
  }

  @Override
  public List<Diagnostic> check(CompiledTemplate template) {
    List<Diagnostic> findings = new ArrayList<>();
    TemplateValues.resourcesOfType(template.template(), "AWS::CloudFormation::StackSet")
        .forEach((id, resource) -> checkStackSet(template, id, resource, findings));
    return findings;
  }

  private void checkStackSet(
      CompiledTemplate template, String id, Template.Resource stackSet, List<Diagnostic> findings) {
    String regions = severalRegions(stackSet.properties().get("StackInstancesGroup"));
    if (regions.isEmpty()) {
      return;
    }
    embeddedResources(stackSet.properties().get("TemplateBody"))
        .forEach(
            (memberId, member) -> {
              Map<String, Object> fields = TemplateValues.map(member).orElse(Map.of());
              String nameProperty = NAME_PROPERTIES.get(String.valueOf(fields.get("Type")));
              if (nameProperty == null) {
                return;
              }
              Object name = TemplateValues.mapAt(fields, "Properties").get(nameProperty);
              if (name == null || mentionsAny(name, PER_STACK)) {
                return;
              }
              findings.add(
                  Findings.onResource(
                      code(),
                      template,
                      id,
                      "StackSet "
                          + id
                          + " deploys to "
                          + regions
                          + ", and its template names "
                          + fields.get("Type")
                          + " "
                          + memberId
                          + " ("
                          + nameProperty
                          + " "
                          + TemplateValues.describe(name)
                          + "): IAM names are global to an account, so the stack in every region"
                          + " after the first fails on a name already taken",
                      "leave the name out (naming: generated), build it with ${AWS::Region}, or"
                          + " deploy the IAM resources from a StackSet that targets one region"));
            });
  }

  /**
   * How a message names the regions of the stack instances when they may be more than one ("3
   * regions (eu-west-1, …)", "the regions of !Ref Regions"), else the empty string.
   */
  private static String severalRegions(Object instanceGroups) {
    Set<String> named = new TreeSet<>();
    List<String> unknown = new ArrayList<>();
    for (Object group : TemplateValues.alternatives(instanceGroups)) {
      Object regions = TemplateValues.map(group).map(g -> g.get("Regions")).orElse(null);
      if (regions instanceof List<?> || regions instanceof Fn.If) {
        for (Object region : TemplateValues.alternatives(regions)) {
          named.add(TemplateValues.describe(region));
        }
      } else if (regions != null) {
        // A list parameter or other function: as many regions as the customer gives.
        unknown.add(TemplateValues.describe(regions));
      }
    }
    if (!unknown.isEmpty()) {
      return "the regions of " + String.join(" and ", unknown);
    }
    return named.size() > 1 ? named.size() + " regions (" + String.join(", ", named) + ")" : "";
  }

  /** The Resources section of a TemplateBody given as a template tree or as text. */
  private static Map<String, Object> embeddedResources(Object body) {
    Object tree = body;
    Optional<String> text = TemplateValues.text(body);
    if (text.isPresent()) {
      try {
        tree = YAML.readValue(text.get(), Object.class);
      } catch (JsonProcessingException e) {
        return Map.of(); // cfn-lint reports a body that does not parse
      }
    }
    return TemplateValues.mapAt(TemplateValues.map(tree).orElse(Map.of()), "Resources");
  }

  private static boolean mentionsAny(Object value, List<String> names) {
    if (value instanceof String text) {
      return names.stream().anyMatch(text::contains);
    }
    if (value instanceof Fn.Sub sub) {
      return mentionsAny(sub.text(), names);
    }
    if (value instanceof Fn fn) {
      return mentionsAny(fn.argument(), names);
    }
    if (value instanceof Map<?, ?> map) {
      return map.values().stream().anyMatch(child -> mentionsAny(child, names));
    }
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(child -> mentionsAny(child, names));
    }
    return false;
  }
}
