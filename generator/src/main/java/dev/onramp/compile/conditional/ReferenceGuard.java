package dev.onramp.compile.conditional;

import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, in one value of a template, the references ({@code Ref}, {@code Fn::GetAtt}, {@code
 * Fn::Sub} variables) to resources that may not exist where the value is used: the resource has a
 * condition the place does not imply, and no {@code Fn::If} around the reference implies it either.
 * On request it makes each such reference safe by wrapping it in {@code Fn::If} with {@code
 * AWS::NoValue}, which drops the property (or list element) when the resource is not created.
 */
final class ReferenceGuard {
  private final Map<String, Object> conditions;
  private final Map<String, Template.Resource> resources;
  private final Set<String> unsafe = new LinkedHashSet<>();

  ReferenceGuard(Map<String, Object> conditions, Map<String, Template.Resource> resources) {
    this.conditions = conditions;
    this.resources = resources;
  }

  /** The switched resources found unguarded so far, in the order met. */
  Set<String> unsafe() {
    return unsafe;
  }

  /** Notes the unguarded references of {@code value}, read where {@code condition} holds. */
  void scan(Object value, String condition) {
    walk(value, atoms(condition), false);
  }

  /** {@code value} with each unguarded reference wrapped in {@code Fn::If}. */
  Object guarded(Object value, String condition) {
    return walk(value, atoms(condition), true);
  }

  private Set<String> atoms(String condition) {
    return condition == null ? Set.of() : Conjunction.atoms(conditions, condition);
  }

  private Object walk(Object value, Set<String> holding, boolean wrap) {
    if (!wrap) {
      // Scanning only: nothing is copied (every resource and output of a switched template is
      // scanned, so copies here cost the generator a measurable share of its time).
      note(value, holding);
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(String.valueOf(key), walk(item, holding, wrap)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(walk(item, holding, wrap)));
      return copy;
    }
    if (value instanceof Fn.If choice) {
      Set<String> inside = Conjunction.atomsOfBoth(conditions, holding, choice.condition());
      return new Fn.If(
          choice.condition(),
          walk(choice.whenTrue(), inside, wrap),
          walk(
              choice.whenFalse(),
              Conjunction.atomsOfElse(conditions, holding, choice.condition()),
              wrap));
    }
    if (value instanceof Fn.Join join) {
      return new Fn.Join(join.delimiter(), walk(join.values(), holding, wrap));
    }
    List<String> targets = targets(value);
    Set<String> missing = new LinkedHashSet<>();
    for (String target : targets) {
      String needed = resources.get(target).condition();
      if (needed != null && !holding.containsAll(Conjunction.atoms(conditions, needed))) {
        unsafe.add(target);
        missing.add(needed);
      }
    }
    Object guarded = value;
    for (String condition : wrap ? missing : Set.<String>of()) {
      guarded = Fn.ifThen(condition, guarded, Fn.noValue());
    }
    return guarded;
  }

  /** Notes the unguarded references in {@code value}, read where {@code holding} holds. */
  private void note(Object value, Set<String> holding) {
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> note(item, holding));
    } else if (value instanceof List<?> list) {
      list.forEach(item -> note(item, holding));
    } else if (value instanceof Fn.If choice) {
      note(choice.whenTrue(), Conjunction.atomsOfBoth(conditions, holding, choice.condition()));
      note(choice.whenFalse(), Conjunction.atomsOfElse(conditions, holding, choice.condition()));
    } else if (value instanceof Fn.Join join) {
      note(join.values(), holding);
    } else {
      for (String target : targets(value)) {
        String needed = resources.get(target).condition();
        if (needed != null && !holding.containsAll(Conjunction.atoms(conditions, needed))) {
          unsafe.add(target);
        }
      }
    }
  }

  /** The resources a leaf value refers to. */
  private List<String> targets(Object value) {
    List<String> names = new ArrayList<>();
    if (value instanceof Fn.Ref ref) {
      names.add(ref.name());
    } else if (value instanceof Fn.GetAtt getAtt) {
      names.add(getAtt.resource());
    } else if (value instanceof Fn.Sub sub) {
      for (SubText.Part part : SubText.parse(sub.text())) {
        if (part instanceof SubText.Variable variable) {
          String name = variable.name();
          int dot = name.indexOf('.');
          names.add(dot < 0 ? name : name.substring(0, dot));
        }
      }
    }
    names.removeIf(name -> !resources.containsKey(name));
    return names;
  }
}
