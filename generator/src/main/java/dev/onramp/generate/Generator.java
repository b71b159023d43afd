package dev.onramp.generate;

import dev.onramp.blueprint.BlueprintReader;
import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.blueprint.model.Vendor;
import dev.onramp.cdk.CdkGenerator;
import dev.onramp.cdk.CdkSources;
import dev.onramp.cdk.CdkTemplateException;
import dev.onramp.compile.CompiledTemplate;
import dev.onramp.compile.MemberTemplates;
import dev.onramp.compile.TemplateCompiler;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import java.io.IOException;
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
   * has a {@code cdk} section. Everything is generated before anything is written.
   */
  public GenerateResult generate(GenerateRequest request) throws BlueprintException {
    Compilation compilation = compileAll(request.sources(), request.vendorForShipped());
    Map<String, CdkSources> constructs = constructs(compilation, request);
    List<GeneratedBlueprint> written = new ArrayList<>();
    OutputWriter writer = new OutputWriter(request.outputDirectory());
    Path cdkRoot = request.cdkSourceRoot().toAbsolutePath().normalize();
    Map<String, byte[]> cdkFiles = new LinkedHashMap<>();
    constructs
        .values()
        .forEach(
            sources ->
                sources.files().keySet().forEach(path -> cdkFiles.put(path, sources.bytes(path))));
    try {
      new GeneratedSourcesWriter(cdkRoot).write(cdkFiles);
    } catch (IOException e) {
      throw outputFailed(cdkRoot, "cannot write the CDK construct sources: " + e);
    }
    for (CompiledTemplate template : compilation.templates()) {
      Map<String, byte[]> files = OutputWriter.files();
      files.put(YAML_FILE, template.yamlBytes());
      files.put(JSON_FILE, template.jsonBytes());
      try {
        Path folder = writer.replaceFolder(template.name(), files);
        List<Path> cdkSources =
            constructs.containsKey(template.name())
                ? constructs.get(template.name()).files().keySet().stream()
                    .map(path -> cdkRoot.resolve(path))
                    .toList()
                : List.of();
        written.add(
            new GeneratedBlueprint(
                template.name(),
                folder,
                template.resourceCount(),
                template.yamlBytes().length,
                template.jsonBytes().length,
                cdkSources));
      } catch (IOException e) {
        throw outputFailed(
            request.outputDirectory().resolve(template.name()), "cannot write the templates: " + e);
      }
    }
    return new GenerateResult(written, compilation.warnings());
  }

  /**
   * The construct sources of each blueprint with a {@code cdk} section, by blueprint name. Two
   * constructs of the same class, or a failing template, are errors: nothing is written then.
   */
  private static Map<String, CdkSources> constructs(
      Compilation compilation, GenerateRequest request) throws BlueprintException {
    Map<String, CdkSources> constructs = new LinkedHashMap<>();
    if (compilation.cdk().isEmpty()) {
      return constructs;
    }
    CdkGenerator generator = new CdkGenerator(request.cdkOptions());
    Diagnostics diagnostics = new Diagnostics();
    Map<String, String> blueprintOfConstruct = new HashMap<>();
    for (CompiledTemplate template : compilation.templates()) {
      CdkSpec spec = compilation.cdk().get(template.name());
      if (spec == null) {
        continue;
      }
      String construct = spec.packageName() + "." + spec.classNameFor(template.name());
      String other = blueprintOfConstruct.putIfAbsent(construct, template.name());
      if (other != null) {
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
        continue;
      }
      try {
        constructs.put(template.name(), generator.generate(template, spec));
      } catch (CdkTemplateException e) {
        diagnostics.error(
            DiagnosticCode.CDK_TEMPLATE_FAILED,
            SourceLocation.ofFile(template.blueprintFile()),
            e.getMessage(),
            request.cdkOptions().overrideDirectory().isPresent()
                ? "fix the template in "
                    + request.cdkOptions().overrideDirectory().get()
                    + "; dump the view model it is bound to with the view-model switch"
                : "this is a bug in Onramp's built-in templates; please report it");
      }
    }
    diagnostics.throwIfErrors();
    return constructs;
  }

  private static BlueprintException outputFailed(Path where, String message) {
    return new BlueprintException(
        List.of(
            Diagnostic.error(
                DiagnosticCode.OUTPUT_FAILED,
                SourceLocation.ofFile(where.toString()),
                message,
                "check that the output directory is writable and the disk has room")));
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
   * Reads and compiles every source; throws with every problem if any is an error. A blueprint with
   * an organization section is compiled after the member blueprint it embeds; templates come back
   * in the order of the sources.
   */
  public Compilation compileAll(List<BlueprintSource> sources, Optional<Vendor> vendorForShipped)
      throws BlueprintException {
    Diagnostics diagnostics = new Diagnostics();
    Map<String, ParsedBlueprint> byName = new LinkedHashMap<>();
    Map<String, String> firstFileByName = new HashMap<>();
    for (BlueprintSource source : sources) {
      BlueprintReader.Result read = BlueprintReader.read(source.displayName(), source.content());
      diagnostics.addAll(read.problems());
      if (read.blueprint().isEmpty()) {
        continue;
      }
      ParsedBlueprint parsed = read.blueprint().get();
      if (source.isShipped()) {
        if (vendorForShipped.isEmpty()) {
          diagnostics.error(
              DiagnosticCode.MISSING_KEY,
              parsed.source().at("vendor"),
              "shipped blueprint '" + parsed.name() + "' needs your vendor account",
              "set <vendor><accountId>your 12-digit account</accountId></vendor> in the plugin"
                  + " configuration (or -Dcfn.vendor.accountId=...)");
          continue;
        }
        parsed = parsed.withVendor(vendorForShipped.get());
      }
      String previous = firstFileByName.putIfAbsent(parsed.name(), source.displayName());
      if (previous != null) {
        diagnostics.error(
            DiagnosticCode.DUPLICATE_BLUEPRINT,
            parsed.source().at("metadata.name"),
            "blueprint name '" + parsed.name() + "' is also used by " + previous,
            "give each blueprint its own metadata.name; it names the output folder");
        continue;
      }
      byName.put(parsed.name(), parsed);
    }
    Map<String, CompiledTemplate> compiled = new LinkedHashMap<>();
    Set<String> attempted = new HashSet<>();
    for (ParsedBlueprint parsed : byName.values()) {
      // Members first: an organization embeds its member's finished template.
      memberOf(parsed)
          .filter(member -> !member.equals(parsed.name()))
          .map(byName::get)
          .filter(member -> memberOf(member).isEmpty())
          .ifPresent(member -> compileOnce(member, byName, attempted, compiled, diagnostics));
      compileOnce(parsed, byName, attempted, compiled, diagnostics);
    }
    diagnostics.throwIfErrors();
    List<CompiledTemplate> inSourceOrder = new ArrayList<>();
    byName.keySet().stream().map(compiled::get).forEach(inSourceOrder::add);
    Map<String, CdkSpec> cdk = new LinkedHashMap<>();
    byName.forEach(
        (name, parsed) -> {
          if (parsed.model().cdk() != null) {
            cdk.put(name, parsed.model().cdk());
          }
        });
    return new Compilation(inSourceOrder, diagnostics.sorted(), cdk, byName);
  }

  private static Optional<String> memberOf(ParsedBlueprint parsed) {
    return Optional.ofNullable(parsed.model().organization())
        .map(organization -> organization.memberBlueprint());
  }

  private static void compileOnce(
      ParsedBlueprint parsed,
      Map<String, ParsedBlueprint> byName,
      Set<String> attempted,
      Map<String, CompiledTemplate> compiled,
      Diagnostics diagnostics) {
    // Each blueprint is compiled, and its problems reported, once, whether it failed or not.
    if (!attempted.add(parsed.name())) {
      return;
    }
    TemplateCompiler.compile(parsed, new MemberTemplates(byName, compiled), diagnostics)
        .ifPresent(template -> compiled.put(parsed.name(), template));
  }
}
