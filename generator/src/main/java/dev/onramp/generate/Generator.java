package dev.onramp.generate;

import dev.onramp.blueprint.BlueprintReader;
import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.blueprint.model.Vendor;
import dev.onramp.cdk.CdkSources;
import dev.onramp.compile.TemplateCompiler;
import dev.onramp.compile.section.MemberTemplates;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entry point of the library: blueprints in, templates out, all or nothing. Every blueprint is
 * read, checked and compiled before the first byte is written; any error anywhere means nothing is
 * written and every problem is reported at once.
 */
public final class Generator {
  public static final String YAML_FILE = "template.yaml";
  public static final String JSON_FILE = "template.json";

  /**
   * Compiles every blueprint and writes its templates, and the sources of its CDK construct when it
   * has a {@code cdk} section. Each blueprint is staged as soon as it is compiled and dropped, so
   * memory holds one blueprint's output at a time however many there are; nothing becomes visible
   * until every one has compiled, and an error anywhere means nothing is written.
   */
  public GenerateResult generate(GenerateRequest request) throws BlueprintException {
    Diagnostics diagnostics = new Diagnostics();
    Map<Integer, GeneratedBlueprint> written = new TreeMap<>();
    try (StagedOutput output =
            new StagedOutput(request.outputDirectory(), request.cdkSourceRoot());
        ConstructRenderer constructs = new ConstructRenderer(request.cdkOptions(), diagnostics)) {
      constructs.prepare(request.sources());
      ConstructRenderer.Stage stageConstruct =
          (index, construct) -> {
            GeneratedBlueprint blueprint = written.get(index);
            if (blueprint != null && !diagnostics.hasErrors()) {
              written.put(index, withConstruct(output, blueprint, construct));
            }
          };
      compileEach(
          request.sources(),
          request.vendorForShipped(),
          diagnostics,
          (index, parsed, template) -> {
            constructs.submit(index, parsed, template, stageConstruct);
            if (diagnostics.hasErrors()) {
              return; // nothing will be written: compiling on only finds every problem
            }
            try {
              written.put(index, stage(output, template));
            } catch (IOException e) {
              diagnostics.add(outputFailed(output.folder(template.name()), e));
            }
          });
      constructs.finish(stageConstruct);
      diagnostics.throwIfErrors();
      output.commit();
    } catch (IOException e) {
      throw new BlueprintException(List.of(outputFailed(request.outputDirectory(), e)));
    } catch (UncheckedIOException e) {
      throw new BlueprintException(List.of(outputFailed(request.outputDirectory(), e.getCause())));
    }
    return new GenerateResult(List.copyOf(written.values()), diagnostics.sorted());
  }

  private static GeneratedBlueprint stage(StagedOutput output, CompiledTemplate template)
      throws IOException {
    byte[] yaml = template.yamlBytes();
    byte[] json = template.jsonBytes();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(YAML_FILE, yaml);
    files.put(JSON_FILE, json);
    output.folder(template.name(), files);
    return new GeneratedBlueprint(
        template.name(),
        output.folder(template.name()),
        template.resourceCount(),
        yaml.length,
        json.length);
  }

