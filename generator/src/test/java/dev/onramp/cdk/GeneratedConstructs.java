package dev.onramp.cdk;

import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.generate.Generator;
import dev.onramp.generate.Scenarios;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awscdk.Stack;

/**
 * The constructs of the golden scenarios, generated into a source folder, and how to build one in a
 * stack from parameter values in the template's text form, through its generated props builder.
 * Used by {@link CdkSynthesisIT}.
 */
final class GeneratedConstructs {
  private GeneratedConstructs() {}

  /** A blueprint's compiled template and the view its construct was generated from. */
  record GeneratedConstruct(CompiledTemplate template, CdkView view) {
    String qualifiedName(String simpleName) {
      return view.construct().packageName() + "." + simpleName;
    }

    String className() {
      return view.construct().className();
    }
  }

  /** Every valid scenario's blueprint (and member) with a {@code cdk} section, compiled. */
  static List<CompiledWithSpec> compiledScenarios() throws Exception {
    List<CompiledWithSpec> compiled = new ArrayList<>();
    for (Path scenario : Scenarios.all("valid")) {
      Generator.Compilation compilation =
          new Generator().compileAll(Scenarios.sources(scenario), Optional.empty());
      for (CompiledTemplate template : compilation.templates()) {
        CdkSpec spec = compilation.cdk().get(template.name());
        if (spec != null) {
          compiled.add(new CompiledWithSpec(template, spec));
        }
      }
    }
    return compiled;
  }

  /** A compiled template with the {@code cdk} section of its blueprint. */
  record CompiledWithSpec(CompiledTemplate template, CdkSpec spec) {}

  /** Generates every construct's sources under {@code sources}. */
  static List<GeneratedConstruct> generate(List<CompiledWithSpec> compiled, Path sources)
      throws IOException {
    CdkGenerator generator = new CdkGenerator(CdkOptions.DEFAULT);
    List<GeneratedConstruct> constructs = new ArrayList<>();
    for (CompiledWithSpec blueprint : compiled) {
      for (Map.Entry<String, String> file :
          generator.generate(blueprint.template(), blueprint.spec()).files().entrySet()) {
        Path target = sources.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
      constructs.add(
          new GeneratedConstruct(
              blueprint.template(), CdkGenerator.view(blueprint.template(), blueprint.spec())));
    }
    return constructs;
  }

  /** The construct in {@code stack}, its props built from {@code values}. */
  static Object instantiate(
      ClassLoader classes, GeneratedConstruct construct, Stack stack, Map<String, String> values)
      throws Exception {
    Object props = props(classes, construct, values);
    Class<?> type = classes.loadClass(construct.qualifiedName(construct.className()));
    try {
      return type.getConstructor(
              software.constructs.Construct.class, String.class, props.getClass())
          .newInstance(stack, construct.className(), props);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  /** The props built through the generated builder, each value converted to the prop's type. */
  static Object props(ClassLoader classes, GeneratedConstruct construct, Map<String, String> values)
      throws Exception {
    Class<?> propsClass =
        classes.loadClass(construct.qualifiedName(construct.view().props().className()));
    Object builder = propsClass.getMethod("builder").invoke(null);
    for (PropView prop : construct.view().props().props()) {
      if (!values.containsKey(prop.parameterName())) {
        continue;
      }
      String text = values.get(prop.parameterName());
      Object value =
          switch (prop.javaType()) {
            case "Boolean" -> Boolean.valueOf(text);
            case "Number" -> new BigDecimal(text);
            case "List<String>" -> List.of(text.split(",", -1));
            default -> text;
          };
      setter(builder, prop.name()).invoke(builder, value);
    }
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static Method setter(Object builder, String name) {
    return Stream.of(builder.getClass().getMethods())
        .filter(method -> method.getName().equals(name) && method.getParameterCount() == 1)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no builder method " + name));
  }
}
