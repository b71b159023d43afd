package dev.onramp.bench;

import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.Generator;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One whole-process run of generation over {@code count} blueprint files, as {@code cfn:generate}
 * does it: the blueprints are written to {@code <work>/blueprints} first (not timed), then read and
 * generated into {@code <work>/cfn}. Prints one line: blueprints, wall and CPU time, and the live
 * heap, measured by a thread that forces a full collection every {@code sampleMillis} and reads
 * what is left (the largest such figure is the peak live heap; collections are not timed apart, so
 * time and memory come from separate runs: {@code time} and {@code memory} mode).
 *
 * <p>Mode {@code held} measures memory the way generation worked before it streamed: every template
 * compiled and kept ({@link Generator#compileAll}), for comparison.
 *
 * <p>Usage: {@code ScalingRun <time|memory|held> <count> <work directory> [sampleMillis]}; see
 * benchmarks/scripts/bench-scaling.sh.
 */
public final class ScalingRun {
  private ScalingRun() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int count = Integer.parseInt(args[1]);
    Path work = Path.of(args[2]);
    long sampleMillis = args.length > 3 ? Long.parseLong(args[3]) : 100;
    Path blueprints = work.resolve("blueprints");
    writeBlueprints(blueprints, count);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peakLive = new AtomicLong();
    Thread sampler = null;
    if (!mode.equals("time")) {
      System.gc();
      peakLive.set(memory.getHeapMemoryUsage().getUsed());
      sampler = new Thread(() -> sample(memory, peakLive, sampleMillis), "live-heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }
    long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long start = System.nanoTime();
    List<BlueprintSource> sources = read(blueprints);
    int templates;
    long bytes = 0;
    if (mode.equals("held")) {
      List<CompiledTemplate> all =
          new Generator().compileAll(sources, Optional.empty()).templates();
      for (CompiledTemplate template : all) {
        bytes += template.yamlBytes().length + template.jsonBytes().length;
      }
      templates = all.size();
      sampleOnce(memory, peakLive); // everything is still held here
    } else {
      GenerateResult result =
          new Generator().generate(new GenerateRequest(sources, work.resolve("cfn")));
      for (var blueprint : result.blueprints()) {
        bytes += blueprint.yamlBytes() + blueprint.jsonBytes();
      }
      templates = result.blueprints().size();
    }
    long wallNanos = System.nanoTime() - start;
    long cpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore;
    if (sampler != null) {
      sampler.interrupt();
      sampler.join();
    }
    System.out.printf(
        Locale.ROOT,
        "mode=%s blueprints=%d templates=%d bytes=%d wall_ms=%.1f cpu_ms=%.1f"
            + " us_per_blueprint=%.1f peak_live_mb=%.1f%n",
        mode,
        count,
        templates,
        bytes,
        wallNanos / 1e6,
        cpuNanos / 1e6,
        wallNanos / 1e3 / count,
        peakLive.get() / 1048576.0);
  }

  private static void sample(MemoryMXBean memory, AtomicLong peakLive, long sampleMillis) {
    while (!Thread.currentThread().isInterrupted()) {
      sampleOnce(memory, peakLive);
      try {
        Thread.sleep(sampleMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void sampleOnce(MemoryMXBean memory, AtomicLong peakLive) {
    System.gc();
    peakLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
  }

  private static void writeBlueprints(Path directory, int count) throws IOException {
    Files.createDirectories(directory);
    for (int i = 0; i < count; i++) {
      Files.writeString(
          directory.resolve(BlueprintVariants.name(i) + ".yaml"), BlueprintVariants.yaml(i, count));
    }
  }

  private static List<BlueprintSource> read(Path directory) throws IOException {
    List<BlueprintSource> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        sources.add(new BlueprintSource(file.getFileName().toString(), Files.readAllBytes(file)));
      }
    }
    return sources;
  }
}
