package dev.onramp.cdk;

import java.util.List;

/**
 * One template resource as a CDK L1 construct: built in a method of its own, stored in a field,
 * given the template's logical id. Every value is Java source text; empty text means "none".
 *
 * @param cdkClass the simple name of the L1 class: {@code CfnRole}, {@code CfnResource}, …
 * @param setters builder calls, {@code type} and {@code properties} for a {@code CfnResource}
 * @param parameterCondition the boolean field that decides whether the resource exists, or empty
 * @param deployTimeCondition the {@code CfnCondition} field set on the resource, or empty
 * @param dependencies fields of the resources it depends on ({@code DependsOn})
 * @param deletionPolicy a {@code CfnDeletionPolicy} constant, or empty
 * @param metadata the resource's template metadata: key literal and value
 */
public record ResourceView(
    String logicalId,
    String type,
    String field,
    String method,
    String cdkClass,
    List<Call> setters,
    String parameterCondition,
    String deployTimeCondition,
    List<String> dependencies,
    String deletionPolicy,
    String updateReplacePolicy,
    List<Call> metadata) {

  public ResourceView {
    setters = List.copyOf(setters);
    dependencies = List.copyOf(dependencies);
    metadata = List.copyOf(metadata);
  }

  /** A method call's name (or a key literal) and its argument, both Java source. */
  public record Call(String name, String argument) {}
}
