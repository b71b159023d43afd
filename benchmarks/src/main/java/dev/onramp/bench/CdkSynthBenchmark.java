package dev.onramp.bench;

import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.cdk.CdkGenerator;
import dev.onramp.cdk.CdkOptions;
import dev.onramp.cdk.InMemoryCompilation;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.GeneratedBlueprint;
import dev.onramp.generate.Generator;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * What {@code cfn:generate} does for the sample's blueprints against what the CDK does to make the
 * same templates from the constructs it generated, in one JVM and one run, so that the ratio is
 * measured under one load. {@code generate} is the generator's whole step without Maven: compile
 * the blueprints, render YAML and JSON, emit the constructs' Java sources, write it all. {@code
 * synth} is a vendor's CDK app: one app, a stack per construct, {@code app.synth()} (jsii, Node),
 * writing the cloud assembly; the constructs were generated and compiled ({@code javax.tools}, the
 * generator tests' {@link InMemoryCompilation}) once in the trial's setup. {@code generateInMemory}
 * is {@code generate} without the writing, {@code templates} the templates alone (what a synth
 * makes). {@code blueprints} is a sample blueprint with a {@code cdk} section, or {@code both} of
 * them. {@code generateWholeSample} is all of the sample's {@code cfn:generate}: its four
 * blueprints and the shipped {@code security-audit}.
 *
 * <p>Run with {@code CDK_VALIDATION=false} (scripts/jmh.sh sets it): template validation is
 * cfn-lint's job here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CdkSynthBenchmark {

  /** Blueprints with a construct, generated and their constructs compiled once per trial. */
  @State(Scope.Benchmark)
  public static class Constructs {
    @Param({"acme-portal", "acme-finops-member", "both"})
    public String blueprints;

    GenerateRequest request;
    List<BlueprintSource> sources;
    List<String> constructs;
    ClassLoader classes;
    Path work;

    /**
     * Generates the selected blueprints; for {@code synth} also compiles their constructs and
     * synthesizes once (Node starting), so that the generation's runs have no Node beside them.
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
      generateAndCompile(params.getBenchmark().endsWith(".synth"));
    }

    void generateAndCompile(boolean forSynth) throws Exception {
      List<BlueprintSource> all = Sample.blueprints();
      List<CompiledTemplate> withConstruct = new ArrayList<>();
      Generator.Compilation compilation = new Generator().compileAll(all, Sample.VENDOR);
      for (CompiledTemplate template : compilation.templates()) {
        if (compilation.cdk().containsKey(template.name())) {
          withConstruct.add(template);
        }
      }
      List<CompiledTemplate> selected =
          withConstruct.stream()
              .filter(t -> blueprints.equals("both") || t.name().equals(blueprints))
              .toList();
      if (selected.isEmpty()) {
        throw new IllegalArgumentException(
            blueprints
                + " is not a sample blueprint with a cdk section; those are "
                + withConstruct.stream().map(CompiledTemplate::name).toList()
                + ", or both");
      }
      Set<String> files =
          selected.stream().map(CompiledTemplate::blueprintFile).collect(Collectors.toSet());
      work = Files.createTempDirectory("onramp-cdk-synth-benchmark");
      Path sources = work.resolve("generated-sources");
      this.sources = all.stream().filter(s -> files.contains(s.displayName())).toList();
      request =
          new GenerateRequest(this.sources, work.resolve("cfn"), Sample.VENDOR)
              .withCdk(sources, CdkOptions.DEFAULT);
      GenerateResult generated = new Generator().generate(request);
      constructs = new ArrayList<>();
      for (GeneratedBlueprint blueprint : generated.blueprints()) {
        for (Path file : blueprint.cdkSources()) {
          String relative = sources.relativize(file).toString().replace('\\', '/');
          if (relative.endsWith("Props.java")) {
            constructs.add(
                relative.substring(0, relative.length() - "Props.java".length()).replace('/', '.'));
          }
        }
      }
      if (constructs.size() != selected.size()) {
        throw new IllegalStateException(
            "expected a construct for each of " + files + ", found " + constructs);
      }
      if (!forSynth) {
        return;
      }
      classes = InMemoryCompilation.compile(sources, work.resolve("classes"));
      long start = System.nanoTime();
      synthesize(this);
      System.out.printf(
          Locale.ROOT,
          "%n(setup: %d construct(s) %s; first synth of this JVM, Node and jsii starting: %.0f"
              + " ms)%n",
          constructs.size(),
          constructs,
          (System.nanoTime() - start) / 1e6);
    }

    @TearDown(Level.Trial)
    public void deleteWork() throws IOException {
      deleteTree(work);
    }
  }

  /** The whole sample, as {@code cfn:generate} reads it. */
  @State(Scope.Benchmark)
  public static class WholeSample {
    GenerateRequest request;
    Path work;

    @Setup(Level.Trial)
    public void read() throws IOException, BlueprintException {
      work = Files.createTempDirectory("onramp-generate-sample-benchmark");
      request =
          new GenerateRequest(Sample.blueprints(), work.resolve("cfn"), Sample.VENDOR)
              .withCdk(work.resolve("generated-sources"), CdkOptions.DEFAULT);
    }

    @TearDown(Level.Trial)
    public void deleteWork() throws IOException {
      deleteTree(work);
    }
  }

  /** Templates (YAML, JSON) and construct sources of the selected blueprints, written. */
  @Benchmark
  public GenerateResult generate(Constructs state) throws BlueprintException {
    return new Generator().generate(state.request);
  }

  /**
   * The same as {@link #generate} without writing: compile, render YAML and JSON, emit the
   * construct sources, in memory.
   */
  @Benchmark
  public void generateInMemory(Constructs state, Blackhole sink) throws BlueprintException {
    Generator.Compilation compilation = new Generator().compileAll(state.sources, Sample.VENDOR);
    CdkGenerator constructs = new CdkGenerator(CdkOptions.DEFAULT);
    for (CompiledTemplate template : compilation.templates()) {
      sink.consume(template.yamlBytes());
      sink.consume(template.jsonBytes());
      CdkSpec spec = compilation.cdk().get(template.name());
      if (spec != null) {
        sink.consume(constructs.generate(template, spec));
      }
    }
  }

  /**
   * The templates alone, YAML and JSON, in memory: the output a synth makes, so that {@code synth}
   * divided by this compares like with like.
   */
  @Benchmark
  public void templates(Constructs state, Blackhole sink) throws BlueprintException {
    for (CompiledTemplate template :
        new Generator().compileAll(state.sources, Sample.VENDOR).templates()) {
      sink.consume(template.yamlBytes());
      sink.consume(template.jsonBytes());
    }
  }

  /** The CDK's synth of the same blueprints' constructs: one app, a stack each. */
  @Benchmark
  public CloudAssembly synth(Constructs state) throws ReflectiveOperationException {
    return synthesize(state);
  }

  /** All of {@code cfn:generate} on the sample: five blueprints, two constructs. */
  @Benchmark
  public GenerateResult generateWholeSample(WholeSample sample) throws BlueprintException {
    return new Generator().generate(sample.request);
  }

  static CloudAssembly synthesize(Constructs state) throws ReflectiveOperationException {
    return ConstructSynth.synthesize(
        state.classes, state.constructs, state.work.resolve("cdk.out"));
  }

  static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
