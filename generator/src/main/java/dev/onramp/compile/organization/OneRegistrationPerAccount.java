package dev.onramp.compile.organization;

import dev.onramp.compile.callback.CallbackCompiler;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One registration per account and stack. The stack of an organization blueprint in the management
 * account registers itself ({@code VendorRegistration}), and its copy of the member registers the
 * same account again from the same stack ({@code <prefix>VendorRegistration}). When both are in the
 * template, the stack's registration carries the copy's role in {@code ManagementAccount} while the
 * copy registers, and the copy sends its own request only while the stack's is switched off (or
 * never, when the stack always registers). Run after the organization's switches have set the
 * copy's conditions.
 */
final class OneRegistrationPerAccount {
  /** The registration property that carries the member copy's role in this account. */
  static final String MANAGEMENT_ACCOUNT_PROPERTY = "ManagementAccount";

  private OneRegistrationPerAccount() {}

  static void apply(TemplateBuilder builder, String prefix, String memberBlueprint) {
    Template.Resource own = builder.resources().get(CallbackCompiler.RESOURCE);
    String copyId = prefix + CallbackCompiler.RESOURCE;
    Template.Resource copy = builder.resources().get(copyId);
    if (own == null || copy == null || copy.condition() == null) {
      return;
    }
    Map<String, Object> carried = new LinkedHashMap<>();
    carried.put("Blueprint", memberBlueprint);
    for (String key : List.of("RoleArn", CallbackCompiler.OUTPUTS_PROPERTY)) {
      if (copy.properties().containsKey(key)) {
        carried.put(key, copy.properties().get(key));
      }
    }
    Map<String, Object> properties = new LinkedHashMap<>(own.properties());
    properties.put(MANAGEMENT_ACCOUNT_PROPERTY, new Fn.If(copy.condition(), carried, Fn.noValue()));
    builder.resource(CallbackCompiler.RESOURCE, own.withProperties(properties), null);
    if (own.condition() == null) {
      // The stack always registers and carries the copy's role: the copy never needs to.
      builder.removeResource(copyId);
      return;
    }
    // The copy's own terms, flattened, then the stack's registration off: the terms a construct
    // decides at synthesis (the switches) stay at the top, where it finds them.
    List<Object> terms = new ArrayList<>();
    Object copyCondition = builder.conditions().get(copy.condition());
    if (copyCondition instanceof Fn.And and) {
      terms.addAll(and.conditions());
    } else {
      terms.add(new Fn.ConditionRef(copy.condition()));
    }
    terms.add(new Fn.Not(new Fn.ConditionRef(own.condition())));
    String alone = copyId + "WithoutStackRegistration";
    builder.condition(alone, new Fn.And(terms));
    builder.resource(copyId, copy.withCondition(alone), null);
  }
}
