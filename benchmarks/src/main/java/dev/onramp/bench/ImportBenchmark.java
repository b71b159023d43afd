package dev.onramp.bench;

import dev.onramp.importer.ImportDraft;
import dev.onramp.importer.ImportOptions;
import dev.onramp.importer.ImportProof;
import dev.onramp.importer.TemplateImporter;
import dev.onramp.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code cfn:import} without its files: reading a vendor's template and drafting the blueprint
 * ({@code draft}), and that plus the proof, which generates the draft in memory and reviews its
 * access against the original's ({@code importAndProve}). The templates are the importer's test
 * corpus (our own text in the shapes of public vendor templates): a role with four large policies,
 * an organization StackSet with its member, and one of every shape the importer maps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ImportBenchmark {

  @Param({
    "templates/fixed-name-role.yaml",
    "templates/stackset-service-managed.yaml",
    "many-shapes.yaml"
  })
  public String template;

  String text;
  Template read;

  @Setup(Level.Trial)
  public void load() {
    try (InputStream in =
        ImportBenchmark.class.getResourceAsStream("/dev/onramp/importer/" + template)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      read = TemplateImporter.read(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(template + " does not import", e);
    }
  }

  @Benchmark
  public ImportDraft draft() throws Exception {
    return TemplateImporter.draft(
        template, TemplateImporter.read(text), "bench", new ImportOptions(false));
  }

  @Benchmark
  public ImportProof importAndProve() throws Exception {
    Template original = TemplateImporter.read(text);
    ImportDraft draft =
        TemplateImporter.draft(template, original, "bench", new ImportOptions(false));
    return ImportProof.of(original, draft, "src/main/blueprints");
  }
}
