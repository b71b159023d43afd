package dev.onramp.cdk;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import java.util.Arrays;
import javax.lang.model.SourceVersion;

/**
 * What the schema's patterns cannot say about a {@code cdk} section: a package segment may not be a
 * Java keyword, and the construct's classes may not take a name the generated code imports.
 */
public final class CdkValidation {
  private CdkValidation() {}

  public static void check(Blueprint blueprint, SourceMap source, Diagnostics diagnostics) {
    CdkSpec cdk = blueprint.cdk();
    if (cdk == null) {
      return;
    }
    Arrays.stream(cdk.packageName().split("\\."))
        .filter(SourceVersion::isKeyword)
        .findFirst()
        .ifPresent(
            keyword ->
                diagnostics.error(
                    DiagnosticCode.INVALID_NAME,
                    source.at("cdk.package"),
                    "package " + cdk.packageName() + " has the Java keyword '" + keyword + "'",
                    "choose another segment, perhaps " + keyword + "_"));
    String className = cdk.classNameFor(blueprint.metadata().name());
    for (String name : new String[] {className, className + "Props", className + "App"}) {
      if (JavaImports.RESERVED_SIMPLE_NAMES.contains(name)) {
        diagnostics.error(
            DiagnosticCode.INVALID_NAME,
            source.at(cdk.className() != null ? "cdk.className" : "metadata.name"),
            "the construct's class " + name + " would hide the class of that name it imports",
            "set cdk.className to another name, perhaps " + className + "Onboarding");
      }
    }
  }
}
