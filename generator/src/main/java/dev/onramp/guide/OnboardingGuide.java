package dev.onramp.guide;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.freemarker.FreemarkerTemplates;
import dev.onramp.generate.Generator.Compilation;
import dev.onramp.output.AtomicFiles;
import dev.onramp.review.PolicyInventory;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The customer's onboarding guide of a blueprint, as Markdown: prerequisites, what the stack
 * creates, the permissions (from the policy inventory of the very template), the parameters, the
 * quick-create links, the IAM acknowledgement, how to see it worked, how to uninstall and what
 * stays, and a Mermaid diagram of trust and data flow. Java builds the {@link GuideView}; the
 * Freemarker template {@code guide.ftl} lays it out, and a vendor's folder may replace it.
 */
public final class OnboardingGuide {
  /** The guide's file name in its blueprint's folder. */
  public static final String FILE = "onboarding-guide.md";

  static final String TEMPLATE = "guide.ftl";
  private static final String TEMPLATE_ROOT = "/dev/onramp/guide/templates";

  private final FreemarkerTemplates templates;

  /** Guides from the built-in template. */
  public OnboardingGuide() {
    this(Optional.empty());
  }

  /** Guides from {@code guide.ftl} in {@code overrideDirectory} when it has one. */
  public OnboardingGuide(Optional<Path> overrideDirectory) {
    this.templates = new FreemarkerTemplates(TEMPLATE_ROOT, overrideDirectory, Map.of());
  }

  /**
   * What the guide of {@code compiled} says, before layout.
   *
   * @param member the member template a StackSet of {@code compiled} embeds, whose conditions its
   *     roles' permissions name
   */
  public static GuideView view(
      CompiledTemplate compiled,
      Blueprint blueprint,
      PolicyInventory inventory,
      Optional<CompiledTemplate> member) {
    return GuideModel.of(compiled, blueprint, inventory, member);
  }

  /** The view of every blueprint of {@code compilation}, by name, in its order. */
  public static Map<String, GuideView> views(Compilation compilation) {
    Map<String, CompiledTemplate> byName = new LinkedHashMap<>();
    compilation.templates().forEach(template -> byName.put(template.name(), template));
    Map<String, GuideView> views = new LinkedHashMap<>();
    for (CompiledTemplate template : compilation.templates()) {
      Blueprint blueprint = compilation.blueprints().get(template.name()).model();
      Optional<CompiledTemplate> member =
          Optional.ofNullable(blueprint.organization())
              .map(organization -> byName.get(organization.memberBlueprint()));
      views.put(
          template.name(),
          view(template, blueprint, PolicyInventory.of(template.template()), member));
    }
    return views;
  }

  /** The guide of every blueprint of {@code compilation}, by name, in its order. */
  public Map<String, String> renderAll(Compilation compilation) {
    Map<String, String> guides = new LinkedHashMap<>();
    views(compilation).forEach((name, view) -> guides.put(name, render(view)));
    return guides;
  }

  /**
   * The guide as Markdown, with LF line ends and one final newline.
   *
   * @throws dev.onramp.freemarker.TemplateRenderException when an override template fails
   */
  public String render(GuideView view) {
    String text = templates.render(TEMPLATE, Map.of("guide", view));
    return text.replace("\r\n", "\n").stripTrailing() + "\n";
  }

  /**
   * Renders every guide of {@code compilation}, then writes each to {@code
   * <directory>/<blueprint>/}{@value #FILE}, each file replaced whole (written aside, then moved),
   * so a failing template leaves every earlier guide as it was. Returns the files by blueprint
   * name.
   */
  public Map<String, Path> writeAll(Compilation compilation, Path directory) throws IOException {
    Map<String, String> guides = renderAll(compilation);
    Map<String, Path> files = new LinkedHashMap<>();
    for (Map.Entry<String, String> guide : guides.entrySet()) {
      Path folder = Files.createDirectories(directory.resolve(guide.getKey()));
      files.put(guide.getKey(), AtomicFiles.write(folder.resolve(FILE), guide.getValue()));
    }
    return files;
  }
}
