package dev.onramp.maven;

import dev.onramp.api.ImportRequest;
import dev.onramp.api.ImportResult;
import dev.onramp.api.OnrampException;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Turns a vendor's hand-written CloudFormation template (YAML with short-form tags, or JSON) into a
 * draft blueprint in {@code src/main/blueprints} (and the member blueprint of a StackSet), with an
 * import report in {@code target/cfn-import/NAME} ({@code import-report.md} and {@code .json}) that
 * says where every resource, parameter, condition and output went and what changed. Then it proves
 * the draft: generates it, reviews its access against the original's and prints the verdict, "same
 * access" or the differences, escalations first. A draft that grants more than the original fails
 * the build and is not written into the blueprints. It runs without a pom too, in an empty folder:
 * {@code mvn dev.onramp:cfn-maven-plugin:import -Dcfn.import.template=vendor.yaml}.
 */
@Mojo(name = "import", threadSafe = true, requiresProject = false)
public final class ImportMojo extends AbstractBlueprintMojo {

  /** The vendor's template: YAML (short-form tags such as {@code !Ref} too) or JSON. */
  @Parameter(property = "cfn.import.template", required = true)
  private File template;

  /**
   * The blueprint's name, and so its file, {@code NAME.yaml} in the blueprint folder; by default
   * derived from the template's file name (lower case, words joined by hyphens).
   */
  @Parameter(property = "cfn.import.name")
  private String name;

  /** Where the import report and the draft's copy go, one folder per blueprint name. */
  @Parameter(
      property = "cfn.importDirectory",
      defaultValue = "${project.build.directory}/cfn-import",
      required = true)
  private File importDirectory;

  /** Replace a blueprint file of the same name; without it an existing file stops the import. */
  @Parameter(property = "cfn.import.force", defaultValue = "false")
  private boolean force;

  /**
   * Apply Onramp's secure defaults where the original is weaker (partition-aware ARNs, hardened
   * Cost and Usage Report bucket, TLS-only bucket policy, ExternalId pattern, narrowed principal);
   * each hardening is shown as a reviewed difference.
   */
  @Parameter(property = "cfn.import.harden", defaultValue = "false")
  private boolean harden;

  /**
   * Write the draft into the blueprints even when it grants more than the original (the report
   * lists each escalation); without it such a draft fails the build.
   */
  @Parameter(property = "cfn.import.acceptEscalation", defaultValue = "false")
  private boolean acceptEscalation;

  /**
   * Skips cfn:import alone, for example {@code -Dcfn.import.skip=true}, while the build's other cfn
   * goals run; {@code cfn.skip} skips them all.
   */
  @Parameter(property = "cfn.import.skip", defaultValue = "false")
  private boolean skipImport;

  public ImportMojo() {
    super("import", "the template import");
  }

  @Override
  protected boolean skipGoal() {
    return skipImport;
  }

  @Override
  protected void run() throws MojoFailureException, OnrampException {
    ImportResult result =
        onramp.importTemplate(
            new ImportRequest(
                path(template),
                Optional.ofNullable(name),
                path(blueprintDirectory),
                path(importDirectory),
                base(),
                force,
                harden,
                acceptEscalation));
    result.lines().forEach(this::log);
    for (Path blueprint : result.blueprints()) {
      getLog().info("Blueprint: " + shown(blueprint));
    }
    getLog()
        .info(
            "Import report: "
                + shown(result.reportMarkdown())
                + " and "
                + result.reportJson().getFileName());
    if (result.refused()) {
      String refusal = result.refusal().orElseThrow();
      throw new MojoFailureException(
          "The draft of "
              + result.name()
              + " was not written to "
              + shown(path(blueprintDirectory))
              + ": "
              + refusal
              + (refusal.equals(ImportResult.GRANTS_MORE) ? " (" + shown(path(template)) + ")" : "")
              + ", see above\n  fix: review "
              + shown(result.reportMarkdown())
              + " and the draft "
              + shown(result.draft())
              + (refusal.equals(ImportResult.GRANTS_MORE)
                  ? "; to write it anyway, -Dcfn.import.acceptEscalation=true"
                  : "; fix the draft there, or the template, and import again"));
    }
  }
}
