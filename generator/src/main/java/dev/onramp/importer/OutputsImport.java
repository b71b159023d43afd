package dev.onramp.importer;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outputs: a role's ARN, id or name, a parameter's value or a constant, with the export name
 * and the switch they had. An output of anything else (a raw resource's attribute, a computed text)
 * has no blueprint form and is dropped, which the report says; outputs grant nothing.
 */
final class OutputsImport implements ImportUnit {
  private static final Pattern EXPORT = Pattern.compile("[A-Za-z0-9:${}-]{1,255}");

  @Override
  public void run(ImportContext context) {
    for (Map.Entry<String, Template.Output> entry : context.template().outputs().entrySet()) {
      String name = entry.getKey();
      Template.Output output = entry.getValue();
      List<String> changes = new ArrayList<>();
      DraftMap draft = new DraftMap().put("name", name);
      if (output.description() != null && !output.description().isEmpty()) {
        draft.put("description", output.description());
      }
      Optional<String> problem = value(context, output.value(), draft);
      if (problem.isEmpty() && output.exportName() != null) {
        problem = export(output.exportName(), draft);
      }
      if (problem.isEmpty() && output.condition() != null) {
        Optional<Switch> when = context.switchFor(output.condition());
        if (when.isPresent()) {
          draft.put("when", Switches.draft(when.get()));
        } else {
          changes.add("shown always: " + context.whyNoSwitch(output.condition()));
        }
      }
      if (problem.isPresent()) {
        context
            .log()
            .add(ImportLog.Kind.OUTPUT, name, "", ImportLog.DROPPED, List.of(problem.get()));
        continue;
      }
      draft.headComment("From Outputs." + name + ".");
      context.section("outputs").add(draft);
      context.log().add(ImportLog.Kind.OUTPUT, name, "", "outputs[" + name + "]", changes);
    }
  }

  private static Optional<String> value(ImportContext context, Object written, DraftMap draft) {
    // !Sub ${Role.Arn} and !Sub ${Name} say what !GetAtt Role.Arn and !Ref Name say.
    Object value = written;
    if (written instanceof Fn.Sub sub) {
      Optional<String> sole = dev.onramp.template.SubText.soleVariable(sub.text());
      if (sole.isPresent()) {
        int dot = sole.get().indexOf('.');
        value =
            dot < 0
                ? Fn.ref(sole.get())
                : Fn.getAtt(sole.get().substring(0, dot), sole.get().substring(dot + 1));
      }
    }
    if (value instanceof Fn.GetAtt getAtt && isRole(context, getAtt.resource())) {
      if (!List.of("Arn", "RoleId").contains(getAtt.attribute())) {
        return Optional.of("outputs: gives a role's Arn, RoleId or Name only");
      }
      draft.put("role", getAtt.resource());
      if (!getAtt.attribute().equals("Arn")) {
        draft.put("attribute", getAtt.attribute());
      }
      return Optional.empty();
    }
    if (value instanceof Fn.Ref ref && isRole(context, ref.name())) {
      draft.put("role", ref.name()).put("attribute", "Name");
      return Optional.empty();
    }
    if (value instanceof Fn.Ref ref && context.template().parameters().containsKey(ref.name())) {
      draft.put("parameter", ref.name());
      return Optional.empty();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      draft.put("value", CanonicalText.of(value));
      return Optional.empty();
    }
    return Optional.of(
        "its value "
            + CanonicalText.of(value)
            + " is not a role's attribute, a parameter or a constant, which are what outputs:"
            + " can give");
  }

  private static boolean isRole(ImportContext context, String id) {
    return context.isTaken(id)
        && context.template().resources().get(id) != null
        && context.template().resources().get(id).type().equals("AWS::IAM::Role");
  }

  private static Optional<String> export(Object export, DraftMap draft) {
    Object name =
        export instanceof Map<?, ?> map && map.containsKey("Name") ? map.get("Name") : export;
    String text =
        name instanceof String literal ? literal : name instanceof Fn.Sub sub ? sub.text() : null;
    if (text == null || !EXPORT.matcher(text).matches()) {
      return Optional.of("its export name " + CanonicalText.of(name) + " has no blueprint form");
    }
    draft.put("export", text);
    return Optional.empty();
  }
}
