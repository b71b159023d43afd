package dev.onramp.blueprint;

import dev.onramp.blueprint.model.Blueprint;

/** A blueprint bound to the model, with the map back to where each part was written. */
public record ParsedBlueprint(Blueprint model, SourceMap source) {

  public String name() {
    return model.metadata().name();
  }
}
