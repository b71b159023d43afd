package dev.onramp.cdk;

import java.util.List;

/**
 * What {@code app.ftl} renders: an app that puts the construct in a stack, props read from the CDK
 * context ({@code cdk synth -c externalId=...}), absent ones left to their defaults.
 *
 * @param stackName the stack's construct id, a Java literal: the blueprint name
 * @param description the stack's description as a Java literal, or empty
 */
public record AppView(
    String packageName,
    String className,
    String constructClassName,
    String propsClassName,
    String stackName,
    String description,
    List<String> imports,
    List<ContextProp> props) {

  public AppView {
    imports = List.copyOf(imports);
    props = List.copyOf(props);
  }

  /**
   * A prop read from the context: the key, the builder method, and the conversion of the context's
   * text ({@code .map(Boolean::valueOf)}), empty for text.
   */
  public record ContextProp(String key, String setter, String conversion) {}
}
