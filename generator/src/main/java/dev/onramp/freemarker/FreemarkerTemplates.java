package dev.onramp.freemarker;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The Freemarker setup of every emitter (CDK constructs, onboarding guides): strict (a value the
 * model lacks is an error, never empty text), deterministic (root locale, UTC, computer number
 * format, UTF-8), and safe for templates a user supplies (no {@code ?new} of arbitrary classes, no
 * {@code ?api}). Templates are looked up in the user's override folder first, then on the classpath
 * under {@code root}.
 */
public final class FreemarkerTemplates {
  private final Configuration configuration;

  /**
   * @param root the classpath folder of the built-in templates
   * @param overrideDirectory a user's folder whose templates replace built-in ones of the same name
   * @param sharedVariables functions or values every template sees, such as {@code indent}
   */
  public FreemarkerTemplates(
      String root, Optional<Path> overrideDirectory, Map<String, TemplateModel> sharedVariables) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    if (overrideDirectory.isPresent()) {
      try {
        loaders.add(new FileTemplateLoader(overrideDirectory.get().toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the template folder " + overrideDirectory.get(), e);
      }
    }
    loaders.add(new ClassTemplateLoader(FreemarkerTemplates.class, root));
    config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    // Templates do not change while a build runs: never look at their files again once parsed.
    config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    config.setNumberFormat("c");
    config.setBooleanFormat("c");
    config.setAPIBuiltinEnabled(false);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    sharedVariables.forEach(config::setSharedVariable);
    this.configuration = config;
  }

  /**
   * Parses the templates {@code names} now, so that a later {@link #render} finds them ready: the
   * first parse also starts the template engine, some 500 classes, worth doing on another thread. A
   * template that does not parse is left for {@link #render} to report.
   */
  public void prepare(String... names) {
    for (String name : names) {
      try {
        configuration.getTemplate(name);
      } catch (IOException e) {
        // render() reports it, naming the template and line.
      }
    }
  }

  /**
   * The template {@code name} rendered with {@code model}.
   *
   * @throws TemplateRenderException naming the template and line when it fails
   */
  public String render(String name, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      configuration.getTemplate(name).process(model, out);
    } catch (TemplateException e) {
      throw new TemplateRenderException(
          "template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new TemplateRenderException("cannot read template " + name + ": " + e.getMessage(), e);
    }
    return out.toString();
  }
}
