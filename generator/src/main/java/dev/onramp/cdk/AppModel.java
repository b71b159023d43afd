package dev.onramp.cdk;

import dev.onramp.cdk.AppView.ContextProp;
import dev.onramp.template.CompiledTemplate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The app that synthesizes the construct on its own: one stack named after the blueprint, with the
 * bootstrapless synthesizer (the stack needs no CDK bootstrap, like the plain template), and each
 * prop read from the CDK context when given there.
 */
final class AppModel {
  private AppModel() {}

  static AppView view(
      String packageName,
      String constructClass,
      String propsClass,
      CompiledTemplate compiled,
      Collection<PropView> props) {
    Set<String> imports =
        new TreeSet<>(
            List.of(
                "java.util.Optional",
                "software.amazon.awscdk.App",
                "software.amazon.awscdk.BootstraplessSynthesizer",
                "software.amazon.awscdk.Stack",
                "software.amazon.awscdk.StackProps"));
    List<ContextProp> contextProps = new ArrayList<>();
    for (PropView prop : props) {
      String conversion = "";
      if (prop.isBoolean()) {
        conversion = ".map(Boolean::valueOf)";
      } else if (prop.isNumber()) {
        conversion = ".map(BigDecimal::new)";
        imports.add("java.math.BigDecimal");
      } else if (prop.isList()) {
        conversion = ".map(text -> List.of(text.split(\",\", -1)))";
        imports.add("java.util.List");
      }
      contextProps.add(new ContextProp(JavaLiterals.quoted(prop.name()), prop.name(), conversion));
    }
    String description = compiled.template().description();
    return new AppView(
        packageName,
        constructClass + "App",
        constructClass,
        propsClass,
        JavaLiterals.quoted(compiled.name()),
        description == null || description.isEmpty() ? "" : JavaLiterals.quoted(description),
        List.copyOf(imports),
        contextProps);
  }
}
