package dev.onramp.api;

import dev.onramp.blueprint.model.Metadata;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.BlueprintSources;
import dev.onramp.generate.Generator;
import dev.onramp.output.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Onramp#init}: the blueprint text made first (from a shipped blueprint or from answers),
 * compiled in memory so that only a blueprint that generates is written, then written without
 * replacing anything.
 */
final class BlueprintScaffolds {
  /** The rule of metadata.name, read from the record that states it. */
  private static final dev.onramp.blueprint.schema.Pattern NAME_RULE = nameRule();

  private static final Pattern NAME = Pattern.compile(NAME_RULE.value());
  private static final Pattern METADATA_NAME = Pattern.compile("(?m)^(  name: )(\\S+)$");
  private static final Pattern VENDOR_BLOCK = Pattern.compile("(?m)^vendor:\\n(?:[ #].*\\n)+");
  private static final Pattern MEMBER = Pattern.compile("(?m)^(  memberBlueprint: )(\\S+)$");
  private static final Pattern LEADING_COMMENTS = Pattern.compile("\\A(?:#.*\\n)+");

  private BlueprintScaffolds() {}

  static InitResult write(InitRequest request) throws OnrampException {
    if (!NAME.matcher(request.name()).matches()) {
      throw new ConfigurationException(
          Setting.INIT_NAME,
          "'" + request.name() + "' is not a blueprint name",
          "use "
              + NAME_RULE.meaning()
              + ", such as acme-portal; it names the stack and the output folder");
    }
    if (request.vendorRoleArn().isEmpty()) {
      throw new ConfigurationException(
          Setting.INIT_ROLE_ARN,
          "the vendor's role is not given",
          "give the ARN of the role your service assumes customer roles from, such as"
              + " arn:aws:iam::111122223333:role/AcmeOnboarding");
    }
    Map<String, String> files = new LinkedHashMap<>();
    if (!request.from().isEmpty()) {
      fromShipped(request, shipped(request), files);
    } else {
      files.put(request.name(), fromAnswers(request));
    }
    List<Path> targets = new ArrayList<>();
    for (String name : files.keySet()) {
      Path target = request.blueprintDirectory().resolve(name + ".yaml");
      if (Files.exists(target) || Files.exists(target.resolveSibling(name + ".yml"))) {
        throw new ConfigurationException(
            Setting.INIT_NAME,
            DisplayPath.of(target, request.baseDirectory())
                + " exists; cfn:init never replaces a blueprint",
            "choose another name, or delete the file first");
      }
      targets.add(target);
    }
    compiles(request, files);
    List<String> texts = List.copyOf(files.values());
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(request.blueprintDirectory());
      for (int i = 0; i < targets.size(); i++) {
        written.add(AtomicFiles.write(targets.get(i), texts.get(i)));
      }
    } catch (IOException e) {
      // A blueprint without its member would not generate: take back what this run wrote.
      for (Path path : written) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException ignored) {
          e.addSuppressed(ignored);
        }
      }
      throw new EnvironmentException(
          "cannot write the blueprint to " + request.blueprintDirectory() + ": " + e, e);
    }
    return new InitResult(targets, pomSnippet(request), SETTINGS_SNIPPET);
  }

  private static dev.onramp.blueprint.schema.Pattern nameRule() {
    for (java.lang.reflect.RecordComponent component : Metadata.class.getRecordComponents()) {
      if (component.getName().equals("name")) {
        return component.getAnnotation(dev.onramp.blueprint.schema.Pattern.class);
      }
    }
    throw new IllegalStateException("Metadata has no name");
  }

  /** The shipped blueprint with this name and vendor, and its member renamed after it. */
  private static void fromShipped(
      InitRequest request, List<BlueprintSource> sources, Map<String, String> files) {
    BlueprintSource shipped = sources.get(0);
    String text = new String(shipped.content(), StandardCharsets.UTF_8);
    String shippedName = shippedName(shipped);
    Optional<String> member = group(MEMBER, text);
    String memberName = request.name() + "-member";
    String own =
        header("the shipped blueprint " + shippedName)
            + vendor(rename(body(text), request.name()), request.vendorRoleArn());
    if (member.isPresent()) {
      own = MEMBER.matcher(own).replaceFirst("$1" + Matcher.quoteReplacement(memberName));
      BlueprintSource memberSource =
          sources.stream()
              .filter(source -> shippedName(source).equals(member.get()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the request lacks the member " + member.get() + " of " + shippedName));
      String memberText = new String(memberSource.content(), StandardCharsets.UTF_8);
      files.put(request.name(), own);
      files.put(
          memberName,
          header("the shipped blueprint " + member.get() + ", the member of " + request.name())
              + vendor(rename(body(memberText), memberName), request.vendorRoleArn()));
    } else {
      files.put(request.name(), own);
    }
  }

  /** The shipped blueprint named, and its member if it fans out. */
  private static List<BlueprintSource> shipped(InitRequest request) throws ConfigurationException {
    try {
      return BlueprintSources.select(
          List.of(), List.of(request.from()), request.shippedBlueprints());
    } catch (BlueprintException e) {
      Diagnostic first = e.diagnostics().get(0);
      throw new ConfigurationException(Setting.INIT_FROM, first.message(), first.hint(), e);
    }
  }

  private static String fromAnswers(InitRequest request) {
    String role = pascalCase(request.name()) + "Role";
    List<String> sets =
        request.policySets().isEmpty() ? List.of("read-only") : request.policySets();
    List<String> regions = request.regions().isEmpty() ? List.of("us-east-1") : request.regions();
    return header("answers")
        + "apiVersion: onramp.dev/v1\n"
        + "kind: Blueprint\n"
        + "metadata:\n"
        + "  name: "
        + request.name()
        + "\n"
        + "  description: Lets the vendor read this account.\n"
        + "  version: 1.0.0\n"
        + "vendor:\n"
        + "  roleArn: "
        + request.vendorRoleArn()
        + "\n"
        + "roles:\n"
        + "  - id: "
        + role
        + "\n"
        + "    description: Assumed by the vendor with the ExternalId from the vendor's console.\n"
        + "    policySets: ["
        + String.join(", ", sets)
        + "]\n"
        + "outputs:\n"
        + "  - name: "
        + role
        + "Arn\n"
        + "    description: Give this ARN to the vendor.\n"
        + "    role: "
        + role
        + "\n"
        + "regions: ["
        + String.join(", ", regions)
        + "]\n";
  }

  /** Generates the blueprints in memory: a scaffold that would not generate is not written. */
  private static void compiles(InitRequest request, Map<String, String> files)
      throws ConfigurationException {
    List<BlueprintSource> sources = new ArrayList<>();
    files.forEach(
        (name, text) ->
            sources.add(
                new BlueprintSource(
                    DisplayPath.of(
                        request.blueprintDirectory().resolve(name + ".yaml"),
                        request.baseDirectory()),
                    text.getBytes(StandardCharsets.UTF_8))));
    try {
      new Generator().compileAll(sources, Optional.empty());
    } catch (BlueprintException e) {
      Diagnostic first = e.errors().get(0);
      String path = first.location().yamlPath() == null ? "" : first.location().yamlPath();
      Setting blamed =
          path.startsWith("vendor")
              ? Setting.INIT_ROLE_ARN
              : path.contains("policySets")
                  ? Setting.INIT_POLICY_SETS
                  : path.startsWith("regions") ? Setting.INIT_REGIONS : Setting.INIT_NAME;
      throw new ConfigurationException(
          blamed,
          "the blueprint would not generate: " + first.message(),
          first.hint().isEmpty() ? "correct the value and run cfn:init again" : first.hint());
    }
  }

  private static String shippedName(BlueprintSource source) {
    String name = source.displayName();
    name = name.substring(name.lastIndexOf(':') + 1);
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
  }

  private static String header(String from) {
    return "# Scaffolded by cfn:init from "
        + from
        + ". Every key is described in docs/blueprint-reference.md;\n"
        + "# mvn cfn:generate writes the template, cfn:validate checks it.\n";
  }

  private static String body(String text) {
    return LEADING_COMMENTS.matcher(text).replaceFirst("");
  }

  private static String rename(String text, String name) {
    return METADATA_NAME.matcher(text).replaceFirst("$1" + Matcher.quoteReplacement(name));
  }

  private static String vendor(String text, String roleArn) {
    String block = "vendor:\n  roleArn: " + roleArn + "\n";
    Matcher matcher = VENDOR_BLOCK.matcher(text);
    if (matcher.find()) {
      return text.substring(0, matcher.start()) + block + text.substring(matcher.end());
    }
    int roles = text.indexOf("\nroles:");
    return roles < 0
        ? text + block
        : text.substring(0, roles + 1) + block + text.substring(roles + 1);
  }

  private static Optional<String> group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(2)) : Optional.empty();
  }

  private static String pomSnippet(InitRequest request) {
    return """
        <plugin>
          <groupId>dev.onramp</groupId>
          <artifactId>cfn-maven-plugin</artifactId>
          <version>VERSION</version>
          <executions>
            <execution>
              <goals>
                <goal>generate</goal>
                <goal>validate</goal>
              </goals>
            </execution>
          </executions>
        </plugin>
        """
        .replace("VERSION", request.pluginVersion());
  }

  private static final String SETTINGS_SNIPPET =
      """
      <pluginGroups>
        <pluginGroup>dev.onramp</pluginGroup>
      </pluginGroups>
      """;

  /** {@code acme-portal} to {@code AcmePortal}: a logical id from a blueprint name. */
  static String pascalCase(String name) {
    StringBuilder id = new StringBuilder();
    for (String word : name.split("-")) {
      if (!word.isEmpty()) {
        id.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    return id.toString();
  }
}
