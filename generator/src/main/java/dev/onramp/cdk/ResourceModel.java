package dev.onramp.cdk;

import dev.onramp.cdk.JavaCode.Kind;
import dev.onramp.cdk.ResourceView.Call;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One template resource as an L1 construct: its builder calls, condition, dependencies, deletion
 * policies and metadata. A typed L1 class ({@code CfnRole}) is used only where every property has a
 * builder method of the right type; otherwise {@link #view} says so and the resource is built as a
 * {@code CfnResource} with its property map.
 */
final class ResourceModel {
  private static final Map<String, String> DELETION_POLICIES =
      Map.of(
          "Delete", "DELETE",
          "Retain", "RETAIN",
          "Snapshot", "SNAPSHOT",
          "RetainExceptOnCreate", "RETAIN_EXCEPT_ON_CREATE");

  private final JavaExpressions expressions;
  private final TemplateSymbols symbols;
  private final JavaImports imports;
  private final Map<String, Object> conditions;

  ResourceModel(
      JavaExpressions expressions,
      TemplateSymbols symbols,
      JavaImports imports,
      Map<String, Object> conditions) {
    this.expressions = expressions;
    this.symbols = symbols;
    this.imports = imports;
    this.conditions = conditions;
  }

  /**
   * The part of a deploy-time condition the props decide: the parameter conditions among the terms
   * of its {@code Fn::And}. A resource whose condition fails there is not built at all, as the
   * template evaluated with the same values drops it; its references to resources the props already
   * left out are then never made.
   */
  private String synthesisGuard(String condition) {
    if (!(conditions.get(condition) instanceof Fn.And and)) {
      return "";
    }
    List<String> decided = new ArrayList<>();
    for (Object term : and.conditions()) {
      if (term instanceof Fn.ConditionRef ref
          && symbols.parameterConditions().containsKey(ref.name())) {
        decided.add(symbols.parameterConditions().get(ref.name()));
      }
    }
    return String.join(" && ", decided);
  }

  /** The resources a resource's Java code refers to: {@code Ref}, {@code GetAtt}, DependsOn. */
  static Set<String> referencedResources(Template.Resource resource) {
    Set<String> names = new LinkedHashSet<>(resource.dependsOn());
    for (Object value : List.of(resource.properties(), resource.metadata())) {
      TemplateFunctions.each(
          value,
          fn -> {
            if (fn instanceof Fn.Ref ref) {
              names.add(ref.name());
            } else if (fn instanceof Fn.GetAtt getAtt) {
              names.add(getAtt.resource());
            }
          });
    }
    return names;
  }

  /** The resource's view, or empty when its typed L1 class cannot express it exactly. */
  Optional<ResourceView> view(String logicalId, Template.Resource resource) {
    TemplateSymbols.ResourceSymbol symbol = symbols.resources().get(logicalId);
    CdkResourceClass cdkClass = symbol.cdkClass();
    imports.add(cdkClass.qualifiedName());
    List<Call> setters = new ArrayList<>();
    if (cdkClass.isTyped()) {
      for (Map.Entry<String, Object> property : resource.properties().entrySet()) {
        Optional<Call> setter = typedSetter(cdkClass, property.getKey(), property.getValue());
        if (setter.isEmpty()) {
          return Optional.empty();
        }
        setter.ifPresent(setters::add);
      }
    } else {
      setters.add(new Call("type", JavaLiterals.quoted(resource.type())));
      if (!resource.properties().isEmpty()) {
        setters.add(new Call("properties", expressions.map(resource.properties()).text()));
      }
    }
    String parameterCondition = "";
    String deployTimeCondition = "";
    if (resource.condition() != null) {
      parameterCondition = symbols.parameterConditions().getOrDefault(resource.condition(), "");
      deployTimeCondition = symbols.deployTimeConditions().getOrDefault(resource.condition(), "");
      if (!deployTimeCondition.isEmpty()) {
        parameterCondition = synthesisGuard(resource.condition());
      }
    }
    List<String> dependencies =
        resource.dependsOn().stream().map(name -> symbols.resources().get(name).field()).toList();
    List<Call> metadata = new ArrayList<>();
    resource
        .metadata()
        .forEach(
            (key, value) ->
                metadata.add(new Call(JavaLiterals.quoted(key), expressions.value(value).text())));
    return Optional.of(
        new ResourceView(
            logicalId,
            resource.type(),
            symbol.field(),
            "create" + JavaNames.upperFirst(symbol.field()),
            cdkClass.simpleName(),
            setters,
            parameterCondition,
            deployTimeCondition,
            dependencies,
            deletionPolicy(resource.deletionPolicy()),
            deletionPolicy(resource.updateReplacePolicy()),
            metadata));
  }

  private String deletionPolicy(String policy) {
    if (policy == null) {
      return "";
    }
    String constant = DELETION_POLICIES.get(policy);
    if (constant == null) {
      throw new IllegalArgumentException("unknown deletion policy " + policy);
    }
    imports.add("software.amazon.awscdk.CfnDeletionPolicy");
    return "CfnDeletionPolicy." + constant;
  }

  private Optional<Call> typedSetter(CdkResourceClass cdkClass, String key, Object value) {
    Optional<CdkResourceClass.Setter> setter = cdkClass.setter(key);
    if (setter.isEmpty()) {
      return Optional.empty();
    }
    Optional<JavaCode> code =
        switch (key) {
          case "Policies" -> inlinePolicies(value);
          case "Tags" -> tags(value);
          default -> Optional.of(expressions.value(key, value));
        };
    return code.flatMap(c -> fitted(setter.get().kind(), c))
        .map(c -> new Call(setter.get().method(), c.text()));
  }

  /** The code as the setter's parameter type, or empty when it is of another type. */
  private Optional<JavaCode> fitted(Kind wanted, JavaCode code) {
    if (wanted == Kind.OBJECT || code.kind() == wanted) {
      return Optional.of(code);
    }
    if (wanted == Kind.STRING && code.kind() == Kind.OBJECT && !code.mayBeAbsent()) {
      return Optional.of(expressions.asString(code));
    }
    return Optional.empty();
  }

  /** A role's inline policies as {@code CfnRole.PolicyProperty}s with readable documents. */
  private Optional<JavaCode> inlinePolicies(Object value) {
    if (!(value instanceof List<?> policies)) {
      return Optional.empty();
    }
    List<JavaCode> built = new ArrayList<>();
    for (Object policy : policies) {
      if (!(policy instanceof Map<?, ?> map)
          || !map.keySet().equals(Set.of("PolicyName", "PolicyDocument"))) {
        return Optional.empty();
      }
      JavaCode name = expressions.asString(expressions.value(map.get("PolicyName")));
      JavaCode document = expressions.value("PolicyDocument", map.get("PolicyDocument"));
      built.add(
          JavaCode.of(
              JavaCode.chain(
                  "CfnRole.PolicyProperty.builder()",
                  List.of(
                      "policyName(" + name.text() + ")",
                      "policyDocument(" + document.text() + ")",
                      "build()")),
              Kind.OBJECT));
    }
    return Optional.of(expressions.list(built));
  }

  /** Tags as {@code CfnTag}s, when each is a plain key and value. */
  private Optional<JavaCode> tags(Object value) {
    if (!(value instanceof List<?> tags)) {
      return Optional.empty();
    }
    List<JavaCode> built = new ArrayList<>();
    for (Object tag : tags) {
      if (!(tag instanceof Map<?, ?> map) || !map.keySet().equals(Set.of("Key", "Value"))) {
        return Optional.empty();
      }
      JavaCode key = expressions.value(map.get("Key"));
      JavaCode tagValue = expressions.value(map.get("Value"));
      if (key.kind() != Kind.STRING || tagValue.kind() != Kind.STRING || tagValue.mayBeAbsent()) {
        return Optional.empty();
      }
      imports.add("software.amazon.awscdk.CfnTag");
      built.add(
          JavaCode.of(
              "CfnTag.builder().key(" + key.text() + ").value(" + tagValue.text() + ").build()",
              Kind.OBJECT));
    }
    return Optional.of(expressions.list(built));
  }
}
