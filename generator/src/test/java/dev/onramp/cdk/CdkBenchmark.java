package dev.onramp.cdk;

import dev.onramp.cdk.GeneratedConstructs.CompiledWithSpec;
import dev.onramp.cdk.GeneratedConstructs.GeneratedConstruct;
import dev.onramp.generate.Generator;
import dev.onramp.generate.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Generation against CDK synthesis for the golden blueprints, in one warm JVM: compiling every
 * blueprint to its templates, emitting every construct's Java sources, compiling those with javac,
 * and synthesizing every construct (one app, a stack each, default parameter values). Medians of
 * the measured rounds, after warm-up rounds; the first synth of the JVM (Node and the jsii runtime
 * starting) is reported apart. A measurement, not a test: nothing fails on a time. Run it as
 * docs/benchmarks.md says; the arguments are the warm-up and measured rounds. Set {@code
 * CDK_VALIDATION=false} as the tests do.
 */
public final class CdkBenchmark {
  private CdkBenchmark() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path work = Files.createTempDirectory("onramp-cdk-benchmark");
    List<Path> scenarios = Scenarios.all("valid");
    List<CompiledWithSpec> compiled = GeneratedConstructs.compiledScenarios();
    List<GeneratedConstruct> constructs =
        GeneratedConstructs.generate(compiled, work.resolve("src"));

    long javacStart = System.nanoTime();
    ClassLoader classes =
        InMemoryCompilation.compile(work.resolve("src"), work.resolve("classes-0"));
    double javacFirst = millis(javacStart);

    long firstSynthStart = System.nanoTime();
    synthesizeAll(classes, constructs, work.resolve("cdk.out-first"));
    double firstSynth = millis(firstSynthStart);

    CdkGenerator generator = new CdkGenerator(CdkOptions.DEFAULT);
    List<Double> templates = new ArrayList<>();
    List<Double> sources = new ArrayList<>();
    List<Double> synths = new ArrayList<>();
    for (int round = 0; round < warmUp + rounds; round++) {
      long start = System.nanoTime();
      for (Path scenario : scenarios) {
        new Generator().compileAll(Scenarios.sources(scenario), Optional.empty());
      }
      double templateTime = millis(start);
      start = System.nanoTime();
      for (CompiledWithSpec blueprint : compiled) {
        generator.generate(blueprint.template(), blueprint.spec());
      }
      double sourceTime = millis(start);
      start = System.nanoTime();
      synthesizeAll(classes, constructs, work.resolve("cdk.out-" + round));
      double synthTime = millis(start);
      if (round >= warmUp) {
        templates.add(templateTime);
        sources.add(sourceTime);
        synths.add(synthTime);
      }
    }
    List<Double> javac = new ArrayList<>();
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      InMemoryCompilation.compile(work.resolve("src"), work.resolve("classes-" + round));
      javac.add(millis(start));
    }

    System.out.printf(
        Locale.ROOT,
        "%d blueprints with a construct (%d scenarios), %d warm-up and %d measured rounds, %d"
            + " cores%n",
        constructs.size(),
        scenarios.size(),
        warmUp,
        rounds,
        Runtime.getRuntime().availableProcessors());
    row("blueprints to templates (YAML and JSON), all scenarios", templates);
    row("construct sources (3 Java files each), all blueprints", sources);
    row("CDK synth of every construct, one app (warm)", synths);
    System.out.printf(
        Locale.ROOT, "first CDK synth of the JVM (Node start): %.0f ms%n", firstSynth);
    System.out.printf(
        Locale.ROOT,
        "javac of all construct sources: first %.0f ms, then median %.0f ms%n",
        javacFirst,
        median(javac));
  }

  /** One app, a stack per construct with its defaults, synthesized once. */
  private static void synthesizeAll(
      ClassLoader classes, List<GeneratedConstruct> constructs, Path outdir) throws Exception {
    App app = App.Builder.create().analyticsReporting(false).outdir(outdir.toString()).build();
    for (GeneratedConstruct construct : constructs) {
      Stack stack =
          new Stack(
              app,
              construct.className(),
              StackProps.builder().synthesizer(new BootstraplessSynthesizer()).build());
      Map<String, String> defaults = CdkSynthesisTest.cases(construct).get(0);
      GeneratedConstructs.instantiate(classes, construct, stack, defaults);
    }
    app.synth();
  }

  private static void row(String what, List<Double> times) {
    System.out.printf(
        Locale.ROOT, "%-60s median %8.1f ms  p95 %8.1f ms%n", what, median(times), p95(times));
  }

  private static double median(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static double p95(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}
