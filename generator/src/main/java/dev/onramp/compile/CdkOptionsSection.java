package dev.onramp.compile;

import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.Arrays;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The {@code cdk} options: the package and class name of the AWS CDK construct generated alongside
 * the template. It adds nothing to the template; its check is what the schema's patterns cannot
 * say: a package segment may not be a Java keyword, and the construct's classes may not take a name
 * the generated code imports.
 */
final class CdkOptionsSection implements BlueprintSection {
  /**
   * Simple names the generated classes (the cdk package's templates) import or use from {@code
   * java.lang}; a construct class of one of these names would not compile, so the blueprint is told
   * to choose another. A template that imports a new class adds its name here.
   */
  static final Set<String> RESERVED_SIMPLE_NAMES =
      Set.of(
          "App",
          "ArnPrincipal",
          "Aws",
          "BigDecimal",
          "Boolean",
          "BootstraplessSynthesizer",
          "CanonicalUserPrincipal",
          "CfnCondition",
          "CfnDeletionPolicy",
          "CfnManagedPolicy",
          "CfnOutput",
          "CfnResource",
          "CfnRole",
          "CfnRule",
          "CfnTag",
          "Construct",
          "Effect",
          "Fn",
          "IllegalArgumentException",
          "Integer",
          "LinkedHashMap",
          "List",
          "Map",
          "Number",
          "Object",
          "Objects",
          "Optional",
          "Pattern",
          "PolicyDocument",
          "PolicyStatement",
          "SafeVarargs",
          "ServicePrincipal",
          "Stack",
          "StackProps",
          "StarPrincipal",
          "Stream",
          "String",
          "Token");

  @Override
  public void validate(SectionContext context) {
    CdkSpec cdk = context.blueprint().cdk();
    if (cdk == null) {
      return;
    }
    Arrays.stream(cdk.packageName().split("\\."))
        .filter(SourceVersion::isKeyword)
        .findFirst()
        .ifPresent(
            keyword ->
                context.error(
                    DiagnosticCode.INVALID_NAME,
                    "cdk.package",
                    "package " + cdk.packageName() + " has the Java keyword '" + keyword + "'",
                    "choose another segment, perhaps " + keyword + "_"));
    String className = cdk.classNameFor(context.blueprint().metadata().name());
    for (String name : new String[] {className, className + "Props", className + "App"}) {
      if (RESERVED_SIMPLE_NAMES.contains(name)) {
        context.error(
            DiagnosticCode.INVALID_NAME,
            cdk.className() != null ? "cdk.className" : "metadata.name",
            "the construct's class " + name + " would hide the class of that name it imports",
            "set cdk.className to another name, perhaps " + className + "Onboarding");
      }
    }
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    // Nothing in the template: the cdk package reads these options when it generates the construct.
  }
}
