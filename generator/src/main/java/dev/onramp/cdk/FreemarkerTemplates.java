package dev.onramp.cdk;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
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
 * The Freemarker setup of the emitters: strict (a value the model lacks is an error, never empty
 * text), deterministic (root locale, UTC, computer number format, UTF-8), and safe for templates a
 * user supplies (no {@code ?new} of arbitrary classes, no {@code ?api}). Templates are looked up in
 * the user's override folder first, then on the classpath under {@code root}.
 */
final class FreemarkerTemplates {
  private final Configuration configuration;

  FreemarkerTemplates(String root, Optional<Path> overrideDirectory) {
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
    config.setNumberFormat("c");
    config.setBooleanFormat("c");
    config.setAPIBuiltinEnabled(false);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setSharedVariable("indent", new Indent());
    this.configuration = config;
  }

  /** The template {@code name} rendered with {@code model}. */
  String render(String name, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      configuration.getTemplate(name).process(model, out);
    } catch (TemplateException e) {
      throw new CdkTemplateException(
          "template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new CdkTemplateException("cannot read template " + name + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  /**
   * {@code ${indent(code, 8)}}: multi-line Java from the view model, its lines after the first
   * indented to where the template places it.
   */
  private static final class Indent implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
      if (arguments.size() != 2
          || !(arguments.get(0) instanceof TemplateScalarModel text)
          || !(arguments.get(1) instanceof TemplateNumberModel spaces)) {
        throw new TemplateModelException("indent takes the text and a number of spaces");
      }
      return JavaCode.indentContinuation(text.getAsString(), spaces.getAsNumber().intValue());
    }
  }
}
