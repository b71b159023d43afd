package dev.onramp.cdk;

import java.util.List;

/**
 * What {@code props.ftl} renders: the immutable props class with its builder.
 *
 * @param patterns compiled {@code AllowedPattern}s: constant name and its Java literal
 * @param checkHelpers names of the check methods {@code build()} calls
 */
public record PropsView(
    String packageName,
    String className,
    String constructClassName,
    String blueprintName,
    List<String> imports,
    List<PropView> props,
    List<PatternView> patterns,
    List<String> checkHelpers) {

  public PropsView {
    imports = List.copyOf(imports);
    props = List.copyOf(props);
    patterns = List.copyOf(patterns);
    checkHelpers = List.copyOf(checkHelpers);
  }

  /** A {@code Pattern} constant: its name and the regular expression as a Java literal. */
  public record PatternView(String constant, String regex) {}
}
