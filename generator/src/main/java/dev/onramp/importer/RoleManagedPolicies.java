package dev.onramp.importer;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.template.Fn;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A role's {@code ManagedPolicyArns} as its {@code managedPolicies}: AWS managed policies by name
 * (literal, partition-aware or by a partition parameter), switched where an {@code Fn::If} chose
 * them; a {@code Ref} of a managed policy of the template is noted for {@link AttachedPolicies}.
 */
final class RoleManagedPolicies {
  private final ImportContext context;
  private final List<Object> managedPolicies;
  private final Set<String> policyArnRefs;
  private final List<String> changes;

  RoleManagedPolicies(
      ImportContext context,
      List<Object> managedPolicies,
      Set<String> policyArnRefs,
      List<String> changes) {
    this.context = context;
    this.managedPolicies = managedPolicies;
    this.policyArnRefs = policyArnRefs;
    this.changes = changes;
  }

  /** Reads {@code arns}; empty when they say what the section can, else why not. */
  Optional<String> read(Object arns) {
    if (arns == null) {
      return Optional.empty();
    }
    if (arns instanceof Fn.If choice && choice.whenTrue() instanceof List<?> whenTrue) {
      Object otherwise = choice.whenFalse();
      if (otherwise instanceof Fn.Ref none && none.name().equals("AWS::NoValue")) {
        otherwise = List.of();
      }
      if (otherwise instanceof List<?> whenFalse) {
        return chosenManagedPolicies(choice.condition(), whenTrue, whenFalse);
      }
    }
    if (!(arns instanceof List<?> list)) {
      return Optional.of("its ManagedPolicyArns is not a list");
    }
    for (Object arn : list) {
      Switch when = null;
      Object value = arn;
      if (arn instanceof Fn.If choice
          && choice.whenFalse() instanceof Fn.Ref none
          && none.name().equals("AWS::NoValue")) {
        Optional<Switch> on = context.switchFor(choice.condition());
        if (on.isEmpty()) {
          return Optional.of(context.whyNoSwitch(choice.condition()));
        }
        when = on.get();
        value = choice.whenTrue();
      }
      if (value instanceof Fn.Ref ref
          && context.template().resources().containsKey(ref.name())
          && when == null) {
        policyArnRefs.add(ref.name());
        continue;
      }
      Optional<String> name = AwsManagedPolicies.name(value);
      if (name.isEmpty()) {
        return Optional.of(
            "ManagedPolicyArns names "
                + dev.onramp.template.CanonicalText.of(value)
                + ", which is not an AWS managed policy");
      }
      if (value instanceof Fn.Sub sub
          && sub.text().startsWith("arn:${")
          && !sub.text().startsWith("arn:${AWS::Partition}")) {
        changes.add(
            "AWS managed policy "
                + name.get()
                + " named in the stack's own partition (${AWS::Partition}), not by a partition"
                + " parameter: a stack can attach only its own partition's");
      }
      managedPolicies.add(
          when == null
              ? name.get()
              : new DraftMap().put("name", name.get()).put("when", Switches.draft(when)));
    }
    return Optional.empty();
  }

  /**
   * {@code !If [C, [a, b], [a]]}: what both lists name is attached always, what one names only
   * under C's switch or its opposite.
   */
  private Optional<String> chosenManagedPolicies(
      String condition, List<?> whenTrue, List<?> whenFalse) {
    Optional<Switch> on = context.switchFor(condition);
    Optional<Switch> off = context.switchForNegation(condition);
    for (Object arn : whenTrue) {
      if (isNoValue(arn)) {
        continue;
      }
      Optional<String> name = AwsManagedPolicies.name(arn);
      if (name.isEmpty()) {
        return Optional.of("ManagedPolicyArns names a policy that is not AWS managed");
      }
      if (whenFalse.contains(arn)) {
        managedPolicies.add(name.get());
      } else if (on.isPresent()) {
        managedPolicies.add(
            new DraftMap().put("name", name.get()).put("when", Switches.draft(on.get())));
      } else {
        return Optional.of(context.whyNoSwitch(condition));
      }
    }
    for (Object arn : whenFalse) {
      if (isNoValue(arn)) {
        continue;
      }
      Optional<String> name = AwsManagedPolicies.name(arn);
      if (name.isEmpty()) {
        return Optional.of("ManagedPolicyArns names a policy that is not AWS managed");
      }
      if (!whenTrue.contains(arn)) {
        if (off.isEmpty()) {
          return Optional.of(context.whyNoSwitch(condition));
        }
        managedPolicies.add(
            new DraftMap().put("name", name.get()).put("when", Switches.draft(off.get())));
      }
    }
    return Optional.empty();
  }

  private static boolean isNoValue(Object value) {
    return value instanceof Fn.Ref ref && ref.name().equals("AWS::NoValue");
  }
}
