package dev.onramp.bench;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Blueprints to templates, YAML and JSON, in one thread: read, validate, compile, check the limits,
 * render both formats. One operation is the whole set of {@code blueprints}; the time and the
 * allocation per blueprint are the figures divided by that number (scripts/bench.sh does it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GenerateBenchmark {

  @Param({"1", "100", "1000", "10000"})
  public int blueprints;

  private List<BlueprintSource> sources;

  @Setup
  public void makeBlueprints() {
    sources = BlueprintVariants.of(blueprints);
  }

  /** Streamed, as {@code cfn:generate} does: each template is handed on and dropped. */
  @Benchmark
  public void templates(Blackhole sink) throws BlueprintException {
    Diagnostics diagnostics = new Diagnostics();
    new Generator()
        .compileEach(
            sources,
            Optional.empty(),
            diagnostics,
            (index, blueprint, template) -> {
              sink.consume(template.yaml());
              sink.consume(template.json());
            });
    diagnostics.throwIfErrors();
  }
}
