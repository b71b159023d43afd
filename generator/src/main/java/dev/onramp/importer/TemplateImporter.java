package dev.onramp.importer;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFormatException;
import dev.onramp.template.TemplateReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a hand-written CloudFormation template into a draft blueprint: each {@link ImportUnit}
 * takes what its section says exactly, the rest stays raw resources, and the draft is written with
 * comments that say where each part came from. The draft is not yet proven: {@link ImportProof}
 * generates it and reviews its access against the original's.
 */
public final class TemplateImporter {
  private static final Pattern KNOWN_FUNCTION =
      Pattern.compile(
          "Ref|Condition|Fn::(Base64|Cidr|FindInMap|GetAtt|GetAZs|ImportValue|Join|Select|Split"
              + "|Sub|Transform|If|Equals|Not|And|Or|Length|ToJsonString|ForEach::\\w+)");
  private static final List<String> FUNCTIONS =
      List.of(
          "Ref",
          "Condition",
          "Base64",
          "Cidr",
          "FindInMap",
          "GetAtt",
          "GetAZs",
          "ImportValue",
          "Join",
          "Select",
          "Split",
          "Sub",
          "Transform",
          "If",
          "Equals",
          "Not",
          "And",
          "Or",
          "Length",
          "ToJsonString");
  private static final List<String> ORDER =
      List.of(
          "vendor",
          "externalId",
          "parameters",
          "policySets",
          "roles",
          "organization",
          "costReport",
          "notify",
          "outputs",
          "conditions",
          "resources",
          "suppressions");

  private TemplateImporter() {}

  /** The template read from {@code text}, or a located error. */
  public static Template read(String text) throws TemplateImportException {
    Template template;
    try {
      template = TemplateReader.read(text);
    } catch (TemplateFormatException e) {
      throw new TemplateImportException(
          DiagnosticCode.IMPORT_UNREADABLE_TEMPLATE,
          e.problem(),
          e.line().orElse(TemplateLines.firstContent(text)),
          e.column().orElse(1),
          e.getMessage().contains("tag")
              ? "use the CloudFormation functions' short forms (!Ref, !Sub, !GetAtt, !If …) or"
                  + " their long forms ({Ref: X}, {Fn::Sub: …})"
              : e.getMessage().contains("map of sections")
                  ? "give the vendor's template: a YAML or JSON map with a Resources section"
                  : "fix the YAML or JSON at that place; cfn-lint or a YAML editor shows the same");
    }
    boolean transformSection = TemplateReader.sectionNames(text).contains("Transform");
    if (transformSection || containsKey(template.resources(), "Fn::Transform")) {
      String written = transformSection ? "Transform:" : "Fn::Transform";
      int[] where = TemplateLines.find(text, written);
      throw new TemplateImportException(
          DiagnosticCode.IMPORT_NOT_A_TEMPLATE,
          "the template uses a transform (SAM or a macro), which CloudFormation expands when the"
              + " stack is created: what it creates is not in this text, so the review cannot"
              + " prove anything about it",
          where[0],
          where[1],
          "import the processed template: aws cloudformation get-template --stack-name <a stack"
              + " of it> --template-stage Processed");
    }
    if (template.resources().isEmpty()) {
      throw new TemplateImportException(
          DiagnosticCode.IMPORT_NOT_A_TEMPLATE,
          "not a CloudFormation template: it has no Resources section",
          1,
          1,
          "give the path of the vendor's onboarding template (.yaml, .yml, .json or .template)");
    }
    String unknown = unknownFunction(template.resources());
    if (unknown != null) {
      String name = unknown.replaceFirst("^Fn::", "");
      String tag = "!" + name;
      // The short form's tag where it was written so, else the long form's key.
      int[] where = TemplateLines.find(text, tag);
      String written = where[0] > 0 ? tag : unknown;
      if (where[0] == 0) {
        where = TemplateLines.find(text, unknown);
      }
      String known =
          DidYouMean.closest(name, FUNCTIONS)
              .map(
                  function ->
                      "did you mean " + (written.startsWith("!") ? "!" : "Fn::") + function + "?")
              .orElse("write a CloudFormation function such as !Sub or !GetAtt");
      throw new TemplateImportException(
          DiagnosticCode.IMPORT_NOT_A_TEMPLATE,
          "'" + written + "' is not a CloudFormation intrinsic function",
          where[0],
          where[1],
          known + "; CloudFormation would refuse this template too");
    }
    return template;
  }

  /** The draft blueprint named {@code name} of {@code template}, with its member drafts. */
  public static ImportDraft draft(
      String source, Template template, String name, ImportOptions options)
      throws TemplateImportException {
    ImportContext context = new ImportContext(name, template, options);
    for (ImportUnit unit : ImportUnits.ALL) {
      unit.run(context);
    }

    if (!context.blueprint().has("vendor")) {
      StringBuilder why = new StringBuilder();
      context
          .template()
          .resources()
          .forEach(
              (id, resource) ->
                  context
                      .whyKeptAsWritten(id)
                      .filter(unused -> resource.type().equals("AWS::IAM::Role"))
                      .ifPresent(
                          reason -> why.append("; role ").append(id).append(": ").append(reason)));
      throw new TemplateImportException(
          DiagnosticCode.IMPORT_NO_VENDOR_ROLE,
          "no IAM role of the template is one roles: can say: trusted by an outside account with"
              + " an sts:ExternalId condition that names a parameter"
              + why,
          0,
          0,
          "import the template that creates the vendor's cross-account role");
    }
    DraftMap root = new DraftMap();
    root.put("apiVersion", Blueprint.API_VERSION);
    root.put("kind", Blueprint.KIND);
    DraftMap metadata = new DraftMap().put("name", name);
    if (template.description() != null && !template.description().isBlank()) {
      metadata.put("description", template.description());
    }
    metadata.put("version", "1.0.0");
    root.put("metadata", metadata);
    Map<String, Object> parts = context.blueprint().values();
    for (String key : ORDER) {
      if (parts.containsKey(key)) {
        root.put(key, parts.get(key), context.blueprint().comment(key));
      }
    }
    String header =
        "Draft blueprint imported by Onramp (cfn:import) from "
            + source
            + ".\nEach part says where it came from; import-report.md lists every part of the"
            + " original, what changed and why, and the policy review's verdict.";
    return new ImportDraft(
        name,
        DraftWriter.write(header, root),
        context.log(),
        context.members(),
        new ImportRenames(context.renames(), Map.of(), Map.of()));
  }

  private static boolean containsKey(Object value, String key) {
    if (value instanceof Map<?, ?> map) {
      return map.containsKey(key) || map.values().stream().anyMatch(v -> containsKey(v, key));
    }
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(v -> containsKey(v, key));
    }
    if (value instanceof Template.Resource resource) {
      return containsKey(resource.properties(), key);
    }
    return false;
  }

  private static String unknownFunction(Object value) {
    if (value instanceof Map<?, ?> map) {
      if (map.size() == 1) {
        String key = String.valueOf(map.keySet().iterator().next());
        if ((key.startsWith("Fn::") || key.equals("Ref"))
            && !KNOWN_FUNCTION.matcher(key).matches()) {
          return key;
        }
      }
      for (Object item : map.values()) {
        String found = unknownFunction(item);
        if (found != null) {
          return found;
        }
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        String found = unknownFunction(item);
        if (found != null) {
          return found;
        }
      }
    } else if (value instanceof Template.Resource resource) {
      return unknownFunction(resource.properties());
    }
    return null;
  }
}
