package dev.onramp.compile;

import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Refuses a compiled template in which {@code ${Name}} of an {@code Fn::Sub} names a list parameter
 * ({@code CommaDelimitedList}, {@code List<…>}): Fn::Sub substitutes text only, so CloudFormation
 * refuses the template ("Fn::Sub variables must be strings"). Blueprint text becomes Fn::Sub in
 * many places (statements' resources and conditions, names, tag values, outputs, raw resources), so
 * the check reads the template the generator emits and points at each blueprint text that names the
 * parameter in {@code ${…}}, or, when none does (a raw resource's variable map), at the element the
 * resource was made from.
 */
final class ListParametersInSub {
  private final Map<String, String> listParameters = new TreeMap<>();

  /** Template path to the list parameters its Fn::Sub names. */
  private final Map<String, Set<String>> found = new LinkedHashMap<>();

  private ListParametersInSub(Template template) {
    template
        .parameters()
        .forEach(
            (name, parameter) -> {
              if (isList(parameter.type())) {
                listParameters.put(name, parameter.type());
              }
            });
  }

  static void check(CompiledTemplate compiled, SectionContext context) {
    ListParametersInSub check = new ListParametersInSub(compiled.template());
    if (check.listParameters.isEmpty()) {
      return;
    }
    Map<String, Object> tree = TemplateTree.of(compiled.template());
    for (String section : List.of("Conditions", "Resources", "Outputs")) {
      check.walk(tree.get(section), section);
    }
    check.report(compiled, context);
  }

  private static boolean isList(String type) {
    return type.equals("CommaDelimitedList") || type.contains("List<");
  }

  private void walk(Object value, String path) {
    if (value instanceof Fn.Sub sub) {
      subText(sub.text(), Set.of(), path);
    } else if (value instanceof Fn fn) {
      walk(fn.argument(), path + "." + fn.jsonKey());
    } else if (value instanceof Map<?, ?> map) {
      if (map.size() == 1
          && map.get("Fn::Sub") instanceof List<?> args
          && args.size() == 2
          && args.get(0) instanceof String text
          && args.get(1) instanceof Map<?, ?> variables) {
        Set<String> own = new TreeSet<>();
        variables.keySet().forEach(key -> own.add(String.valueOf(key)));
        subText(text, own, path);
        walk(variables, path + ".Fn::Sub[1]");
        return;
      }
      map.forEach((key, item) -> walk(item, path + "." + key));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]");
      }
    }
  }

  private void subText(String text, Set<String> ownVariables, String path) {
    for (SubText.Part part : SubText.parse(text)) {
      if (part instanceof SubText.Variable variable
          && !ownVariables.contains(variable.name())
          && listParameters.containsKey(variable.name())) {
        found.computeIfAbsent(path, unused -> new TreeSet<>()).add(variable.name());
      }
    }
  }

  private void report(CompiledTemplate compiled, SectionContext context) {
    Set<String> reported = new TreeSet<>();
    List<BlueprintTexts.Text> texts = BlueprintTexts.of(context.blueprint());
    found.forEach(
        (templatePath, names) -> {
          for (String name : names) {
            String variable = "${" + name + "}";
            List<String> paths =
                texts.stream()
                    .filter(text -> text.text().contains(variable))
                    .map(BlueprintTexts.Text::path)
                    .toList();
            if (paths.isEmpty()) {
              SourceLocation origin = origin(compiled, templatePath);
              report(context, origin.yamlPath(), name, templatePath, reported);
            }
            for (String path : paths) {
              report(context, path, name, templatePath, reported);
            }
          }
        });
  }

  private void report(
      SectionContext context, String path, String name, String templatePath, Set<String> done) {
    if (!done.add(path + " " + name)) {
      return;
    }
    context.error(
        DiagnosticCode.LIST_PARAMETER_IN_SUB,
        path,
        "'${"
            + name
            + "}' names "
            + listParameters.get(name)
            + " parameter '"
            + name
            + "' inside Fn::Sub (at "
            + templatePath
            + "), which substitutes text only: CloudFormation refuses the template",
        "where a list is expected, refer to the whole list ({Ref: "
            + name
            + "}); to put its items in a text, join them ({Fn::Join: [',', {Ref: "
            + name
            + "}]}); or make '"
            + name
            + "' a String parameter");
  }

  /** Where the resource or output at {@code templatePath} was made from in the blueprint. */
  private static SourceLocation origin(CompiledTemplate compiled, String templatePath) {
    String[] parts = templatePath.split("[.\\[]", 3);
    SourceLocation origin = parts.length > 1 ? compiled.origins().get(parts[1]) : null;
    return origin != null ? origin : SourceLocation.ofFile(compiled.blueprintFile());
  }
}
