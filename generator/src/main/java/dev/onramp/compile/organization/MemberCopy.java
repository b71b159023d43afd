package dev.onramp.compile.organization;

import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A copy of an organization's member template for the management (parent) template. A
 * service-managed StackSet never deploys to the management account, so the parent can carry the
 * member's resources itself, all switched on by one condition of the parent.
 *
 * <p>Every resource id, condition name and output name of the member gets a prefix ({@code
 * VendorRole} → {@code ManagementVendorRole}) and every reference to one is rewritten: {@code Ref},
 * {@code Fn::GetAtt}, {@code DependsOn}, {@code ${Id}} and {@code ${Id.Attr}} in {@code Fn::Sub}
 * (an escaped {@code ${!Literal}} is text and stays), {@code Fn::If}, {@code {Condition: …}} and
 * the {@code Condition} of resources and outputs. References to parameters and pseudo parameters
 * stay: the parent declares the member's parameters under the same names, and {@link
 * Result#referencedParameters} says which ones the copy needs.
 *
 * <p>How the switch is applied, so that the copy is valid and cfn-lint finds nothing in it:
 *
 * <ul>
 *   <li>Each member condition {@code C} becomes {@code <prefix>C = Fn::And [{Condition: switch},
 *       C']}, {@code C'} being C's body rewritten. With the switch folded into every copied
 *       condition, a copied resource keeps the one condition it had in the member, renamed, and is
 *       still absent when the switch is off; and cfn-lint can prove that whenever a copied resource
 *       or output exists, so does every copied resource it refers to, just as in the member. The
 *       {@code Fn::And} has two operands, and the member's own {@code Fn::And} and {@code Fn::Or}
 *       keep theirs, so none goes beyond the 2 to 10 CloudFormation allows.
 *   <li>A resource or output without a condition gets the switch itself.
 *   <li>A condition that is always true in the copy (one depending on a parameter that only members
 *       have, say) is not copied, since the parent may lack what it reads. As a resource's or
 *       output's condition, and inside conditions as {@code {Condition: …}}, it becomes the switch,
 *       which holds wherever the copy exists. An {@code Fn::If} on it becomes its true branch:
 *       {@code Fn::If} on the switch inside something that exists only when the switch holds has a
 *       branch that cannot be reached, which cfn-lint reports (W1028). A true branch of {@code
 *       AWS::NoValue} removes its map entry or list item, as CloudFormation would.
 * </ul>
 *
 * <p>A prefixed id that equals one of the parent's ids, the switch or a parameter the copy refers
 * to throws {@link IdCollision}, which lists every such id so that the caller can report them
 * together. A reference to something the member does not declare throws {@link
 * IllegalArgumentException}: the copy would be as broken as the member.
 *
 * <p>The member template is not modified; the result is deeply immutable.
 */
final class MemberCopy {
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  /** CloudFormation's rule for logical ids. */
  private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");

  private static final String PSEUDO_PARAMETER = "AWS::";

  private final Template member;
  private final String prefix;
  private final String switchCondition;
  private final Set<String> alwaysTrue;

  /** Parameters met while copying, in any order. */
  private final Set<String> parametersSeen = new LinkedHashSet<>();

  private MemberCopy(
      Template member, String prefix, String switchCondition, Set<String> alwaysTrue) {
    this.member = member;
    this.prefix = prefix;
    this.switchCondition = switchCondition;
    this.alwaysTrue = alwaysTrue;
  }

  /**
   * The copy.
   *
   * @param member the member template, not modified
   * @param prefix put before every copied id: a letter, then letters and digits
   * @param switchCondition the parent's condition that switches the copy on
   * @param alwaysTrue member conditions that are true wherever the copy exists; names the member
   *     does not declare are ignored, so one set can serve every member template
   * @param parentIds the parent's own logical ids (parameters, conditions, resources, outputs)
   * @throws IdCollision if a copied id equals one of {@code parentIds}, the switch or a parameter
   *     the copy refers to
   * @throws IllegalArgumentException if the prefix is not alphanumeric, a copied id would be longer
   *     than 255 characters, or the member refers to something it does not declare
   */
  static Result of(
      Template member,
      String prefix,
      String switchCondition,
      Set<String> alwaysTrue,
      Set<String> parentIds) {
    Objects.requireNonNull(member);
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "prefix must be a letter then letters and digits: " + prefix);
    }
    if (switchCondition == null || switchCondition.isEmpty()) {
      throw new IllegalArgumentException("switch condition is missing");
    }
    return new MemberCopy(member, prefix, switchCondition, Set.copyOf(alwaysTrue))
        .copy(Set.copyOf(parentIds));
  }

  private Result copy(Set<String> parentIds) {
    Map<String, String> renamed = new LinkedHashMap<>();
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    for (Map.Entry<String, Template.Resource> entry : member.resources().entrySet()) {
      renamed.put(entry.getKey(), prefixed(entry.getKey()));
      resources.put(prefixed(entry.getKey()), resource(entry.getValue()));
    }
    Map<String, Object> conditions = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : member.conditions().entrySet()) {
      if (alwaysTrue.contains(entry.getKey())) {
        continue;
      }
      renamed.put(entry.getKey(), prefixed(entry.getKey()));
      conditions.put(
          prefixed(entry.getKey()),
          new Fn.And(List.of(new Fn.ConditionRef(switchCondition), value(entry.getValue()))));
    }
    Map<String, Template.Output> outputs = new LinkedHashMap<>();
    for (Map.Entry<String, Template.Output> entry : member.outputs().entrySet()) {
      renamed.put(entry.getKey(), prefixed(entry.getKey()));
      outputs.put(prefixed(entry.getKey()), output(entry.getValue()));
    }
    // The member's declaration order, so that the caller can declare them in the same order.
    Set<String> parameters = new LinkedHashSet<>(member.parameters().keySet());
    parameters.retainAll(parametersSeen);
    checkIds(renamed.values(), parentIds, parameters);
    return new Result(resources, conditions, outputs, parameters, renamed);
  }

  private void checkIds(Iterable<String> copiedIds, Set<String> parentIds, Set<String> parameters) {
    Set<String> collisions = new LinkedHashSet<>();
    for (String id : copiedIds) {
      if (!LOGICAL_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "copied logical id is not 1 to 255 letters and digits: " + id);
      }
      if (parentIds.contains(id) || id.equals(switchCondition) || parameters.contains(id)) {
        collisions.add(id);
      }
    }
    if (!collisions.isEmpty()) {
      throw new IdCollision(List.copyOf(collisions));
    }
  }

  private String prefixed(String id) {
    return prefix + id;
  }

  private Template.Resource resource(Template.Resource resource) {
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

  private Template.Output output(Template.Output output) {
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

  private Object value(Object value) {
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

  /**
   * The copy: every map is unmodifiable and in member order.
   *
   * @param resources the copied resources by prefixed id
   * @param conditions the copied conditions, each requiring the switch
   * @param outputs the copied outputs by prefixed name
   * @param referencedParameters the member parameters the copy refers to, which the parent must
   *     declare under the same names, in the member's order
   * @param renamed member id → copied id for every copied resource, condition and output;
   *     always-true conditions are not copied and so not listed
   */
  record Result(
      Map<String, Template.Resource> resources,
      Map<String, Object> conditions,
      Map<String, Template.Output> outputs,
      Set<String> referencedParameters,
      Map<String, String> renamed) {
    Result {
      resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
      conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
      outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
      referencedParameters = Collections.unmodifiableSet(new LinkedHashSet<>(referencedParameters));
      renamed = Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
    }
  }

  /** Copied ids that are already taken in the parent; the caller reports them where they arise. */
  static final class IdCollision extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    // An array, not a List, so that the exception stays serializable.
    private final String[] ids;

    IdCollision(List<String> ids) {
      super("copied logical ids already used in the parent template: " + String.join(", ", ids));
      this.ids = ids.toArray(String[]::new);
    }

    /** The colliding ids, in member order. */
    List<String> ids() {
      return List.of(ids);
    }
  }
}
