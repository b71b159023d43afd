package dev.onramp.blueprint;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.Vendor;

/** A blueprint bound to the model, with the map back to where each part was written. */
public record ParsedBlueprint(Blueprint model, SourceMap source) {

  /** The same blueprint trusting {@code vendor} instead. */
  public ParsedBlueprint withVendor(Vendor vendor) {
    Blueprint b = model;
    return new ParsedBlueprint(
        new Blueprint(
            b.apiVersion(),
            b.kind(),
            b.metadata(),
            vendor,
            b.externalId(),
            b.parameters(),
            b.policySets(),
            b.roles(),
            b.outputs(),
            b.costReport(),
            b.organization(),
            b.callback(),
            b.publishing(),
            b.cdk(),
            b.regions(),
            b.suppressions(),
            b.resources(),
            b.conditions()),
        source);
  }

  public String name() {
    return model.metadata().name();
  }
}
