package dev.onramp.compile.organization;

import dev.onramp.template.Fn;
import dev.onramp.template.Template;
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

  private MemberCopy() {}

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
    return copy(
        member,
        switchCondition,
        Set.copyOf(alwaysTrue),
        new ReferenceRewriter(member, prefix, switchCondition, Set.copyOf(alwaysTrue)),
        Set.copyOf(parentIds));
  }

  private static Result copy(
      Template member,
      String switchCondition,
      Set<String> alwaysTrue,
      ReferenceRewriter rewriter,
      Set<String> parentIds) {
    Map<String, String> renamed = new LinkedHashMap<>();
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    for (Map.Entry<String, Template.Resource> entry : member.resources().entrySet()) {
      String id = rewriter.prefixed(entry.getKey());
      renamed.put(entry.getKey(), id);
      resources.put(id, rewriter.resource(entry.getValue()));
    }
    Map<String, Object> conditions = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : member.conditions().entrySet()) {
      if (alwaysTrue.contains(entry.getKey())) {
        continue;
      }
      String name = rewriter.prefixed(entry.getKey());
      renamed.put(entry.getKey(), name);
      conditions.put(
          name,
          new Fn.And(
              List.of(new Fn.ConditionRef(switchCondition), rewriter.value(entry.getValue()))));
    }
    Map<String, Template.Output> outputs = new LinkedHashMap<>();
    for (Map.Entry<String, Template.Output> entry : member.outputs().entrySet()) {
      String name = rewriter.prefixed(entry.getKey());
      renamed.put(entry.getKey(), name);
      outputs.put(name, rewriter.output(entry.getValue()));
    }
    // The member's declaration order, so that the caller can declare them in the same order.
    Set<String> parameters = rewriter.referencedParameters();
    checkIds(renamed.values(), parentIds, switchCondition, parameters);
    return new Result(resources, conditions, outputs, parameters, renamed);
  }

  private static void checkIds(
      Iterable<String> copiedIds,
      Set<String> parentIds,
      String switchCondition,
      Set<String> parameters) {
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
