package dev.onramp.cdk;

import java.util.Map;

/**
 * What names in one template stand for in the generated construct: each parameter's prop, each
 * condition's Java field (a {@code boolean} when the props decide it, a {@code CfnCondition} when
 * the deployment does), each resource's field and CDK class.
 */
record TemplateSymbols(
    Map<String, PropView> parameters,
    Map<String, String> parameterConditions,
    Map<String, String> deployTimeConditions,
    Map<String, ResourceSymbol> resources) {

  TemplateSymbols {
    parameters = Map.copyOf(parameters);
    parameterConditions = Map.copyOf(parameterConditions);
    deployTimeConditions = Map.copyOf(deployTimeConditions);
    resources = Map.copyOf(resources);
  }

  /** A resource's Java field and the CDK class it is built with. */
  record ResourceSymbol(String field, CdkResourceClass cdkClass) {}
}
