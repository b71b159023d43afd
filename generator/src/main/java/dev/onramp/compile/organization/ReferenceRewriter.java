package dev.onramp.compile.organization;

import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the values of one member template for its {@link MemberCopy}: every reference to a
 * resource or condition gets the prefix, always-true conditions become the switch (and an {@code
 * Fn::If} on one its true branch), references to parameters and pseudo parameters stay. One
 * rewriter serves one copy, and notes the member parameters the copy refers to as it goes.
 */
final class ReferenceRewriter {
  private static final String PSEUDO_PARAMETER = "AWS::";

  private final Template member;
  private final String prefix;
  private final String switchCondition;
  private final Set<String> alwaysTrue;

  /** Parameters met while rewriting, in any order. */
  private final Set<String> parametersSeen = new LinkedHashSet<>();

  ReferenceRewriter(
      Template member, String prefix, String switchCondition, Set<String> alwaysTrue) {
    this.member = member;
    this.prefix = prefix;
    this.switchCondition = switchCondition;
    this.alwaysTrue = alwaysTrue;
  }

  /** The member parameters the values rewritten so far refer to, in the member's order. */
  Set<String> referencedParameters() {
    Set<String> parameters = new LinkedHashSet<>(member.parameters().keySet());
    parameters.retainAll(parametersSeen);
    return parameters;
  }

  String prefixed(String id) {
    return prefix + id;
  }

  Template.Resource resource(Template.Resource resource) {
    List<String> dependsOn = new ArrayList<>();
    for (String id : resource.dependsOn()) {
      dependsOn.add(resourceId(id));
    }
    return new Template.Resource(
        resource.type(),
        resource.condition() == null ? switchCondition : conditionName(resource.condition()),
        dependsOn,
        resource.deletionPolicy(),
        resource.updateReplacePolicy(),
        map(resource.metadata()),
        map(resource.properties()));
  }

  Template.Output output(Template.Output output) {
    return new Template.Output(
        output.description(),
        value(output.value()),
        output.condition() == null ? switchCondition : conditionName(output.condition()),
        output.exportName() == null ? null : value(output.exportName()));
  }

  /** A member resource's id in the copy. */
  private String resourceId(String id) {
    if (!member.resources().containsKey(id)) {
      throw new IllegalArgumentException("the member refers to an undeclared resource " + id);
    }
    return prefixed(id);
  }

  /** A member condition's name in the copy: always-true ones are the switch. */
  private String conditionName(String name) {
    if (alwaysTrue.contains(name)) {
      return switchCondition;
    }
    if (!member.conditions().containsKey(name)) {
      throw new IllegalArgumentException("the member refers to an undeclared condition " + name);
    }
    return prefixed(name);
  }

  /** What {@code Ref name} (or {@code ${name}} in a Sub) refers to in the copy. */
  private String refName(String name) {
    if (name.startsWith(PSEUDO_PARAMETER)) {
      return name;
    }
    if (member.parameters().containsKey(name)) {
      parametersSeen.add(name);
      return name;
    }
    return resourceId(name);
  }

  Object value(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map(map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      for (Object item : list) {
        Object copied = value(item);
        if (!removedByIf(item, copied)) {
          copy.add(copied);
        }
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Fn fn) {
      return fn(fn);
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException("not a template value: " + value);
  }

  private <K> Map<K, Object> map(Map<K, ?> map) {
    Map<K, Object> copy = new LinkedHashMap<>();
    map.forEach(
        (key, item) -> {
          Object copied = value(item);
          if (!removedByIf(item, copied)) {
            copy.put(key, copied);
          }
        });
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Whether resolving an always-true {@code Fn::If} left {@code AWS::NoValue}, which CloudFormation
   * would have taken as "leave this entry out". A {@code Ref AWS::NoValue} the member wrote itself
   * stays as it was.
   */
  private static boolean removedByIf(Object original, Object copied) {
    return original instanceof Fn.If && Fn.noValue().equals(copied);
  }

  // Fn is sealed; Java 17 cannot switch over its records, so the last branch catches an Fn added
  // to the model but not here.
  private Object fn(Fn fn) {
    if (fn instanceof Fn.Ref ref) {
      return new Fn.Ref(refName(ref.name()));
    }
    if (fn instanceof Fn.Sub sub) {
      return new Fn.Sub(subText(sub.text()));
    }
    if (fn instanceof Fn.GetAtt getAtt) {
      return new Fn.GetAtt(resourceId(getAtt.resource()), getAtt.attribute());
    }
    if (fn instanceof Fn.If ifThen) {
      if (alwaysTrue.contains(ifThen.condition())) {
        return value(ifThen.whenTrue());
      }
      return new Fn.If(
          conditionName(ifThen.condition()), value(ifThen.whenTrue()), value(ifThen.whenFalse()));
    }
    if (fn instanceof Fn.Equals equals) {
      return new Fn.Equals(value(equals.left()), value(equals.right()));
    }
    if (fn instanceof Fn.Or or) {
      return new Fn.Or(values(or.conditions()));
    }
    if (fn instanceof Fn.And and) {
      return new Fn.And(values(and.conditions()));
    }
    if (fn instanceof Fn.Not not) {
      return new Fn.Not(value(not.condition()));
    }
    if (fn instanceof Fn.ConditionRef condition) {
      return new Fn.ConditionRef(conditionName(condition.name()));
    }
    if (fn instanceof Fn.Join join) {
      return new Fn.Join(join.delimiter(), value(join.values()));
    }
    throw new IllegalStateException("no copy rule for " + fn.jsonKey());
  }

  /** Condition operands one for one: dropping one would change the count CloudFormation checks. */
  private List<Object> values(List<Object> conditions) {
    List<Object> copy = new ArrayList<>();
    for (Object condition : conditions) {
      copy.add(value(condition));
    }
    return copy;
  }

  /**
   * Rewrites the variables of an {@code Fn::Sub} text. {@code ${!Name}} is CloudFormation's escape
   * for a literal {@code ${Name}}, so it names no variable.
   */
  private String subText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (true) {
      int open = text.indexOf("${", at);
      int close = open < 0 ? -1 : text.indexOf('}', open + 2);
      if (close < 0) {
        return out.append(text, at, text.length()).toString();
      }
      out.append(text, at, open + 2);
      if (text.startsWith("!", open + 2)) {
        at = open + 2;
        continue;
      }
      out.append(subVariable(text.substring(open + 2, close))).append('}');
      at = close + 1;
    }
  }

  /** {@code Id.Attr} is a resource attribute; anything else reads like {@code Ref}. */
  private String subVariable(String variable) {
    int dot = variable.indexOf('.');
    if (dot > 0 && !variable.startsWith(PSEUDO_PARAMETER)) {
      return resourceId(variable.substring(0, dot)) + variable.substring(dot);
    }
    return refName(variable);
  }
}
