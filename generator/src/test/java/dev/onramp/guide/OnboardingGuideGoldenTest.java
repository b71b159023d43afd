package dev.onramp.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.generate.Generator;
import dev.onramp.generate.Generator.Compilation;
import dev.onramp.generate.GoldenScenariosTest;
import dev.onramp.generate.Scenarios;
import dev.onramp.template.CompiledTemplate;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid scenario's onboarding guide equals {@code expected/onboarding-guide.md} (rewrite with
 * {@code -Donramp.updateGolden=true}), and renders the same bytes under another locale and time
 * zone.
 */
class OnboardingGuideGoldenTest {
  @TestFactory
  Stream<DynamicTest> guidesMatchExpectedFiles() {
    return Scenarios.all("valid").stream()
        .map(
            scenario ->
                DynamicTest.dynamicTest(scenario.getFileName().toString(), () -> check(scenario)));
  }

  private static void check(Path scenario) throws Exception {
    String guide = guideOf(scenario);
    GoldenScenariosTest.compareOrUpdate(
        scenario.resolve("expected").resolve(OnboardingGuide.FILE), guide);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(guideOf(scenario)).as("same guide in another locale and zone").isEqualTo(guide);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static String guideOf(Path scenario) throws Exception {
    Compilation compilation =
        new Generator().compileAll(Scenarios.sources(scenario), Optional.empty());
    CompiledTemplate first = compilation.templates().get(0);
    return new OnboardingGuide().renderAll(compilation).get(first.name());
  }
}
