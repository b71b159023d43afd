package dev.onramp.generate;

import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.cdk.CdkGenerator;
import dev.onramp.cdk.CdkOptions;
import dev.onramp.cdk.CdkSources;
import dev.onramp.cdk.CdkTemplateException;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.CompiledTemplate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Renders the CDK construct of each blueprint with a {@code cdk} section on a thread of its own,
 * while the caller compiles the next blueprints. On a cold JVM the first construct costs more than
 * compiling a blueprint (the template engine loads some 500 classes and parses its templates), so
 * {@code cfn:generate} overlaps the two. At most {@link #IN_FLIGHT} constructs are pending, so
 * memory stays bounded however many blueprints there are; each is handed back, on the caller's
 * thread, in the order it was submitted. Two constructs of the same class, or a failing template,
 * are errors: nothing is written then.
 */
final class ConstructRenderer implements AutoCloseable {
  static final int IN_FLIGHT = 2;
  private static final Pattern CDK_KEY = Pattern.compile("(?m)^cdk\\s*:");

  /** Receives a rendered construct, on the thread that submitted it. */
  @FunctionalInterface
  interface Stage {
    void accept(int sourceIndex, CdkSources construct);
  }

  private record Pending(int index, CompiledTemplate template, Future<CdkSources> construct) {}

  private final CdkOptions options;
  private final Diagnostics diagnostics;
  private final Map<String, String> blueprintOfConstruct = new HashMap<>();
  private final Deque<Pending> pending = new ArrayDeque<>();
  private ExecutorService worker;

  /** Made and used on the worker thread only: making it starts the template engine. */
  private CdkGenerator generator;

  ConstructRenderer(CdkOptions options, Diagnostics diagnostics) {
    this.options = options;
    this.diagnostics = diagnostics;
  }

  /**
   * Starts the template engine on the worker when some blueprint of {@code sources} is likely to
   * have a {@code cdk} section, so that it is ready by the time the first blueprint has compiled. A
   * line scan for the top-level key is enough for a hint: a miss only costs the head start.
   */
  void prepare(List<BlueprintSource> sources) {
    if (options.overrideDirectory().isEmpty()
        && sources.stream()
            .anyMatch(
                source ->
                    CDK_KEY.matcher(new String(source.content(), StandardCharsets.UTF_8)).find())) {
      worker().submit(CdkGenerator::prepareBuiltInTemplates);
    }
  }

  /**
   * Starts rendering {@code template}'s construct when its blueprint has a {@code cdk} section;
   * hands finished ones to {@code stage} while more than {@link #IN_FLIGHT} are pending.
   */
  void submit(int index, ParsedBlueprint parsed, CompiledTemplate template, Stage stage) {
    CdkSpec spec = parsed.model().cdk();
    if (spec == null || !claim(template, spec)) {
      return;
    }
    pending.add(
        new Pending(index, template, worker().submit(() -> generator().generate(template, spec))));
    while (pending.size() > IN_FLIGHT) {
      handOver(pending.remove(), stage);
    }
  }

  private ExecutorService worker() {
    if (worker == null) {
      worker =
          Executors.newSingleThreadExecutor(
              task -> {
                Thread thread = new Thread(task, "onramp-cdk-constructs");
                thread.setDaemon(true);
                return thread;
              });
    }
    return worker;
  }

  private CdkGenerator generator() {
    if (generator == null) {
      generator = new CdkGenerator(options);
    }
    return generator;
  }

  /** Waits for every pending construct and hands each to {@code stage}, in submission order. */
  void finish(Stage stage) {
    while (!pending.isEmpty()) {
      handOver(pending.remove(), stage);
    }
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.shutdownNow();
    }
  }

  /**
   * Records which blueprint generates the construct class; false, reported, when one already does.
   */
  private boolean claim(CompiledTemplate template, CdkSpec spec) {
    String construct = spec.packageName() + "." + spec.classNameFor(template.name());
    String other = blueprintOfConstruct.putIfAbsent(construct, template.name());
    if (other == null) {
      return true;
    }
    diagnostics.error(
        DiagnosticCode.DUPLICATE_CONSTRUCT,
        SourceLocation.ofFile(template.blueprintFile()),
        "blueprint "
            + template.name()
            + " generates construct "
            + construct
            + ", as blueprint "
            + other
            + " does",
        "set cdk.className (or cdk.package) so that each blueprint has its own construct");
    return false;
  }

  private void handOver(Pending rendered, Stage stage) {
    CdkSources construct;
    try {
      construct = rendered.construct().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the CDK constructs were rendered", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CdkTemplateException failed) {
        templateFailed(rendered.template(), failed);
        return;
      }
      if (e.getCause() instanceof RuntimeException unexpected) {
        throw unexpected;
      }
      throw new IllegalStateException(e.getCause());
    }
    stage.accept(rendered.index(), construct);
  }

  private void templateFailed(CompiledTemplate template, CdkTemplateException e) {
    diagnostics.error(
        DiagnosticCode.CDK_TEMPLATE_FAILED,
        SourceLocation.ofFile(template.blueprintFile()),
        e.getMessage(),
        options.overrideDirectory().isPresent()
            ? "fix the template in "
                + options.overrideDirectory().get()
                + "; dump the view model it is bound to with the view-model switch"
            : "this is a bug in Onramp's built-in templates; please report it");
  }
}