  /** {@code blueprint} with its construct's sources staged. */
  private static GeneratedBlueprint withConstruct(
      StagedOutput output, GeneratedBlueprint blueprint, CdkSources construct) {
    List<Path> sources = new ArrayList<>();
    try {
      for (String path : construct.files().keySet()) {
        output.source(path, construct.bytes(path));
        sources.add(output.source(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GeneratedBlueprint(
        blueprint.name(),
        blueprint.directory(),
        blueprint.resourceCount(),
        blueprint.yamlBytes(),
        blueprint.jsonBytes(),
        sources);
  }

  private static Diagnostic outputFailed(Path where, IOException e) {
    return Diagnostic.error(
        DiagnosticCode.OUTPUT_FAILED,
        SourceLocation.ofFile(where.toString()),
        "cannot write the generated files: " + e,
        "check that the output directory is writable and the disk has room");
  }

  /**
   * Every compiled template, the warnings found on the way, the {@code cdk} section of each
   * blueprint that has one, and the blueprints themselves (for located errors of later steps such
   * as publishing), by blueprint name.
   */
  public record Compilation(
      List<CompiledTemplate> templates,
      List<Diagnostic> warnings,
      Map<String, CdkSpec> cdk,
      Map<String, ParsedBlueprint> blueprints) {
    public Compilation {
      templates = List.copyOf(templates);
      warnings = List.copyOf(warnings);
      cdk = Map.copyOf(cdk);
      blueprints = Collections.unmodifiableMap(new LinkedHashMap<>(blueprints));
    }
  }

  /**
   * Reads and compiles every source; throws with every problem if any is an error. Templates come
   * back in the order of the sources. Holds every template: for the steps that need them all at
   * once (validation, review, guides, publishing); {@link #generate} streams instead.
   */
  public Compilation compileAll(List<BlueprintSource> sources, Optional<Vendor> vendorForShipped)
      throws BlueprintException {
    Diagnostics diagnostics = new Diagnostics();
    Map<Integer, CompiledTemplate> templates = new TreeMap<>();
    Map<Integer, ParsedBlueprint> blueprints = new TreeMap<>();
    compileEach(
        sources,
        vendorForShipped,
        diagnostics,
        (index, parsed, template) -> {
          templates.put(index, template);
          blueprints.put(index, parsed);
        });
    diagnostics.throwIfErrors();
    Map<String, ParsedBlueprint> byName = new LinkedHashMap<>();
    Map<String, CdkSpec> cdk = new LinkedHashMap<>();
    for (ParsedBlueprint parsed : blueprints.values()) {
      byName.put(parsed.name(), parsed);
      if (parsed.model().cdk() != null) {
        cdk.put(parsed.name(), parsed.model().cdk());
      }
    }
    return new Compilation(List.copyOf(templates.values()), diagnostics.sorted(), cdk, byName);
  }

  /** Receives each template as soon as it is compiled, with its blueprint and source index. */
  @FunctionalInterface
  public interface TemplateSink {
    void accept(int sourceIndex, ParsedBlueprint blueprint, CompiledTemplate template);
  }

  /**
   * Reads and compiles every source in turn, handing each template to {@code sink} and keeping
   * none: what stays per blueprint is its name and index. Problems go to {@code diagnostics}; a
   * blueprint with errors reaches no sink. An organization blueprint embeds its member's finished
   * template: when the member came earlier it is read and compiled again for that (its problems
   * were reported the first time); when it comes later, or nowhere, the organization waits until
   * every blueprint has been read.
   */
  public void compileEach(
      List<BlueprintSource> sources,
      Optional<Vendor> vendorForShipped,
      Diagnostics diagnostics,
      TemplateSink sink) {
    Map<String, Integer> indexByName = new LinkedHashMap<>();
    Set<String> unreadable = new HashSet<>();
    List<Integer> waiting = new ArrayList<>();
    for (int index = 0; index < sources.size(); index++) {
      BlueprintSource source = sources.get(index);
      Optional<ParsedBlueprint> read = read(source, vendorForShipped, diagnostics);
      if (read.isEmpty()) {
        unreadable.addAll(DeclaredName.candidates(source));
        continue;
      }
      ParsedBlueprint parsed = read.get();
      Integer previous = indexByName.putIfAbsent(parsed.name(), index);
      if (previous != null) {
        diagnostics.error(
            DiagnosticCode.DUPLICATE_BLUEPRINT,
            parsed.source().at("metadata.name"),
            "blueprint name '"
                + parsed.name()
                + "' is also used by "
                + sources.get(previous).displayName(),
            "give each blueprint its own metadata.name; it names the output folder");
        continue;
      }
      Optional<String> member = memberOf(parsed);
      if (member.isPresent() && !indexByName.containsKey(member.get())) {
        waiting.add(index);
        continue;
      }
      compile(index, parsed, sources, vendorForShipped, indexByName, unreadable, diagnostics, sink);
    }
    for (int index : waiting) {
      // Read without error before; its problems (warnings) were reported then.
      ParsedBlueprint parsed =
          read(sources.get(index), vendorForShipped, new Diagnostics()).orElseThrow();
      compile(index, parsed, sources, vendorForShipped, indexByName, unreadable, diagnostics, sink);
    }
  }

  private static void compile(
      int index,
      ParsedBlueprint parsed,
      List<BlueprintSource> sources,
      Optional<Vendor> vendorForShipped,
      Map<String, Integer> indexByName,
      Set<String> unreadable,
      Diagnostics diagnostics,
      TemplateSink sink) {
    Map<String, ParsedBlueprint> memberBlueprints = new HashMap<>();
    Map<String, CompiledTemplate> memberTemplates = new HashMap<>();
    Optional<String> memberName = memberOf(parsed);
    if (memberName.isPresent() && indexByName.containsKey(memberName.get())) {
      String name = memberName.get();
      ParsedBlueprint member =
          name.equals(parsed.name())
              ? parsed
              : read(sources.get(indexByName.get(name)), vendorForShipped, new Diagnostics())
                  .orElseThrow();
      memberBlueprints.put(name, member);
      // A member that fans out itself is refused by the organization; it is not compiled here.
      if (memberOf(member).isEmpty()) {
        TemplateCompiler.compile(member, new Diagnostics())
            .ifPresent(template -> memberTemplates.put(name, template));
      }
    }
    MemberTemplates members =
        new MemberTemplates(
            Collections.unmodifiableSet(indexByName.keySet()),
            Collections.unmodifiableSet(unreadable),
            memberBlueprints,
            memberTemplates);
    TemplateCompiler.compile(parsed, members, diagnostics)
        .ifPresent(template -> sink.accept(index, parsed, template));
  }

  private static Optional<ParsedBlueprint> read(
      BlueprintSource source, Optional<Vendor> vendorForShipped, Diagnostics diagnostics) {
    BlueprintReader.Result read = BlueprintReader.read(source.displayName(), source.content());
    diagnostics.addAll(read.problems());
    if (read.blueprint().isEmpty()) {
      return Optional.empty();
    }
    ParsedBlueprint parsed = read.blueprint().get();
    if (!source.isShipped()) {
      return Optional.of(parsed);
    }
    if (vendorForShipped.isEmpty()) {
      diagnostics.error(
          DiagnosticCode.MISSING_KEY,
          parsed.source().at("vendor"),
          "shipped blueprint '" + parsed.name() + "' needs your vendor account",
          "set <vendor><accountId>your 12-digit account</accountId></vendor> in the plugin"
              + " configuration (or -Dcfn.vendor.accountId=...)");
      return Optional.empty();
    }
    return Optional.of(parsed.withVendor(vendorForShipped.get()));
  }

  private static Optional<String> memberOf(ParsedBlueprint parsed) {
    return Optional.ofNullable(parsed.model().organization())
        .map(organization -> organization.memberBlueprint());
  }
}
