package dev.onramp.cdk;

import dev.onramp.cdk.ConstructView.OutputView;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stack outputs, twice: a {@code CfnOutput} with the template's logical id, so the synthesized
 * stack has the outputs the template has, and a getter ({@code getPortalRoleArn()}), so code that
 * composes the construct reads the same value without going through the stack's outputs.
 */
final class OutputModel {
  private final JavaExpressions expressions;
  private final TemplateSymbols symbols;
  private final JavaImports imports;

  OutputModel(JavaExpressions expressions, TemplateSymbols symbols, JavaImports imports) {
    this.expressions = expressions;
    this.symbols = symbols;
    this.imports = imports;
  }

  List<OutputView> views(Map<String, Template.Output> outputs) {
    if (outputs.isEmpty()) {
      return List.of();
    }
    imports.add("software.amazon.awscdk.CfnOutput");
    // Construct's own getters stay its own.
    JavaNames getters = new JavaNames(Set.of("getNode", "getClass"));
    List<OutputView> views = new ArrayList<>();
    for (Map.Entry<String, Template.Output> entry : outputs.entrySet()) {
      views.add(view(entry.getKey(), entry.getValue(), getters));
    }
    return views;
  }

  private OutputView view(String logicalId, Template.Output output, JavaNames getters) {
    String value = expressions.asString(expressions.value(output.value())).text();
    String parameterCondition = "";
    String deployTimeCondition = "";
    if (output.condition() != null) {
      parameterCondition = symbols.parameterConditions().getOrDefault(output.condition(), "");
      deployTimeCondition = symbols.deployTimeConditions().getOrDefault(output.condition(), "");
    }
    List<String> javadoc = new ArrayList<>();
    String description = output.description() == null ? "" : output.description().strip();
    javadoc.add(
        description.isEmpty()
            ? "The value of the stack output {@code " + logicalId + "}."
            : JavaLiterals.javadoc(description)
                + (description.endsWith(".") ? "" : ".")
                + " Stack output {@code "
                + logicalId
                + "}.");
    String accessorType = "String";
    String accessorValue = value;
    if (!parameterCondition.isEmpty()) {
      imports.add("java.util.Optional");
      accessorType = "Optional<String>";
      accessorValue =
          parameterCondition
              + " ? Optional.of("
              + JavaCode.indentContinuation(value, 4)
              + ") : Optional.empty()";
      javadoc.add("Empty when the props leave the output out of the stack.");
    }
    if (!deployTimeCondition.isEmpty()) {
      javadoc.add(
          "Only resolves where the condition {@code "
              + output.condition()
              + "} holds when the stack is deployed.");
    }
    String exportName =
        output.exportName() == null
            ? ""
            : expressions.asString(expressions.value(output.exportName())).text();
    return new OutputView(
        logicalId,
        "add" + JavaNames.upperFirst(getters.unique(logicalId + "Output", "Output")),
        getters.unique("Get" + logicalId, "Output"),
        accessorType,
        accessorValue,
        output.description() == null || output.description().isEmpty()
            ? ""
            : JavaLiterals.quoted(output.description()),
        value,
        exportName,
        parameterCondition,
        deployTimeCondition,
        Javadoc.lines(List.of(String.join(" ", javadoc)), 2));
  }
}
