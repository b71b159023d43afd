package dev.onramp.api;

import dev.onramp.freemarker.TemplateRenderException;
import dev.onramp.guide.OnboardingGuide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@link Onramp#guide}: the guides rendered from the compiled blueprints. */
final class OnboardingGuides {
  private OnboardingGuides() {}

  static GuideResult write(GuideRequest request) throws OnrampException {
    CompiledBlueprints compiled = CompiledBlueprints.of(request.blueprints());
    Optional<Path> overrides = request.templateDirectory();
    if (overrides.isPresent() && !Files.isDirectory(overrides.get())) {
      throw new ConfigurationException(
          Setting.GUIDE_TEMPLATE_DIRECTORY,
          overrides.get() + " is not a folder",
          "create it with your guide.ftl, or leave the setting out to use the built-in guide");
    }
    try {
      return new GuideResult(
          new OnboardingGuide(overrides)
              .writeAll(compiled.compilation(), request.guideDirectory()));
    } catch (TemplateRenderException e) {
      throw new ConfigurationException(
          Setting.GUIDE_TEMPLATE_DIRECTORY,
          e.getMessage(),
          overrides
              .map(folder -> "correct guide.ftl in " + folder)
              .orElse("this is a bug in Onramp's built-in guide template; please report it"),
          e);
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot write the onboarding guides to " + request.guideDirectory() + ": " + e, e);
    }
  }
}
