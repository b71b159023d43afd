package dev.onramp.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache in front of the real local engine, counting what reaches the engine. */
class LintCacheTest {
  /** One engine for all tests: it reads cfn-lint's version once. */
  private static final LocalCfnLintEngine LOCAL = LocalCfnLintEngineTest.engine();

  @TempDir Path folder;

  /** Delegates to an engine and records every call that would start cfn-lint. */
  static final class CountingEngine implements LintEngine {
    final LintEngine delegate;
    final List<List<Path>> lints = new ArrayList<>();
    int versions;

    CountingEngine(LintEngine delegate) {
      this.delegate = delegate;
    }

    @Override
    public String description() {
      return "counting " + delegate.description();
    }

    @Override
    public String cfnLintVersion() throws LintException {
      versions++;
      return delegate.cfnLintVersion();
    }

    @Override
    public String fingerprint() {
      return delegate.fingerprint();
    }

    @Override
    public List<LintFinding> lint(List<Path> templates) throws LintException {
      lints.add(List.copyOf(templates));
      return delegate.lint(templates);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  @Test
  void aSecondRunReturnsTheSameFindingsWithoutRunningCfnLint() throws Exception {
    KnownTemplates templates = KnownTemplates.in(folder.resolve("templates"));
    LintCache cache = new LintCache(folder.resolve("cache"));
    try (CountingEngine engine = new CountingEngine(LOCAL)) {
      CachedLint first = cache.lint(engine, templates.all());
      assertThat(engine.lints).containsExactly(templates.all());
      assertThat(first.cachedCount()).isZero();
      templates.assertFindings(first.findings());

      CountingEngine again = new CountingEngine(LOCAL);
      CachedLint second = cache.lint(again, templates.all());
      assertThat(again.lints).isEmpty();
      assertThat(again.versions).as("a cached run does not even ask the version").isZero();
      assertThat(second.cachedCount()).isEqualTo(3);
      assertThat(second.findings()).isEqualTo(first.findings());
      assertThat(second.cfnLintVersion()).isEqualTo(first.cfnLintVersion());
      try (Stream<Path> entries = Files.list(cache.directory())) {
        assertThat(entries).hasSize(3).allMatch(entry -> entry.toString().endsWith(".json"));
      }
    }
  }

  @Test
  void onlyAChangedTemplateIsLintedAgain() throws Exception {
    KnownTemplates templates = KnownTemplates.in(folder.resolve("templates"));
    LintCache cache = new LintCache(folder.resolve("cache"));
    try (CountingEngine engine = new CountingEngine(LOCAL)) {
      cache.lint(engine, templates.all());
      Files.writeString(
          templates.clean,
          Files.readString(templates.clean).replace("AWS::SNS::Topic", "AWS::SNS::Topicc"));

      CachedLint second = cache.lint(engine, templates.all());

      assertThat(engine.lints).hasSize(2);
      assertThat(engine.lints.get(1)).containsExactly(templates.clean);
      assertThat(second.templates())
          .extracting(TemplateLint::template, TemplateLint::cached)
          .containsExactly(
              tuple(templates.error, true),
              tuple(templates.warning, true),
              tuple(templates.clean, false));
      assertThat(second.templates().get(2).findings())
          .extracting(LintFinding::ruleId)
          .containsExactly("E3006");
    }
  }

  @Test
  void cachedFindingsFollowTheTemplateToItsNewPath() throws Exception {
    KnownTemplates first = KnownTemplates.in(folder.resolve("one"));
    KnownTemplates moved = KnownTemplates.in(folder.resolve("two"));
    LintCache cache = new LintCache(folder.resolve("cache"));
    try (CountingEngine engine = new CountingEngine(LOCAL)) {
      cache.lint(engine, first.all());
      CachedLint second = cache.lint(engine, moved.all());
      assertThat(engine.lints).hasSize(1);
      moved.assertFindings(second.findings());
    }
  }

  @Test
  void anUnreadableEntryIsAMissAndIsWrittenAnew() throws Exception {
    KnownTemplates templates = KnownTemplates.in(folder.resolve("templates"));
    LintCache cache = new LintCache(folder.resolve("cache"));
    try (CountingEngine engine = new CountingEngine(LOCAL)) {
      cache.lint(engine, List.of(templates.error));
      try (Stream<Path> entries = Files.list(cache.directory())) {
        Files.writeString(entries.findFirst().orElseThrow(), "{ not json");
      }
      CachedLint second = cache.lint(engine, List.of(templates.error));
      assertThat(engine.lints).hasSize(2);
      assertThat(second.findings()).extracting(LintFinding::ruleId).containsExactly("E3012");
      assertThat(cache.lint(engine, List.of(templates.error)).cachedCount()).isEqualTo(1);
    }
  }

  @Test
  void theKeyCoversTheEngineFingerprintFileNameAndBytes() {
    byte[] bytes = "Resources: {}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path yaml = Path.of("a/template.yaml");
    assertThat(LintCache.key("cfn-lint 1.51.0", yaml, bytes))
        .isEqualTo(LintCache.key("cfn-lint 1.51.0", Path.of("b/template.yaml"), bytes))
        .isNotEqualTo(LintCache.key("cfn-lint 1.52.0", yaml, bytes))
        .isNotEqualTo(LintCache.key("cfn-lint 1.51.0", Path.of("a/template.json"), bytes))
        .isNotEqualTo(LintCache.key("cfn-lint 1.51.0", yaml, "Resources: {}".getBytes()))
        .hasSize(64);
  }

  @Test
  void aFullyCachedAutoRunNeitherAsksDockerNorStartsCfnLint() throws Exception {
    KnownTemplates templates = KnownTemplates.in(folder.resolve("templates"));
    LintCache cache = new LintCache(folder.resolve("cache"));
    Path executable = LOCAL.executable();
    List<String> log = new ArrayList<>();
    int[] dockerAsked = {0};
    try (LintEngine first =
        LintEngines.create(
            LintEngines.Mode.AUTO,
            FakeContainerLint.asking(
                () -> {
                  dockerAsked[0]++;
                  return Optional.of("not in this test");
                }),
            Optional.of(executable),
            log::add)) {
      CachedLint filled = cache.lint(first, templates.all());
      assertThat(dockerAsked[0]).isEqualTo(1);
      assertThat(filled.engine()).isEqualTo("local " + executable);
      assertThat(log)
          .containsExactly(
              "cfn-lint engine: local "
                  + executable
                  + ", cfn-lint "
                  + filled.cfnLintVersion()
                  + " (no Docker engine answers: not in this test)");
    }
    try (LintEngine second =
        LintEngines.create(
            LintEngines.Mode.AUTO,
            FakeContainerLint.mustNotAskDocker(),
            Optional.of(executable),
            log::add)) {
      CachedLint cached = cache.lint(second, templates.all());
      assertThat(cached.cachedCount()).isEqualTo(3);
      assertThat(cached.engine()).isEqualTo("local " + executable);
      templates.assertFindings(cached.findings());
    }
  }
}
