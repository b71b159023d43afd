package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Key;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The AWS CDK construct generated for the blueprint: a Java class in {@code packageName} whose
 * synthesized template has the same resources as the CloudFormation template, with its props and a
 * small app. The section changes nothing in the template itself.
 */
@Doc(
    "The AWS CDK construct generated for the blueprint (Java): the template's resources as a"
        + " construct, with typed props and an app.")
public record CdkSpec(
    @Required
        @Key("package")
        @Pattern(
            value = "[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*",
            meaning = "a Java package name in lower case, such as com.acme.onboarding")
        @Doc("Java package of the construct, its props and its app: com.acme.onboarding.")
        String packageName,
    @Pattern(
            value = "[A-Z][A-Za-z0-9]{0,99}",
            meaning = "a Java class name in PascalCase, such as AcmePortal")
        @Doc(
            "Class name of the construct; its props and app add Props and App. Default: the blueprint"
                + " name in PascalCase (acme-portal: AcmePortal).")
        String className) {

  /** The construct's class name: the one given, or the blueprint name in PascalCase. */
  public String classNameFor(String blueprintName) {
    return className != null ? className : defaultClassName(blueprintName);
  }

  /** {@code acme-portal} becomes {@code AcmePortal}, {@code cur2-export} {@code Cur2Export}. */
  public static String defaultClassName(String blueprintName) {
    return Arrays.stream(blueprintName.split("-"))
        .filter(part -> !part.isEmpty())
        .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1))
        .collect(Collectors.joining());
  }

  /** The path of a class of this package relative to a source root: {@code com/acme/X.java}. */
  public String sourcePath(String simpleClassName) {
    return packageName.replace('.', '/') + "/" + simpleClassName + ".java";
  }
}
