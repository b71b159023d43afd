package dev.onramp.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.freemarker.FreemarkerTemplates;
import dev.onramp.freemarker.TemplateRenderException;
import dev.onramp.template.CompiledTemplate;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Emits the AWS CDK construct of a blueprint in Java: {@code <Name>.java} (the construct), {@code
 * <Name>Props.java} and {@code <Name>App.java}. It works from the compiled template, not the
 * blueprint, so the construct has the very resources, policies and logical ids of the template.
 * Java view models hold every decision; the Freemarker templates under {@code
 * dev/onramp/cdk/templates} only lay the text out, and a user's folder may replace any of them.
 */
public final class CdkGenerator {
  static final String TEMPLATE_ROOT = "/dev/onramp/cdk/templates";
  private static final String[] TEMPLATES = {"construct.ftl", "props.ftl", "app.ftl"};

  private final FreemarkerTemplates templates;
  private final CdkOptions options;

  public CdkGenerator(CdkOptions options) {
    this.options = options;
    this.templates =
        options.overrideDirectory().isEmpty()
            ? BuiltIn.TEMPLATES
            : templates(options.overrideDirectory());
  }

  /**
   * Starts the template engine and parses the built-in templates, for a caller that will generate
   * constructs soon and has a thread to spare; the first {@link #generate} then finds them ready.
   */
  public static void prepareBuiltInTemplates() {
    BuiltIn.TEMPLATES.prepare(TEMPLATES);
  }

  /**
   * The built-in templates, parsed once per JVM: parsing them took several milliseconds, more than
   * generating a construct, for every generator made.
   */
  private static final class BuiltIn {
    static final FreemarkerTemplates TEMPLATES = templates(Optional.empty());
  }

  private static FreemarkerTemplates templates(Optional<Path> overrideDirectory) {
    return new FreemarkerTemplates(
        TEMPLATE_ROOT, overrideDirectory, Map.of("indent", new IndentFunction()));
  }

  /**
   * The sources of {@code compiled}'s construct.
   *
   * @throws CdkTemplateException when a template fails, typically a user's override
   */
  public CdkSources generate(CompiledTemplate compiled, CdkSpec spec) {
    try {
      return render(view(compiled, spec), spec);
    } catch (TemplateRenderException e) {
      throw new CdkTemplateException(e.getMessage(), e);
    }
  }

  private CdkSources render(CdkView view, CdkSpec spec) {
    Map<String, String> files = new LinkedHashMap<>();
    String className = view.construct().className();
    files.put(
        spec.sourcePath(className),
        templates.render("construct.ftl", Map.of("construct", view.construct())));
    files.put(
        spec.sourcePath(view.props().className()),
        templates.render("props.ftl", Map.of("props", view.props())));
    files.put(
        spec.sourcePath(view.app().className()),
        templates.render("app.ftl", Map.of("app", view.app())));
    if (options.dumpViewModel()) {
      files.put(spec.sourcePath(className).replaceAll("\\.java$", ".view.json"), json(view));
    }
    return new CdkSources(files);
  }

  /** The view model the templates of {@code compiled}'s construct are bound to. */
  public static CdkView view(CompiledTemplate compiled, CdkSpec spec) {
    return ConstructModel.of(compiled, spec);
  }

  private static String json(CdkView view) {
    try {
      return ViewJson.WRITER.writeValueAsString(view) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The writer of the view-model dump, made on first use: it brings Jackson's data binding (some
   * 290 classes) into the JVM, which every {@code cfn:generate} would otherwise load for a switch
   * that is off by default.
   */
  private static final class ViewJson {
    static final ObjectWriter WRITER =
        new ObjectMapper()
            .writer(
                new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  }
}
